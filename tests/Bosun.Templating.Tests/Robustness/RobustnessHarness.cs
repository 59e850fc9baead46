using System.Diagnostics;
using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Templating.Functions;

namespace Bosun.Templating.Tests.Robustness;

/// <summary>
/// Runs one template through parse and execute and checks the robustness invariants: only
/// <see cref="TemplateException"/> escapes; every diagnostic has a BOSUN2xxx code; parse errors point
/// inside the source; TryParse agrees with Parse; output stays under the configured limit.
/// </summary>
internal static class RobustnessHarness
{
    /// <summary>The output limit the fuzz runs use (far below the default, so runaway output stops early).</summary>
    public const long OutputLimit = 1 << 20;

    /// <summary>At most this many templates of a set are executed per case.</summary>
    private const int MaxExecutionsPerCase = 4;

    public static TemplateOptions Options(int seed) => new()
    {
        Functions = FunctionTable.Helm,
        MissingKey = MissingKeyMode.Zero,
        StripNoValue = true,
        HelmMajor = 4,
        Random = new Random(seed),
        Time = new FixedTimeProvider(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero)),
        MaxOutputLength = OutputLimit,
    };

    /// <summary>Null when every invariant held; otherwise what went wrong.</summary>
    public static string? Run(string name, string text, object? data, TemplateOptions options)
    {
        var file = new SourceFile(name, text);
        var set = new TemplateSet(options);
        bool parsed;
        try
        {
            set.Parse(file);
            parsed = true;
        }
        catch (TemplateException ex)
        {
            if (CheckDiagnostic(ex.Diagnostic, file, requireLocationIn: true) is { } problem)
            {
                return "parse error: " + problem;
            }

            parsed = false;
        }
        catch (Exception ex)
        {
            return "Parse threw " + Describe(ex);
        }

        try
        {
            var bag = new DiagnosticBag();
            bool ok = new TemplateSet(options).TryParse(file, bag);
            if (ok != parsed)
            {
                return $"TryParse returned {ok} but Parse {(parsed ? "succeeded" : "failed")}";
            }

            if (!ok && (bag.Count == 0 || bag.Any(d => CheckDiagnostic(d, file, requireLocationIn: true) is not null)))
            {
                return "TryParse failed without a located BOSUN2xxx diagnostic";
            }
        }
        catch (Exception ex)
        {
            return "TryParse threw " + Describe(ex);
        }

        if (!parsed)
        {
            return null;
        }

        IEnumerable<string> names;
        try
        {
            names = [name, .. set.TemplateNames.Where(n => n != name).Order(StringComparer.Ordinal).Take(MaxExecutionsPerCase - 1)];
        }
        catch (Exception ex)
        {
            return "TemplateNames threw " + Describe(ex);
        }

        foreach (string template in names)
        {
            try
            {
                string output = set.Execute(template, data);
                if (output.Length > options.MaxOutputLength)
                {
                    return $"executing \"{template}\" produced {output.Length} chars, over the limit {options.MaxOutputLength}";
                }
            }
            catch (TemplateException ex)
            {
                if (CheckDiagnostic(ex.Diagnostic, file, requireLocationIn: false) is { } problem)
                {
                    return $"executing \"{template}\": {problem}";
                }

                if (string.IsNullOrEmpty(ex.GoMessage))
                {
                    return $"executing \"{template}\": TemplateException without a Go message";
                }
            }
            catch (Exception ex)
            {
                return $"executing \"{template}\" threw " + Describe(ex);
            }
        }

        return null;
    }

    /// <summary>Runs cases until the count or the time budget is used up; returns (cases run, failures, slowest case).</summary>
    public static (int Ran, List<string> Failures, string Slowest) RunMany(int count, TimeSpan budget, Func<int, (string Text, object? Data, int Seed)> next) =>
        LargeStack.Run(() => RunManyOnThisThread(count, budget, next), budget + TimeSpan.FromSeconds(120));

    private static (int Ran, List<string> Failures, string Slowest) RunManyOnThisThread(int count, TimeSpan budget, Func<int, (string Text, object? Data, int Seed)> next)
    {
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        string slowestInput = string.Empty;
        int ran = 0;
        for (int i = 0; i < count && clock.Elapsed < budget; i++)
        {
            var (text, data, seed) = next(i);
            var started = clock.Elapsed;
            string? problem = Run("fuzz/templates/case.yaml", text, data, Options(seed));
            var took = clock.Elapsed - started;
            ran++;
            if (took > slowest)
            {
                slowest = took;
                slowestInput = $"case {i} took {took.TotalMilliseconds:F0} ms: {Escape(text)}";
            }

            if (problem is not null && failures.Count < 10)
            {
                failures.Add($"case {i}: {problem}\n  input: {Escape(text)}");
            }
        }

        return (ran, failures, slowestInput);
    }

    private static string? CheckDiagnostic(Diagnostic diagnostic, SourceFile file, bool requireLocationIn)
    {
        if (!diagnostic.Code.StartsWith("BOSUN2", StringComparison.Ordinal))
        {
            return $"code {diagnostic.Code} is not a templating code (BOSUN2xxx)";
        }

        if (string.IsNullOrEmpty(diagnostic.Message))
        {
            return $"{diagnostic.Code} has no message";
        }

        if (!requireLocationIn)
        {
            return null;
        }

        if (diagnostic.Location is not { } location)
        {
            return $"{diagnostic.Code} \"{diagnostic.Message}\" has no location";
        }

        if (location.File.Path == file.Path && (location.Span.Start < 0 || location.Span.End > file.Text.Length || location.Span.Length < 0))
        {
            return $"{diagnostic.Code} span {location.Span} lies outside the source (length {file.Text.Length})";
        }

        return null;
    }

    private static string Describe(Exception ex) => $"{ex.GetType().FullName}: {ex.Message}";

    private static string Escape(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in text.Length > 400 ? text[..400] + "…" : text)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
