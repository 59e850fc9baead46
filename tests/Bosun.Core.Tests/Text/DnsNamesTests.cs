using System.Text.RegularExpressions;
using Bosun.Core.Text;
using Bosun.Testing;

namespace Bosun.Core.Tests.Text;

public class DnsNamesTests
{
    private static readonly Regex s_subdomain = new(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("demo", true)]
    [InlineData("my-release.v2", true)]
    [InlineData("0", true)]
    [InlineData("", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a..b", false)]
    [InlineData(".a", false)]
    [InlineData("a.", false)]
    [InlineData("A", false)]
    [InlineData("a_b", false)]
    [InlineData("a\n", false)]
    public void IsDns1123SubdomainSyntax_Examples(string name, bool expected) =>
        Assert.Equal(expected, DnsNames.IsDns1123SubdomainSyntax(name));

    [Fact]
    public void IsDns1123SubdomainSyntax_EveryShortName_AgreesWithThePattern()
    {
        foreach (string name in ShortStrings.All("a0-.A_", 6))
        {
            Assert.True(s_subdomain.IsMatch(name) == DnsNames.IsDns1123SubdomainSyntax(name), name);
        }
    }
}
