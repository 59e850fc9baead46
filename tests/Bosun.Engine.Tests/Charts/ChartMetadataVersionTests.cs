using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class ChartMetadataVersionTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData("v1", true)]
    [InlineData("1.2", true)]
    [InlineData("1.2.3", true)]
    [InlineData("1.2.3-rc.1", true)]
    [InlineData("1.2.3-rc.1+build.5", true)]
    [InlineData("1.2.3+build", true)]
    [InlineData("1.2.3-a-b.c", true)]
    [InlineData("1.2.3.4", false)]
    [InlineData("1.", false)]
    [InlineData("1.2.", false)]
    [InlineData("v", false)]
    [InlineData("", false)]
    [InlineData("vv1", false)]
    [InlineData("1.2.3-", false)]
    [InlineData("1.2.3-rc..1", false)]
    [InlineData("1.2.3+", false)]
    [InlineData("1.2.3-rc_1", false)]
    [InlineData("1.2.3\n", false)]
    [InlineData(" 1.2.3", false)]
    public void IsLooseSemverSyntax_Versions_FollowMastermindsRegex(string version, bool expected) =>
        Assert.Equal(expected, ChartMetadataReader.IsLooseSemverSyntax(version));
}
