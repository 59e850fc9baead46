using System.Globalization;
using Bosun.Core.Text.Re2;

namespace Bosun.Core.Versioning;

/// <summary>
/// A Masterminds semver v3 <c>Version</c>: major.minor.patch (uint64) with optional prerelease and build
/// metadata, the original text, Masterminds' lenient parse (<c>v</c> prefix, "1.2" → 1.2.0, leading
/// zeros allowed in numbers) and the strict SemVer 2 parse, with the library's exact errors.
/// </summary>
public sealed class SemanticVersion
{
    private const string Num = "0123456789";
    private const string Allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-" + Num;

    private static readonly Re2Regex s_loose = Re2Regex.Compile(
        @"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?" +
        @"(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?" +
        @"(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$");

    private SemanticVersion(ulong major, ulong minor, ulong patch, string prerelease, string metadata, string original)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
        Metadata = metadata;
        Original = original;
    }

    /// <summary>Orders versions by <see cref="CompareTo"/> (Masterminds' precedence).</summary>
    public static IComparer<SemanticVersion> Comparer { get; } = Comparer<SemanticVersion>.Create((a, b) => a.CompareTo(b));

    public ulong Major { get; }

    public ulong Minor { get; }

    public ulong Patch { get; }

    /// <summary>The prerelease identifiers without the leading <c>-</c>; "" when none.</summary>
    public string Prerelease { get; }

    /// <summary>The build metadata without the leading <c>+</c>; "" when none.</summary>
    public string Metadata { get; }

    /// <summary>The text the version was parsed from (for derived versions: <c>v</c> prefix kept + String()).</summary>
    public string Original { get; }

    /// <summary>semver.New: a version from its parts; Original is its String().</summary>
    public static SemanticVersion Create(ulong major, ulong minor, ulong patch, string prerelease = "", string metadata = "")
    {
        var v = new SemanticVersion(major, minor, patch, prerelease, metadata, string.Empty);
        return new SemanticVersion(major, minor, patch, prerelease, metadata, v.ToString());
    }

    /// <summary>semver.NewVersion (coercing): throws <see cref="SemverException"/> with the library's message.</summary>
    public static SemanticVersion Parse(string version, SemverDialect dialect = SemverDialect.V3_4)
    {
        var m = s_loose.FindStringSubmatch(version) ?? throw new SemverException(SemverErrors.InvalidSemVer(dialect));
        ulong major = ParseSegment(m[1], dialect);
        ulong minor = m[2].Length > 0 ? ParseSegment(m[2][1..], dialect) : 0;
        ulong patch = m[3].Length > 0 ? ParseSegment(m[3][1..], dialect) : 0;
        string pre = m[5], metadata = m[8];
        if (pre.Length > 0)
        {
            ValidatePrerelease(pre, dialect);
        }

        if (metadata.Length > 0)
        {
            ValidateMetadata(metadata, dialect);
        }

        return new SemanticVersion(major, minor, patch, pre, metadata, version);
    }

    public static bool TryParse(string version, SemverDialect dialect, out SemanticVersion? result)
    {
        try
        {
            result = Parse(version, dialect);
            return true;
        }
        catch (SemverException)
        {
            result = null;
            return false;
        }
    }

    /// <summary>semver.StrictNewVersion: exactly MAJOR.MINOR.PATCH[-pre][+meta], no prefix, no leading zeros.</summary>
    public static SemanticVersion ParseStrict(string version, SemverDialect dialect = SemverDialect.V3_4)
    {
        if (version.Length == 0)
        {
            throw new SemverException(SemverErrors.EmptyString(dialect));
        }

        var parts = version.Split('.', 3);
        if (parts.Length != 3)
        {
            throw new SemverException(SemverErrors.InvalidSemVer(dialect));
        }

        string pre = string.Empty, metadata = string.Empty;
        int plus = parts[2].IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            metadata = parts[2][(plus + 1)..];
            parts[2] = parts[2][..plus];
            ValidateMetadata(metadata, dialect);
        }

        int dash = parts[2].IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            pre = parts[2][(dash + 1)..];
            parts[2] = parts[2][..dash];
            ValidatePrerelease(pre, dialect);
        }

        foreach (var p in parts)
        {
            if (!ContainsOnly(p, Num))
            {
                throw new SemverException(SemverErrors.InvalidCharacters(dialect));
            }

            if (p.Length > 1 && p[0] == '0')
            {
                throw new SemverException(SemverErrors.SegmentStartsZero(dialect));
            }
        }

        return new SemanticVersion(ParseUint(parts[0]), ParseUint(parts[1]), ParseUint(parts[2]), pre, metadata, version);
    }

    /// <summary>Version.String(): without the <c>v</c> prefix.</summary>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
        if (Prerelease.Length > 0)
        {
            text += "-" + Prerelease;
        }

        if (Metadata.Length > 0)
        {
            text += "+" + Metadata;
        }

        return text;
    }

    /// <summary>Version.Compare: -1, 0 or 1 by major, minor, patch, then prerelease (metadata ignored).</summary>
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        int d = Major.CompareTo(other.Major);
        if (d == 0)
        {
            d = Minor.CompareTo(other.Minor);
        }

        if (d == 0)
        {
            d = Patch.CompareTo(other.Patch);
        }

        if (d != 0)
        {
            return Math.Sign(d);
        }

        if (Prerelease.Length == 0 && other.Prerelease.Length == 0)
        {
            return 0;
        }

        if (Prerelease.Length == 0)
        {
            return 1;
        }

        if (other.Prerelease.Length == 0)
        {
            return -1;
        }

        return ComparePrerelease(Prerelease, other.Prerelease);
    }

    public bool LessThan(SemanticVersion other) => CompareTo(other) < 0;

    public bool LessThanEqual(SemanticVersion other) => CompareTo(other) <= 0;

    public bool GreaterThan(SemanticVersion other) => CompareTo(other) > 0;

    public bool GreaterThanEqual(SemanticVersion other) => CompareTo(other) >= 0;

    /// <summary>Version.Equal: same precedence (metadata ignored).</summary>
    public bool EqualTo(SemanticVersion? other) => ReferenceEquals(this, other) || (other is not null && CompareTo(other) == 0);

    /// <summary>IncPatch: drops prerelease and metadata; the patch only grows when there was no prerelease.</summary>
    public SemanticVersion IncPatch() =>
        Derived(Major, Minor, Prerelease.Length > 0 ? Patch : Patch + 1, string.Empty, string.Empty);

    public SemanticVersion IncMinor() => Derived(Major, Minor + 1, 0, string.Empty, string.Empty);

    public SemanticVersion IncMajor() => Derived(Major + 1, 0, 0, string.Empty, string.Empty);

    /// <summary>SetPrerelease: validates unless empty.</summary>
    public SemanticVersion SetPrerelease(string prerelease, SemverDialect dialect = SemverDialect.V3_4)
    {
        if (prerelease.Length > 0)
        {
            ValidatePrerelease(prerelease, dialect);
        }

        return Derived(Major, Minor, Patch, prerelease, Metadata);
    }

    /// <summary>SetMetadata: validates unless empty.</summary>
    public SemanticVersion SetMetadata(string metadata, SemverDialect dialect = SemverDialect.V3_4)
    {
        if (metadata.Length > 0)
        {
            ValidateMetadata(metadata, dialect);
        }

        return Derived(Major, Minor, Patch, Prerelease, metadata);
    }

    /// <summary>comparePrerelease: dot-separated identifiers, numeric ones compared numerically and before alphanumerics.</summary>
    internal static int ComparePrerelease(string v, string o)
    {
        var sparts = v.Split('.');
        var oparts = o.Split('.');
        int l = Math.Max(sparts.Length, oparts.Length);
        for (int i = 0; i < l; i++)
        {
            string s = i < sparts.Length ? sparts[i] : string.Empty;
            string t = i < oparts.Length ? oparts[i] : string.Empty;
            int d = ComparePrePart(s, t);
            if (d != 0)
            {
                return d;
            }
        }

        return 0;
    }

    internal static void ValidatePrerelease(string p, SemverDialect dialect)
    {
        foreach (var part in p.Split('.'))
        {
            if (part.Length == 0 && dialect == SemverDialect.V3_4)
            {
                throw new SemverException(SemverErrors.InvalidPrerelease(dialect));
            }

            if (ContainsOnly(part, Num))
            {
                if (part.Length > 1 && part[0] == '0')
                {
                    throw new SemverException(SemverErrors.SegmentStartsZero(dialect));
                }
            }
            else if (!ContainsOnly(part, Allowed))
            {
                throw new SemverException(SemverErrors.InvalidPrerelease(dialect));
            }
        }
    }

    internal static void ValidateMetadata(string m, SemverDialect dialect)
    {
        foreach (var part in m.Split('.'))
        {
            if ((part.Length == 0 && dialect == SemverDialect.V3_4) || !ContainsOnly(part, Allowed))
            {
                throw new SemverException(SemverErrors.InvalidMetadata(dialect));
            }
        }
    }

    private SemanticVersion Derived(ulong major, ulong minor, ulong patch, string pre, string metadata)
    {
        var next = new SemanticVersion(major, minor, patch, pre, metadata, string.Empty);
        string prefix = Original.StartsWith('v') ? "v" : string.Empty;
        return new SemanticVersion(major, minor, patch, pre, metadata, prefix + next);
    }

    private static int ComparePrePart(string s, string o)
    {
        if (s == o)
        {
            return 0;
        }

        if (s.Length == 0)
        {
            return -1;
        }

        if (o.Length == 0)
        {
            return 1;
        }

        bool oNumber = TryParseUint(o, out ulong oi);
        bool sNumber = TryParseUint(s, out ulong si);
        if (!oNumber && !sNumber)
        {
            return string.CompareOrdinal(s, o) > 0 ? 1 : -1;
        }

        if (!oNumber)
        {
            return -1;
        }

        if (!sNumber)
        {
            return 1;
        }

        return si > oi ? 1 : -1;
    }

    private static ulong ParseSegment(string digits, SemverDialect dialect) =>
        TryParseUint(digits, out ulong value) ? value : throw new SemverException(SemverErrors.SegmentParse(dialect, SemverErrors.ParseUint(digits)));

    private static ulong ParseUint(string digits) =>
        TryParseUint(digits, out ulong value) ? value : throw new SemverException(SemverErrors.ParseUint(digits));

    private static bool TryParseUint(string s, out ulong value) =>
        ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool ContainsOnly(string s, string allowed)
    {
        foreach (char c in s)
        {
            if (!allowed.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
