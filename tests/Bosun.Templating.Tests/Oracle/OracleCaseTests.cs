using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Oracle;

/// <summary>
/// The differential test: every case of the corpus, for each helm version it applies to, rendered by
/// Bosun and compared byte for byte with what the real helm printed (output or error).
/// </summary>
[Trait("Category", "Oracle")]
public sealed class OracleCaseTests
{
    public static TheoryData<string, int> Cases => OracleCorpus.CaseVersions();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_RenderedByBosun_MatchesHelm(string name, int helm)
    {
        OracleCase oracleCase = OracleCorpus.Get(name);
        OracleOutcome? expected = oracleCase.Expected(helm);
        if (expected is null)
        {
            Assert.Fail($"{name} has no expectation for helm v{helm}; run: {Regenerate(name)}");
        }

        OracleOutcome actual;
        try
        {
            actual = OracleRenderer.Render(oracleCase, helm);
        }
        catch (Exception e)
        {
            Assert.Fail($"{Header(oracleCase, helm)}Bosun threw {e.GetType().Name}: {e.Message}\n"
                + $"helm {expected.Kind} ({expected.Source}):\n{expected.Text}\n\n{e}");
            return;
        }

        // Compare Go's bytes (raw bytes carried as GoString escapes become the bytes helm printed).
        if (actual.IsError == expected.IsError
            && GoString.ToUtf8(actual.Text).AsSpan().SequenceEqual(GoString.ToUtf8(expected.Text)))
        {
            return;
        }

        var message = new StringBuilder(Header(oracleCase, helm));
        if (actual.IsError != expected.IsError)
        {
            message.Append($"helm gave {expected.Kind}, Bosun gave {actual.Kind}\n");
        }

        message.Append(UnifiedDiff.Create(expected.Text, actual.Text, $"helm v{helm} {expected.Kind} ({expected.Source})", $"bosun {actual.Kind}"));
        message.Append($"(expectations come from real helm; if the case itself changed, run: {Regenerate(name)})");
        Assert.Fail(message.ToString());
    }

    private static string Header(OracleCase oracleCase, int helm)
    {
        var builder = new StringBuilder($"oracle case {oracleCase.Name} (helm v{helm})");
        if (oracleCase.Options.Description.Length > 0)
        {
            builder.Append(": ").Append(oracleCase.Options.Description);
        }

        builder.Append("\ntemplate.tpl:\n").Append(oracleCase.Template);
        if (!oracleCase.Template.EndsWith('\n'))
        {
            builder.Append('\n');
        }

        return builder.Append('\n').ToString();
    }

    private static string Regenerate(string name) => $"scripts/update-oracle-cases.sh {name}";
}
