using Bosun.Core.Values;

namespace Bosun.Core.Tests.Values;

public class GoJsonFirstValueEndTests
{
    [Theory]
    [InlineData("{\"a\":[1,2]},b=1", 0, 11)]
    [InlineData("  [1, {\"x\": \"é]\"}] tail", 0, 18)]
    [InlineData("x=12abc", 2, 4)]
    [InlineData("true,next", 0, 4)]
    [InlineData("\"s\" ", 0, 3)]
    [InlineData("null", 0, 4)]
    [InlineData("1]", 0, 1)]
    [InlineData("-0.5e3", 0, 6)]
    public void FirstValueEnd_CompleteValue_EndsWhereJsonDecoderStops(string text, int start, int expected) =>
        Assert.Equal(expected, GoJson.FirstValueEnd(text, start));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"a\":")]
    [InlineData("[1,]")]
    [InlineData("tru")]
    [InlineData("\"unterminated")]
    [InlineData("{a:1}")]
    public void FirstValueEnd_NoCompleteValidValue_IsMinusOne(string text) =>
        Assert.Equal(-1, GoJson.FirstValueEnd(text, 0));
}
