using System.Text.RegularExpressions;
using Bosun.Core.Yaml.Go;
using Bosun.Testing;

namespace Bosun.Core.Tests.Yaml;

/// <summary>The hand-written matchers against go-yaml's regular expressions (run through .NET's engine with \z).</summary>
public class GoYamlResolverPatternTests
{
    private static readonly Regex s_float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant);
    private static readonly Regex s_base60 = new(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?\z", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("1.5", true)]
    [InlineData(".5", true)]
    [InlineData("5.", true)]
    [InlineData("-1e10", true)]
    [InlineData("+1.5E-3", true)]
    [InlineData(".", false)]
    [InlineData("1e", false)]
    [InlineData("e5", false)]
    [InlineData(".e5", false)]
    [InlineData("1.5\n", false)]
    public void IsYamlStyleFloat_Examples(string text, bool expected) =>
        Assert.Equal(expected, GoYamlResolver.IsYamlStyleFloat(text));

    [Theory]
    [InlineData("1:30", true)]
    [InlineData("-190:20:30.15", true)]
    [InlineData("1_0:5", true)]
    [InlineData("1:60", false)]
    [InlineData("1:", false)]
    [InlineData("1:5:", false)]
    [InlineData("1:123", false)]
    [InlineData(":30", false)]
    public void MatchesBase60Float_Examples(string text, bool expected) =>
        Assert.Equal(expected, GoYamlResolver.MatchesBase60Float(text));

    [Fact]
    public void Matchers_EveryShortString_AgreeWithTheRegularExpressions()
    {
        // Every string of up to 5 characters over the characters the patterns care about (~1.6 million cases).
        foreach (string text in ShortStrings.All("+-.05689eE_:x", 5))
        {
            Assert.True(s_float.IsMatch(text) == GoYamlResolver.IsYamlStyleFloat(text), "float: " + text);
            Assert.True(s_base60.IsMatch(text) == GoYamlResolver.MatchesBase60Float(text), "base60: " + text);
        }
    }
}
