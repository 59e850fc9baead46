namespace Bosun.Core.Versioning;

/// <summary>Masterminds semver's error texts per release.</summary>
internal static class SemverErrors
{
    public static string InvalidSemVer(SemverDialect d) => d == SemverDialect.V3_3 ? "Invalid Semantic Version" : "invalid semantic version";

    public static string EmptyString(SemverDialect d) => d == SemverDialect.V3_3 ? "Version string empty" : "version string empty";

    public static string InvalidCharacters(SemverDialect d) => d == SemverDialect.V3_3 ? "Invalid characters in version" : "invalid characters in version";

    public static string SegmentStartsZero(SemverDialect d) => d == SemverDialect.V3_3 ? "Version segment starts with 0" : "version segment starts with 0";

    public static string InvalidMetadata(SemverDialect d) => d == SemverDialect.V3_3 ? "Invalid Metadata string" : "invalid metadata string";

    public static string InvalidPrerelease(SemverDialect d) => d == SemverDialect.V3_3 ? "Invalid Prerelease string" : "invalid prerelease string";

    public static string SegmentParse(SemverDialect d, string inner) =>
        (d == SemverDialect.V3_3 ? "Error parsing version segment: " : "error parsing version segment: ") + inner;

    public static string ConstraintParser(SemverDialect d) => d == SemverDialect.V3_3 ? "constraint Parser Error" : "constraint parser error";

    /// <summary>strconv.ParseUint(s, 10, 64)'s error for a string that is not a valid uint64.</summary>
    public static string ParseUint(string s) =>
        "strconv.ParseUint: parsing \"" + s + "\": " + (s.Length > 0 && s.All(char.IsAsciiDigit) ? "value out of range" : "invalid syntax");
}
