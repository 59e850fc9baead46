using Bosun.Core.Versioning;

namespace Bosun.Core.Tests.Versioning;

// Expected values taken from helm v4.1.4 (semver v3.4.0) and helm v3.17.2 (semver v3.3.0) via sprig's semver.
public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("1.2.3", SemverDialect.V3_4, "1|2|3|||1.2.3|1.2.3|1.2.4|1.3.0|2.0.0")]
    [InlineData("1.2.3", SemverDialect.V3_3, "1|2|3|||1.2.3|1.2.3|1.2.4|1.3.0|2.0.0")]
    [InlineData("v1.2.3", SemverDialect.V3_4, "1|2|3|||v1.2.3|1.2.3|1.2.4|1.3.0|2.0.0")]
    [InlineData("v1.2.3", SemverDialect.V3_3, "1|2|3|||v1.2.3|1.2.3|1.2.4|1.3.0|2.0.0")]
    [InlineData("1.2", SemverDialect.V3_4, "1|2|0|||1.2|1.2.0|1.2.1|1.3.0|2.0.0")]
    [InlineData("1.2", SemverDialect.V3_3, "1|2|0|||1.2|1.2.0|1.2.1|1.3.0|2.0.0")]
    [InlineData("1", SemverDialect.V3_4, "1|0|0|||1|1.0.0|1.0.1|1.1.0|2.0.0")]
    [InlineData("1", SemverDialect.V3_3, "1|0|0|||1|1.0.0|1.0.1|1.1.0|2.0.0")]
    [InlineData("v2", SemverDialect.V3_4, "2|0|0|||v2|2.0.0|2.0.1|2.1.0|3.0.0")]
    [InlineData("v2", SemverDialect.V3_3, "2|0|0|||v2|2.0.0|2.0.1|2.1.0|3.0.0")]
    [InlineData("1.2.3-beta.1+build.5", SemverDialect.V3_4, "1|2|3|beta.1|build.5|1.2.3-beta.1+build.5|1.2.3-beta.1+build.5|1.2.3|1.3.0|2.0.0")]
    [InlineData("1.2.3-beta.1+build.5", SemverDialect.V3_3, "1|2|3|beta.1|build.5|1.2.3-beta.1+build.5|1.2.3-beta.1+build.5|1.2.3|1.3.0|2.0.0")]
    [InlineData("01.02.03", SemverDialect.V3_4, "1|2|3|||01.02.03|1.2.3|1.2.4|1.3.0|2.0.0")]
    [InlineData("01.02.03", SemverDialect.V3_3, "1|2|3|||01.02.03|1.2.3|1.2.4|1.3.0|2.0.0")]
    [InlineData("1.2.3-alpha.beta", SemverDialect.V3_4, "1|2|3|alpha.beta||1.2.3-alpha.beta|1.2.3-alpha.beta|1.2.3|1.3.0|2.0.0")]
    [InlineData("1.2.3-alpha.beta", SemverDialect.V3_3, "1|2|3|alpha.beta||1.2.3-alpha.beta|1.2.3-alpha.beta|1.2.3|1.3.0|2.0.0")]
    [InlineData("1.0.0-rc.1", SemverDialect.V3_4, "1|0|0|rc.1||1.0.0-rc.1|1.0.0-rc.1|1.0.0|1.1.0|2.0.0")]
    [InlineData("1.0.0-rc.1", SemverDialect.V3_3, "1|0|0|rc.1||1.0.0-rc.1|1.0.0-rc.1|1.0.0|1.1.0|2.0.0")]
    public void Parse_Version_MatchesMasterminds(string text, SemverDialect dialect, string expected)
    {
        var v = SemanticVersion.Parse(text, dialect);
        var actual = string.Join("|", v.Major, v.Minor, v.Patch, v.Prerelease, v.Metadata, v.Original, v, v.IncPatch(), v.IncMinor(), v.IncMajor());
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("1.2.3-01", SemverDialect.V3_4, "version segment starts with 0")]
    [InlineData("1.2.3-01", SemverDialect.V3_3, "Version segment starts with 0")]
    [InlineData("1.2.3-a..b", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData("1.2.3-a..b", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData("1.2.3+a..b", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData("1.2.3+a..b", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData("1.2.3+", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData("1.2.3+", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData("foo", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData("foo", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData("", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData("", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData("1.2.3.4", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData("1.2.3.4", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData(" 1.2.3", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData(" 1.2.3", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData("V1.2.3", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData("V1.2.3", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData("99999999999999999999.1.1", SemverDialect.V3_4, "error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range")]
    [InlineData("99999999999999999999.1.1", SemverDialect.V3_3, "Error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range")]
    public void Parse_Invalid_FailsWithMastermindsMessage(string text, SemverDialect dialect, string message) =>
        Assert.Equal(message, Assert.Throws<SemverException>(() => SemanticVersion.Parse(text, dialect)).Message);

    [Theory]
    [InlineData("1.0.0-alpha", "1.0.0-alpha.1", -1)]
    [InlineData("1.0.0-alpha.1", "1.0.0-alpha.beta", -1)]
    [InlineData("1.0.0-alpha.beta", "1.0.0-beta", -1)]
    [InlineData("1.0.0-beta.2", "1.0.0-beta.11", -1)]
    [InlineData("1.0.0-beta.11", "1.0.0-rc.1", -1)]
    [InlineData("1.0.0-rc.1", "1.0.0", -1)]
    [InlineData("1.0.0+a", "1.0.0+b", 0)]
    [InlineData("2.0.0", "10.0.0", -1)]
    [InlineData("1.2.3", "1.2.3", 0)]
    [InlineData("1.2.4", "1.2.3", 1)]
    public void CompareTo_Versions_FollowsSemverPrecedence(string a, string b, int expected)
    {
        Assert.Equal(expected, SemanticVersion.Parse(a).CompareTo(SemanticVersion.Parse(b)));
        Assert.Equal(-expected, SemanticVersion.Parse(b).CompareTo(SemanticVersion.Parse(a)));
    }

    [Theory]
    [InlineData("1.2.3", "1.2.3")]
    [InlineData("1.2.3-rc.1+meta", "1.2.3-rc.1+meta")]
    public void ParseStrict_Valid_Parses(string text, string expected) =>
        Assert.Equal(expected, SemanticVersion.ParseStrict(text).ToString());

    [Theory]
    [InlineData("", SemverDialect.V3_4, "version string empty")]
    [InlineData("1.2", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData("v1.2.3", SemverDialect.V3_4, "invalid characters in version")]
    [InlineData("01.2.3", SemverDialect.V3_4, "version segment starts with 0")]
    [InlineData("1.2.3-a..b", SemverDialect.V3_4, "invalid prerelease string")]
    [InlineData("1.2.3+a..b", SemverDialect.V3_4, "invalid metadata string")]
    [InlineData("1..3", SemverDialect.V3_4, "strconv.ParseUint: parsing \"\": invalid syntax")]
    [InlineData("", SemverDialect.V3_3, "Version string empty")]
    [InlineData("v1.2.3", SemverDialect.V3_3, "Invalid characters in version")]
    public void ParseStrict_Invalid_FailsWithMastermindsMessage(string text, SemverDialect dialect, string message) =>
        Assert.Equal(message, Assert.Throws<SemverException>(() => SemanticVersion.ParseStrict(text, dialect)).Message);

    [Fact]
    public void ParseStrict_V33_AllowsEmptyMetadataIdentifiers() =>
        Assert.Equal("a..b", SemanticVersion.ParseStrict("1.2.3+a..b", SemverDialect.V3_3).Metadata);

    [Fact]
    public void IncPatch_Prerelease_DropsPrereleaseKeepsPatchAndVPrefix()
    {
        var v = SemanticVersion.Parse("v1.2.3-rc.1+b");
        Assert.Equal("v1.2.3", v.IncPatch().Original);
        Assert.Equal("v1.3.0", v.IncMinor().Original);
        Assert.Equal("v2.0.0", v.IncMajor().Original);
    }

    [Fact]
    public void SetPrereleaseAndMetadata_Valid_UpdateOriginal()
    {
        var v = SemanticVersion.Parse("v1.2.3").SetPrerelease("beta.2").SetMetadata("sha.1");
        Assert.Equal("1.2.3-beta.2+sha.1", v.ToString());
        Assert.Equal("v1.2.3-beta.2+sha.1", v.Original);
        Assert.Equal("invalid prerelease string", Assert.Throws<SemverException>(() => v.SetPrerelease("a_b")).Message);
        Assert.Equal("invalid metadata string", Assert.Throws<SemverException>(() => v.SetMetadata("a..b")).Message);
    }

    [Fact]
    public void Create_Parts_OriginalIsString() =>
        Assert.Equal("1.2.3-x", SemanticVersion.Create(1, 2, 3, "x").Original);
}
