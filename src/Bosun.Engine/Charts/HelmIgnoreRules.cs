using System.Text.RegularExpressions;

namespace Bosun.Engine.Charts;

/// <summary>
/// The rules of a chart's <c>.helmignore</c> plus helm's default <c>templates/.?*</c>, with helm's
/// semantics (pkg/ignore): a rule with no slash matches the base name, a rule with a slash the whole
/// path, a leading slash anchors, a trailing slash matches directories only, <c>!</c> negates.
/// </summary>
public sealed class HelmIgnoreRules
{
    /// <summary>The file name helm reads the rules from.</summary>
    public const string FileName = ".helmignore";

    private readonly List<Rule> _rules = [];

    private HelmIgnoreRules()
    {
    }

    /// <summary>Parses .helmignore text (may be empty) and appends helm's default rule.</summary>
    /// <param name="text">The contents of .helmignore.</param>
    /// <param name="error">The first invalid rule and why, as helm reports it; null when all rules are valid.</param>
    public static HelmIgnoreRules Parse(string text, out (string Rule, string Reason)? error)
    {
        error = null;
        var rules = new HelmIgnoreRules();
        foreach (string rawLine in text.Split('\n'))
        {
            string line = rawLine.TrimEnd('\r');
            if (!rules.TryAddRule(line, out error))
            {
                return rules;
            }
        }

        rules.TryAddRule("templates/.?*", out _);
        return rules;
    }

    /// <summary>True when the slash-separated path (relative to the chart root) is ignored.</summary>
    public bool IsIgnored(string path, bool isDirectory)
    {
        if (path.Length == 0 || path == "." || path == "./")
        {
            return false;
        }

        foreach (var rule in _rules)
        {
            if (rule.Negate)
            {
                if (rule.MustBeDirectory && !isDirectory)
                {
                    return true;
                }

                if (!rule.Matches(path))
                {
                    return true;
                }

                continue;
            }

            if (rule.MustBeDirectory && !isDirectory)
            {
                continue;
            }

            if (rule.Matches(path))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryAddRule(string rule, out (string Rule, string Reason)? error)
    {
        error = null;
        rule = rule.Trim();
        if (rule.Length == 0 || rule.StartsWith('#'))
        {
            return true;
        }

        if (rule.Contains("**", StringComparison.Ordinal))
        {
            error = (rule, "double-star (**) syntax is not supported");
            return false;
        }

        if (!GoPathMatch.IsValid(rule))
        {
            error = (rule, GoPathMatch.BadPatternMessage);
            return false;
        }

        bool negate = false;
        if (rule.StartsWith('!'))
        {
            negate = true;
            rule = rule[1..];
        }

        bool mustBeDirectory = false;
        if (rule.EndsWith('/'))
        {
            mustBeDirectory = true;
            rule = rule[..^1];
        }

        MatchTarget target;
        if (rule.StartsWith('/'))
        {
            rule = rule[1..];
            target = MatchTarget.Path;
        }
        else
        {
            target = rule.Contains('/', StringComparison.Ordinal) ? MatchTarget.Path : MatchTarget.BaseName;
        }

        _rules.Add(new Rule(GoPathMatch.IsValid(rule) ? rule : null, target, negate, mustBeDirectory));
        return true;
    }

    private enum MatchTarget
    {
        Path,
        BaseName,
    }

    private sealed record Rule(string? Pattern, MatchTarget Target, bool Negate, bool MustBeDirectory)
    {
        public bool Matches(string path)
        {
            if (Pattern is null)
            {
                return false;
            }

            string subject = Target == MatchTarget.BaseName ? BaseName(path) : path;
            return GoPathMatch.IsMatch(Pattern, subject);
        }

        private static string BaseName(string path)
        {
            string trimmed = path.TrimEnd('/');
            int slash = trimmed.LastIndexOf('/');
            return slash < 0 ? trimmed : trimmed[(slash + 1)..];
        }
    }
}
