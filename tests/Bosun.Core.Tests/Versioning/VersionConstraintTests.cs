using Bosun.Core.Versioning;

namespace Bosun.Core.Tests.Versioning;

// Expected values taken from helm v4.1.4 (semver v3.4.0) and helm v3.17.2 (semver v3.3.0) via sprig's semverCompare.
public sealed class VersionConstraintTests
{
    [Theory]
    [InlineData(">=1.20-0", "v1.35.0", SemverDialect.V3_4, true)]
    [InlineData(">=1.20-0", "v1.35.0", SemverDialect.V3_3, true)]
    [InlineData(">=1.20", "v1.35.0", SemverDialect.V3_4, true)]
    [InlineData(">=1.20", "v1.35.0", SemverDialect.V3_3, true)]
    [InlineData(">=1.20-0", "1.21.0-rc.1", SemverDialect.V3_4, true)]
    [InlineData(">=1.20-0", "1.21.0-rc.1", SemverDialect.V3_3, true)]
    [InlineData(">=1.20", "1.21.0-rc.1", SemverDialect.V3_4, false)]
    [InlineData(">=1.20", "1.21.0-rc.1", SemverDialect.V3_3, false)]
    [InlineData("<1.25", "1.24.3-eks-abc", SemverDialect.V3_4, false)]
    [InlineData("<1.25", "1.24.3-eks-abc", SemverDialect.V3_3, false)]
    [InlineData("<1.25-0", "1.24.3-eks-abc", SemverDialect.V3_4, true)]
    [InlineData("<1.25-0", "1.24.3-eks-abc", SemverDialect.V3_3, true)]
    [InlineData(">=1.19-0 <1.25-0", "v1.22.17-gke.100", SemverDialect.V3_4, true)]
    [InlineData(">=1.19-0 <1.25-0", "v1.22.17-gke.100", SemverDialect.V3_3, true)]
    [InlineData(">= 1.19, < 1.25", "1.22.0", SemverDialect.V3_4, true)]
    [InlineData(">= 1.19, < 1.25", "1.22.0", SemverDialect.V3_3, true)]
    [InlineData("^1.2.3", "1.9.9", SemverDialect.V3_4, true)]
    [InlineData("^1.2.3", "1.9.9", SemverDialect.V3_3, true)]
    [InlineData("^1.2.3", "2.0.0", SemverDialect.V3_4, false)]
    [InlineData("^1.2.3", "2.0.0", SemverDialect.V3_3, false)]
    [InlineData("^0.2.3", "0.2.9", SemverDialect.V3_4, true)]
    [InlineData("^0.2.3", "0.2.9", SemverDialect.V3_3, true)]
    [InlineData("^0.2.3", "0.3.0", SemverDialect.V3_4, false)]
    [InlineData("^0.2.3", "0.3.0", SemverDialect.V3_3, false)]
    [InlineData("^0.0.3", "0.0.4", SemverDialect.V3_4, false)]
    [InlineData("^0.0.3", "0.0.4", SemverDialect.V3_3, false)]
    [InlineData("^0", "0.9.0", SemverDialect.V3_4, true)]
    [InlineData("^0", "0.9.0", SemverDialect.V3_3, true)]
    [InlineData("^0.0", "0.1.0", SemverDialect.V3_4, false)]
    [InlineData("^0.0", "0.1.0", SemverDialect.V3_3, false)]
    [InlineData("~1.2.3", "1.2.9", SemverDialect.V3_4, true)]
    [InlineData("~1.2.3", "1.2.9", SemverDialect.V3_3, true)]
    [InlineData("~1.2.3", "1.3.0", SemverDialect.V3_4, false)]
    [InlineData("~1.2.3", "1.3.0", SemverDialect.V3_3, false)]
    [InlineData("~1", "1.9.0", SemverDialect.V3_4, true)]
    [InlineData("~1", "1.9.0", SemverDialect.V3_3, true)]
    [InlineData("~1", "2.0.0", SemverDialect.V3_4, false)]
    [InlineData("~1", "2.0.0", SemverDialect.V3_3, false)]
    [InlineData("~>2.1", "2.1.5", SemverDialect.V3_4, true)]
    [InlineData("~>2.1", "2.1.5", SemverDialect.V3_3, true)]
    [InlineData("1.2.x", "1.2.7", SemverDialect.V3_4, true)]
    [InlineData("1.2.x", "1.2.7", SemverDialect.V3_3, true)]
    [InlineData("1.x", "1.9", SemverDialect.V3_4, true)]
    [InlineData("1.x", "1.9", SemverDialect.V3_3, true)]
    [InlineData("*", "5.0.0", SemverDialect.V3_4, true)]
    [InlineData("*", "5.0.0", SemverDialect.V3_3, true)]
    [InlineData("*", "5.0.0-beta", SemverDialect.V3_4, false)]
    [InlineData("*", "5.0.0-beta", SemverDialect.V3_3, false)]
    [InlineData("x", "0.0.1", SemverDialect.V3_4, true)]
    [InlineData("x", "0.0.1", SemverDialect.V3_3, true)]
    [InlineData("!=1.2.3", "1.2.3", SemverDialect.V3_4, false)]
    [InlineData("!=1.2.3", "1.2.3", SemverDialect.V3_3, false)]
    [InlineData("!=1.2.x", "1.2.4", SemverDialect.V3_4, false)]
    [InlineData("!=1.2.x", "1.2.4", SemverDialect.V3_3, false)]
    [InlineData("!=1.x", "2.0.0", SemverDialect.V3_4, true)]
    [InlineData("!=1.x", "2.0.0", SemverDialect.V3_3, true)]
    [InlineData("!=1.2.3", "1.2.3-alpha", SemverDialect.V3_4, false)]
    [InlineData("!=1.2.3", "1.2.3-alpha", SemverDialect.V3_3, true)]
    [InlineData("1.2.3 - 2.3.4", "2.0.0", SemverDialect.V3_4, true)]
    [InlineData("1.2.3 - 2.3.4", "2.0.0", SemverDialect.V3_3, true)]
    [InlineData("1.2.3 - 2.3.4", "2.3.5", SemverDialect.V3_4, false)]
    [InlineData("1.2.3 - 2.3.4", "2.3.5", SemverDialect.V3_3, false)]
    [InlineData("1.2 - 2", "2.9.0", SemverDialect.V3_4, true)]
    [InlineData("1.2 - 2", "2.9.0", SemverDialect.V3_3, true)]
    [InlineData(">1.2", "1.2.9", SemverDialect.V3_4, false)]
    [InlineData(">1.2", "1.2.9", SemverDialect.V3_3, false)]
    [InlineData(">1.2", "1.3.0", SemverDialect.V3_4, true)]
    [InlineData(">1.2", "1.3.0", SemverDialect.V3_3, true)]
    [InlineData(">1", "1.9.0", SemverDialect.V3_4, false)]
    [InlineData(">1", "1.9.0", SemverDialect.V3_3, false)]
    [InlineData(">1", "2.0.0", SemverDialect.V3_4, true)]
    [InlineData(">1", "2.0.0", SemverDialect.V3_3, true)]
    [InlineData("<=1.2", "1.2.9", SemverDialect.V3_4, true)]
    [InlineData("<=1.2", "1.2.9", SemverDialect.V3_3, true)]
    [InlineData("<=1.2", "1.3.0", SemverDialect.V3_4, false)]
    [InlineData("<=1.2", "1.3.0", SemverDialect.V3_3, false)]
    [InlineData("=<1.x", "1.9.0", SemverDialect.V3_4, true)]
    [InlineData("=<1.x", "1.9.0", SemverDialect.V3_3, true)]
    [InlineData("=>1.0.0", "1.0.0", SemverDialect.V3_4, true)]
    [InlineData("=>1.0.0", "1.0.0", SemverDialect.V3_3, true)]
    [InlineData("=1.2.3", "v1.2.3", SemverDialect.V3_4, true)]
    [InlineData("=1.2.3", "v1.2.3", SemverDialect.V3_3, true)]
    [InlineData("1.2.3", "1.2.3+build", SemverDialect.V3_4, true)]
    [InlineData("1.2.3", "1.2.3+build", SemverDialect.V3_3, true)]
    [InlineData(">=1.0.0 || <0.5.0", "0.4.0", SemverDialect.V3_4, true)]
    [InlineData(">=1.0.0 || <0.5.0", "0.4.0", SemverDialect.V3_3, true)]
    [InlineData(">=2 || <1", "1.5.0", SemverDialect.V3_4, false)]
    [InlineData(">=2 || <1", "1.5.0", SemverDialect.V3_3, false)]
    [InlineData(">=1.0.0-alpha", "1.0.0-beta", SemverDialect.V3_4, true)]
    [InlineData(">=1.0.0-alpha", "1.0.0-beta", SemverDialect.V3_3, true)]
    [InlineData(">=1.0.0-beta", "1.0.0-alpha", SemverDialect.V3_4, false)]
    [InlineData(">=1.0.0-beta", "1.0.0-alpha", SemverDialect.V3_3, false)]
    [InlineData(">=1.0.0-alpha.2", "1.0.0-alpha.10", SemverDialect.V3_4, true)]
    [InlineData(">=1.0.0-alpha.2", "1.0.0-alpha.10", SemverDialect.V3_3, true)]
    [InlineData("<1.0.0-0", "0.9.0-rc", SemverDialect.V3_4, true)]
    [InlineData("<1.0.0-0", "0.9.0-rc", SemverDialect.V3_3, true)]
    [InlineData(">=1.0.0-0, <2.0.0", "1.5.0-rc.1", SemverDialect.V3_4, true)]
    [InlineData(">=1.0.0-0, <2.0.0", "1.5.0-rc.1", SemverDialect.V3_3, false)]
    [InlineData(">=1.0.0-0 <2.0.0 || >=3", "3.1.0-rc", SemverDialect.V3_4, false)]
    [InlineData(">=1.0.0-0 <2.0.0 || >=3", "3.1.0-rc", SemverDialect.V3_3, false)]
    [InlineData(">= 1.2.3", "1.2.3", SemverDialect.V3_4, true)]
    [InlineData(">= 1.2.3", "1.2.3", SemverDialect.V3_3, true)]
    [InlineData("  >=1.0  ", "1.0.0", SemverDialect.V3_4, true)]
    [InlineData("  >=1.0  ", "1.0.0", SemverDialect.V3_3, true)]
    [InlineData("v1.2.3", "1.2.3", SemverDialect.V3_4, true)]
    [InlineData("v1.2.3", "1.2.3", SemverDialect.V3_3, true)]
    [InlineData(">=1.0,<2.0", "1.5.0", SemverDialect.V3_4, true)]
    [InlineData(">=1.0,<2.0", "1.5.0", SemverDialect.V3_3, true)]
    [InlineData("1.2.3-beta.1", "1.2.3-beta.1", SemverDialect.V3_4, true)]
    [InlineData("1.2.3-beta.1", "1.2.3-beta.1", SemverDialect.V3_3, true)]
    [InlineData(">=01.0", "1.0.0", SemverDialect.V3_4, true)]
    [InlineData(">=01.0", "1.0.0", SemverDialect.V3_3, true)]
    [InlineData(">=1.0", "v1.2", SemverDialect.V3_4, true)]
    [InlineData(">=1.0", "v1.2", SemverDialect.V3_3, true)]
    [InlineData(">=1.0", "1.2.3-rc.1+meta.2", SemverDialect.V3_4, false)]
    [InlineData(">=1.0", "1.2.3-rc.1+meta.2", SemverDialect.V3_3, false)]
    [InlineData(">=1.0", "1.02.3", SemverDialect.V3_4, true)]
    [InlineData(">=1.0", "1.02.3", SemverDialect.V3_3, true)]
    [InlineData("~0.0.0", "0.1.0", SemverDialect.V3_4, true)]
    [InlineData("~0.0.0", "0.1.0", SemverDialect.V3_3, true)]
    [InlineData("^0.0.x", "0.0.5", SemverDialect.V3_4, true)]
    [InlineData("^0.0.x", "0.0.5", SemverDialect.V3_3, true)]
    [InlineData("^0.x", "0.5.0", SemverDialect.V3_4, true)]
    [InlineData("^0.x", "0.5.0", SemverDialect.V3_3, true)]
    public void Check_ConstraintAndVersion_MatchesMasterminds(string constraint, string version, SemverDialect dialect, bool expected) =>
        Assert.Equal(expected, VersionConstraint.Parse(constraint, dialect).Check(SemanticVersion.Parse(version, dialect)));

