using Bosun.Templating.Functions.Go;

namespace Bosun.Templating.Tests.Functions.Go;

public class GoEscapingTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("<a href=\"x\">'&'</a>", "&lt;a href=&#34;x&#34;&gt;&#39;&amp;&#39;&lt;/a&gt;")]
    public void HtmlEscape_EscapesLikeGo(string input, string expected) =>
        Assert.Equal(expected, GoEscaping.HtmlEscape(input));

    [Theory]
    [InlineData("plain é", "plain é")]
    [InlineData("a'b\"c\\d", "a\\'b\\\"c\\\\d")]
    [InlineData("<>&=", "\\u003C\\u003E\\u0026\\u003D")]
    [InlineData("\n\t\u007f", "\\u000A\\u0009\u007f")]
    [InlineData("\u00a0\U0001F600", "\\u00A0\U0001F600")]
    public void JsEscape_EscapesLikeGo(string input, string expected) =>
        Assert.Equal(expected, GoEscaping.JsEscape(input));

    [Theory]
    [InlineData("abc-_.~", "abc-_.~")]
    [InlineData("a b&c=d/é", "a+b%26c%3Dd%2F%C3%A9")]
    [InlineData("$+,:;?@", "%24%2B%2C%3A%3B%3F%40")]
    public void QueryEscape_EscapesLikeNetUrl(string input, string expected) =>
        Assert.Equal(expected, GoEscaping.QueryEscape(input));
}
