using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class KubeVersionInfoTests
{
    [Fact]
    public void Parse_Helm4GkeVersion_KeepsGitVersionAndNormalizes()
    {
        var v = KubeVersionInfo.Parse("v1.33.4-gke.1245000", 4);

        Assert.Equal(new KubeVersionInfo("v1.33.4-gke.1245000", "v1.33.4", "1", "33"), v);
    }

    [Fact]
    public void Parse_Helm4WithoutV_AddsV()
    {
        Assert.Equal(new KubeVersionInfo("v1.30", "v1.30", "1", "30"), KubeVersionInfo.Parse("1.30", 4));
    }

    [Theory]
    [InlineData("1", "illegal version string \"1\"")]
    [InlineData("abc", "could not parse \"abc\" as version")]
    [InlineData("01.2", "illegal zero-prefixed version component \"01\" in \"01.2\"")]
    public void Parse_Helm4Invalid_ThrowsApimachineryMessage(string input, string message)
    {
        var ex = Assert.Throws<FormatException>(() => KubeVersionInfo.Parse(input, 4));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Parse_Helm3_UsesSemver()
    {
        Assert.Equal(new KubeVersionInfo("v1.30.1", null, "1", "30"), KubeVersionInfo.Parse("1.30.1", 3));
        Assert.Equal("Invalid Semantic Version", Assert.Throws<FormatException>(() => KubeVersionInfo.Parse("abc", 3)).Message);
    }
}
