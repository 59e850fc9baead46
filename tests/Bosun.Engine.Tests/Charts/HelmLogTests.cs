using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class HelmLogTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a.b", "a.b")]
    [InlineData("", "\"\"")]
    [InlineData("has space", "\"has space\"")]
    [InlineData("k=v", "\"k=v\"")]
    [InlineData("\"q\" x", "\"\\\"q\\\" x\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    public void SlogValue_QuotesLikeSlogTextHandler(string value, string expected) =>
        Assert.Equal(expected, HelmLog.SlogValue(value));
}
