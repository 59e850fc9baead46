namespace Bosun.Templating.Tests.Functions.Sprig;

// Expected values taken from helm v4.1.4 (sprig v3.3.0 on Go 1.25).
public sealed class SprigEncodingFunctionsTests
{
    private readonly SprigFunctionInvoker _sprig = new();

    [Theory]
    [InlineData("héllo wörld", "aMOpbGxvIHfDtnJsZA==")]
    [InlineData("", "")]
    [InlineData("a", "YQ==")]
    public void B64enc_Text_EncodesUtf8WithPadding(string input, string expected) =>
        Assert.Equal(expected, _sprig.Call("b64enc", input));

    [Theory]
    [InlineData("aMOpbGxvIHfDtnJsZA==", "héllo wörld")]
    [InlineData("YWJj\nZGVm", "abcdef")]
    [InlineData("YW\r\n==", "a")]
    [InlineData("YWJ=", "ab")]
    [InlineData("", "")]
    public void B64dec_ValidInput_Decodes(string input, string expected) =>
        Assert.Equal(expected, _sprig.Call("b64dec", input));

    [Theory]
    [InlineData("YW=j", 2)]
    [InlineData("YWJjZA=", 7)]
    [InlineData("YWJjZA==x", 8)]
    [InlineData("YWJjZ", 4)]
    [InlineData("YWJjZA== ", 8)]
    [InlineData("YQ", 0)]
    [InlineData("=", 0)]
    [InlineData("!!", 0)]
    public void B64dec_InvalidInput_ReturnsGoErrorTextAsValue(string input, int offset) =>
        Assert.Equal($"illegal base64 data at input byte {offset}", _sprig.Call("b64dec", input));

    [Fact]
    public void B64dec_NonCanonicalTrailingBits_AcceptedLikeGo() =>
        Assert.Equal("a", _sprig.Call("b64dec", "YR=="));

    [Theory]
    [InlineData("hello", "NBSWY3DP")]
    [InlineData("a", "ME======")]
    [InlineData("abcdefg", "MFRGGZDFMZTQ====")]
    [InlineData("", "")]
    public void B32enc_Text_EncodesWithPadding(string input, string expected) =>
        Assert.Equal(expected, _sprig.Call("b32enc", input));

    [Theory]
    [InlineData("NBSWY3DP", "hello")]
    [InlineData("ME======", "a")]
    [InlineData("MFRGGZDFMZTQ====", "abcdefg")]
    [InlineData("NBSW\nY3DP", "hello")]
    public void B32dec_ValidInput_Decodes(string input, string expected) =>
        Assert.Equal(expected, _sprig.Call("b32dec", input));

    [Theory]
    [InlineData("ME=====", 7)]
    [InlineData("M1", 1)]
    [InlineData("MFRG=GZD", 4)]
    [InlineData("MFRGGZDFM=======", 9)]
    [InlineData("NBSWY3D", 0)]
    [InlineData("ME==x===", 3)]
    [InlineData("nbswy3dp", 0)]
    public void B32dec_InvalidInput_ReturnsGoErrorTextAsValue(string input, int offset) =>
        Assert.Equal($"illegal base32 data at input byte {offset}", _sprig.Call("b32dec", input));
}
