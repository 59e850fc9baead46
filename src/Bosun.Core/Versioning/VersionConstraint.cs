using Bosun.Core.Text.Re2;

namespace Bosun.Core.Versioning;

/// <summary>
/// A Masterminds semver v3 <c>Constraints</c>: <c>||</c>-separated groups of comma- or space-separated
/// comparisons (<c>=</c>, <c>!=</c>, <c>&gt;</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>=&gt;</c>, <c>&lt;=</c>,
/// <c>=&lt;</c>, <c>~</c>, <c>~&gt;</c>, <c>^</c>), <c>x</c>/<c>X</c>/<c>*</c> wildcards and
/// <c>a - b</c> hyphen ranges, with the library's prerelease rules and messages.
/// </summary>
public sealed partial class VersionConstraint
{
    private const string Cv =
        @"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?" +
        @"(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?" +
        @"(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?";

    private const string Ops = @"=||!=|>|<|>=|=>|<=|=<|~|~>|\^";

    private static readonly Re2Regex s_constraint = Re2Regex.Compile($@"^\s*({Ops})\s*({Cv})\s*$");
    private static readonly Re2Regex s_range = Re2Regex.Compile($@"\s*({Cv})\s+-\s+({Cv})\s*");
    private static readonly Re2Regex s_find = Re2Regex.Compile($@"({Ops})\s*({Cv})");
    private static readonly Re2Regex s_valid = Re2Regex.Compile($@"^(\s*({Ops})\s*({Cv})\s*)((?:\s+|,\s*)({Ops})\s*({Cv})\s*)*$");

    private readonly VersionConstraintTerm[][] _groups;
    private readonly bool[] _containsPre;

    private VersionConstraint(VersionConstraintTerm[][] groups, bool[] containsPre, SemverDialect dialect)
    {
        _groups = groups;
        _containsPre = containsPre;
        Dialect = dialect;
    }

    public SemverDialect Dialect { get; }

    /// <summary>Include prereleases in every group (v3.4.0's IncludePrerelease); v3.3.0 has no such switch.</summary>
    public bool IncludePrerelease { get; private init; }

    /// <summary>A copy with <see cref="IncludePrerelease"/> set.</summary>
    public VersionConstraint IncludingPrereleases() => new(_groups, _containsPre, Dialect) { IncludePrerelease = true };

    /// <summary>semver.NewConstraint; throws <see cref="SemverException"/> (<c>improper constraint: ...</c>).</summary>
    public static VersionConstraint Parse(string constraint, SemverDialect dialect = SemverDialect.V3_4)
    {
        constraint = RewriteRange(constraint);
        var ors = constraint.Split("||");
        var groups = new VersionConstraintTerm[ors.Length][];
        var hasPre = new bool[ors.Length];
        for (int k = 0; k < ors.Length; k++)
        {
            var v = ors[k];
            if (!s_valid.IsMatch(v))
            {
                throw new SemverException("improper constraint: " + v);
            }

            var found = s_find.FindAllString(v, -1) ?? [v];
            var terms = new VersionConstraintTerm[found.Count];
            for (int i = 0; i < found.Count; i++)
            {
                var term = ParseTerm(found[i], dialect);
                if (term.Version.Prerelease.Length > 0)
                {
                    hasPre[k] = true;
                }

                terms[i] = term;
            }

            groups[k] = terms;
        }

        return new VersionConstraint(groups, hasPre, dialect);
    }

    /// <summary>Constraints.Check: whether some group accepts the version entirely.</summary>
    public bool Check(SemanticVersion version)
    {
        for (int i = 0; i < _groups.Length; i++)
        {
            bool joy = true;
            foreach (var term in _groups[i])
            {
                if (Evaluate(term, version, IncludePrerelease || _containsPre[i]) is not null)
                {
                    joy = false;
                    break;
                }
            }

            if (joy)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Constraints.Validate: whether the version is accepted, and if not, why (the library's messages).</summary>
    public (bool Ok, IReadOnlyList<string> Errors) Validate(SemanticVersion version)
    {
        var errors = new List<string>();
        bool prereleaseReported = false;
        for (int i = 0; i < _groups.Length; i++)
        {
            bool joy = true;
            bool includePre = IncludePrerelease || _containsPre[i];
            foreach (var term in _groups[i])
            {
                bool skipPre = Dialect == SemverDialect.V3_3
                    ? term.Version.Prerelease.Length == 0 && version.Prerelease.Length > 0
                    : !includePre && version.Prerelease.Length > 0;
                if (skipPre)
                {
                    if (!prereleaseReported)
                    {
                        errors.Add(PrereleaseMessage(version));
                        prereleaseReported = true;
                    }

                    joy = false;
                }
                else if (Evaluate(term, version, includePre) is { } error)
                {
                    errors.Add(error);
                    joy = false;
                }
            }

            if (joy)
            {
                return (true, []);
            }
        }

        return (false, errors);
    }

    /// <summary>Constraints.String(): terms space-separated, groups joined with " || ".</summary>
    public override string ToString() =>
        string.Join(" || ", _groups.Select(g => string.Join(" ", g.Select(t => t.ToString()))));

    private static VersionConstraintTerm ParseTerm(string c, SemverDialect dialect)
    {
        if (c.Length == 0)
        {
            return new VersionConstraintTerm(SemanticVersion.ParseStrict("0.0.0", dialect), c, string.Empty, false, false, dirty: true);
        }

        var m = s_constraint.FindStringSubmatch(c) ?? throw new SemverException("improper constraint: " + c);
        string ver = m[2];
        bool minorDirty = false, patchDirty = false, dirty = false;
        if (IsX(m[3]) || m[3].Length == 0)
        {
            ver = "0.0.0" + m[6];
            dirty = true;
        }
        else if (IsX(TrimDot(m[4])) || m[4].Length == 0)
        {
            minorDirty = true;
            dirty = true;
            ver = m[3] + ".0.0" + m[6];
        }
        else if (IsX(TrimDot(m[5])) || m[5].Length == 0)
        {
            dirty = true;
            patchDirty = true;
            ver = m[3] + m[4] + ".0" + m[6];
        }

        SemanticVersion con;
        try
        {
            con = SemanticVersion.Parse(ver, dialect);
        }
        catch (SemverException e)
        {
            throw new SemverException(SemverErrors.ConstraintParser(dialect), e);
        }

        return new VersionConstraintTerm(con, m[2], m[1], minorDirty, patchDirty, dirty);
    }

    // "a - b" becomes ">= a, <= b ".
    private static string RewriteRange(string constraint)
    {
        var matches = s_range.FindAllStringSubmatch(constraint, -1);
        if (matches is null)
        {
            return constraint;
        }

        var result = constraint;
        foreach (var m in matches)
        {
            int at = result.IndexOf(m[0], StringComparison.Ordinal);
            if (at >= 0)
            {
                result = string.Concat(result.AsSpan(0, at), ">= " + m[1] + ", <= " + m[11] + " ", result.AsSpan(at + m[0].Length));
            }
        }

        return result;
    }

    private static string TrimDot(string s) => s.StartsWith('.') ? s[1..] : s;

    private static bool IsX(string x) => x is "x" or "*" or "X";
}
