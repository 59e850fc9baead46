using System.Globalization;
using System.Text;
using Bosun.Testing;
using Xunit.Sdk;

namespace Bosun.Cli.Tests.HelmTemplate;

/// <summary>
/// Re-runs the real helm v4 and v3 on every case of the helm-template corpus and requires the committed
/// expectations (helmN.out/.err/.exit) to be exactly what helm prints now, so CI notices a stale corpus.
/// Skipped when the oracles are not installed (scripts/install-oracles.sh).
/// </summary>
[Trait("Category", Oracles.Category)]
public class HelmTemplateOracleTests
{
    public static TheoryData<string> Cases() => HelmTemplateCorpusTests.Cases();

    [OracleTheory]
    [MemberData(nameof(Cases))]
    public void Helm4_CorpusCase_StillMatchesCommittedResult(string name) => AssertHelmMatches(ChartCase.Load(name), 4);

    [Helm3OracleTheory]
    [MemberData(nameof(Cases))]
    public void Helm3_CorpusCase_StillMatchesCommittedResult(string name) => AssertHelmMatches(ChartCase.Load(name), 3);

    private static void AssertHelmMatches(ChartCase chartCase, int major)
    {
        string helm = "helm" + major.ToString(CultureInfo.InvariantCulture);
        string executable = Oracles.Find(helm) ?? throw new InvalidOperationException(helm + " is not installed");
        using var output = new TempDirectory();
        var actual = Oracles.Run(executable, ["template", .. chartCase.ArgumentsWith(output.Path)], chartCase.Directory);
        var expected = chartCase.Expected(major);

        var failures = new StringBuilder();
        Compare(failures, helm + ".out", expected.StandardOutput, chartCase.Normalize(actual.StandardOutput, output.Path));
        Compare(failures, helm + ".err", expected.StandardError, chartCase.Normalize(actual.StandardError, output.Path));
        if (chartCase.UsesOutputFolder)
        {
            Compare(failures, helm + ".files", expected.Files, ChartCase.DumpFiles(output.Path));
        }

        if (expected.ExitCode != actual.ExitCode)
        {
            failures.Append(helm).Append(".exit: committed ").Append(expected.ExitCode).Append(", helm now exits ").Append(actual.ExitCode).Append('\n');
        }

        if (failures.Length > 0)
        {
            throw new XunitException(
                "tests/charts/" + chartCase.Name + " is out of date with " + helm + " (run scripts/update-chart-cases.sh " + chartCase.Name + "):\n" + failures);
        }
    }

    private static void Compare(StringBuilder failures, string file, string committed, string now)
    {
        if (committed != now)
        {
            failures.Append(file).Append(":\n").Append(UnifiedDiff.Create(committed, now, file + " (committed)", "helm now"));
        }
    }
}
