using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class HelmIgnoreRulesTests
{
    [Fact]
    public void IsIgnored_DefaultRule_IgnoresHiddenTemplates()
    {
        var rules = HelmIgnoreRules.Parse(string.Empty, out var error);

        Assert.Null(error);
        Assert.True(rules.IsIgnored("templates/.secret.yaml", isDirectory: false));
        Assert.False(rules.IsIgnored("templates/deployment.yaml", isDirectory: false));
        Assert.False(rules.IsIgnored(".hidden", isDirectory: false));
    }

    [Fact]
    public void IsIgnored_RuleWithoutSlash_MatchesBaseName()
    {
        var rules = HelmIgnoreRules.Parse("*.bak\n# comment\n\n", out _);

        Assert.True(rules.IsIgnored("files/old.bak", isDirectory: false));
        Assert.False(rules.IsIgnored("files/old.txt", isDirectory: false));
    }

    [Fact]
    public void IsIgnored_DirectoryRule_MatchesDirectoriesOnly()
    {
        var rules = HelmIgnoreRules.Parse(".git/\n", out _);

        Assert.True(rules.IsIgnored(".git", isDirectory: true));
        Assert.False(rules.IsIgnored(".git", isDirectory: false));
    }

    [Fact]
    public void IsIgnored_RuleWithSlash_MatchesWholePath()
    {
        var rules = HelmIgnoreRules.Parse("files/*.txt\n/top.txt\n", out _);

        Assert.True(rules.IsIgnored("files/a.txt", isDirectory: false));
        Assert.False(rules.IsIgnored("other/files/a.txt", isDirectory: false));
        Assert.True(rules.IsIgnored("top.txt", isDirectory: false));
    }

    [Fact]
    public void IsIgnored_NegatedRule_IgnoresWhatDoesNotMatch()
    {
        // helm's negation is "ignore everything that does not match" for the rule itself.
        var rules = HelmIgnoreRules.Parse("!keep.txt\n", out _);

        Assert.True(rules.IsIgnored("other.txt", isDirectory: false));
        Assert.False(rules.IsIgnored("keep.txt", isDirectory: false));
    }

    [Theory]
    [InlineData("**/x", "double-star (**) syntax is not supported")]
    [InlineData("a[", "syntax error in pattern")]
    public void Parse_InvalidRule_ReportsRuleAndReason(string rule, string reason)
    {
        HelmIgnoreRules.Parse("ok\n" + rule + "\n", out var error);

        Assert.Equal((rule, reason), error);
    }
}