    [Theory]
    [InlineData("", "1.0.0", SemverDialect.V3_4, "improper constraint: ")]
    [InlineData("", "1.0.0", SemverDialect.V3_3, "improper constraint: ")]
    [InlineData("foo", "1.0.0", SemverDialect.V3_4, "improper constraint: foo")]
    [InlineData("foo", "1.0.0", SemverDialect.V3_3, "improper constraint: foo")]
    [InlineData(">=1.0.0 |", "1.0.0", SemverDialect.V3_4, "constraint parser error")]
    [InlineData(">=1.0.0 |", "1.0.0", SemverDialect.V3_3, "constraint Parser Error")]
    [InlineData(">>1", "1.0.0", SemverDialect.V3_4, "improper constraint: >>1")]
    [InlineData(">>1", "1.0.0", SemverDialect.V3_3, "improper constraint: >>1")]
    [InlineData("1.2.3.4", "1.2.3", SemverDialect.V3_4, "improper constraint: 1.2.3.4")]
    [InlineData("1.2.3.4", "1.2.3", SemverDialect.V3_3, "improper constraint: 1.2.3.4")]
    [InlineData(">=1.0", "foo", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData(">=1.0", "foo", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData(">=1.0", "", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData(">=1.0", "", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData(">=1.0", "1.2.3-01", SemverDialect.V3_4, "version segment starts with 0")]
    [InlineData(">=1.0", "1.2.3-01", SemverDialect.V3_3, "Version segment starts with 0")]
    [InlineData(">=1.0", "1.2.3+a+b", SemverDialect.V3_4, "invalid semantic version")]
    [InlineData(">=1.0", "1.2.3+a+b", SemverDialect.V3_3, "Invalid Semantic Version")]
    [InlineData(">=1.0", "99999999999999999999.0.0", SemverDialect.V3_4, "error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range")]
    [InlineData(">=1.0", "99999999999999999999.0.0", SemverDialect.V3_3, "Error parsing version segment: strconv.ParseUint: parsing \"99999999999999999999\": value out of range")]
    [InlineData("1|2.3", "1.0.0", SemverDialect.V3_4, "constraint parser error")]
    [InlineData("1|2.3", "1.0.0", SemverDialect.V3_3, "constraint Parser Error")]
    [InlineData(">=1.0-01", "1.0.0", SemverDialect.V3_4, "constraint parser error")]
    [InlineData(">=1.0-01", "1.0.0", SemverDialect.V3_3, "constraint Parser Error")]
    public void ParseConstraintThenVersion_Invalid_FailsWithMastermindsMessage(string constraint, string version, SemverDialect dialect, string message)
    {
        var error = Assert.Throws<SemverException>(() =>
        {
            var c = VersionConstraint.Parse(constraint, dialect);
            c.Check(SemanticVersion.Parse(version, dialect));
        });
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ToString_Groups_JoinsTermsAndOrs() =>
        Assert.Equal(">=1.2 <2.x || ~3", VersionConstraint.Parse(">=1.2, <2.x || ~3").ToString());

    [Fact]
    public void ToString_HyphenRange_IsRewritten() =>
        Assert.Equal(">=1.2.3 <=2.3.4", VersionConstraint.Parse("1.2.3 - 2.3.4").ToString());

    [Theory]
    [InlineData("^1.2.3", "2.0.0", "2.0.0 does not have same major version as 1.2.3")]
    [InlineData("~1.2.3", "1.3.0", "1.3.0 does not have same major and minor version as 1.2.3")]
    [InlineData(">=1.2", "1.1.0", "1.1.0 is less than 1.2")]
    [InlineData("<1.2", "1.2.0", "1.2.0 is greater than or equal to 1.2")]
    [InlineData("<=1.2", "1.3.0", "1.3.0 is greater than 1.2")]
    [InlineData(">1.2", "1.2.5", "1.2.5 is less than or equal to 1.2")]
    [InlineData("!=1.2.3", "1.2.3", "1.2.3 is equal to 1.2.3")]
    [InlineData("=1.2.3", "v1.2.4", "1.2.4 is not equal to 1.2.3")]
    [InlineData("^0.2.3", "0.3.0", "0.3.0 does not have same minor version as 0.2.3. Expected minor versions to match when constraint major version is 0")]
    [InlineData("^0.0.3", "0.0.4", "0.0.4 does not equal 0.0.3. Expect version and constraint to equal when major and minor versions are 0")]
    [InlineData(">=1.0", "1.5.0-rc.1", "1.5.0-rc.1 is a prerelease version and the constraint is only looking for release versions")]
    public void Validate_Rejected_ReportsMastermindsReason(string constraint, string version, string reason)
    {
        var (ok, errors) = VersionConstraint.Parse(constraint).Validate(SemanticVersion.Parse(version));
        Assert.False(ok);
        Assert.Equal([reason], errors);
    }

    [Fact]
    public void Validate_Accepted_HasNoErrors()
    {
        var (ok, errors) = VersionConstraint.Parse(">=2 || ^1.2").Validate(SemanticVersion.Parse("1.4.0"));
        Assert.True(ok);
        Assert.Empty(errors);
    }

    [Fact]
    public void IncludePrerelease_V34_AcceptsPrereleaseInRange()
    {
        var version = SemanticVersion.Parse("1.5.0-rc.1");
        Assert.False(VersionConstraint.Parse(">=1.0 <2.0").Check(version));
        Assert.True(VersionConstraint.Parse(">=1.0 <2.0").IncludingPrereleases().Check(version));
    }
}
