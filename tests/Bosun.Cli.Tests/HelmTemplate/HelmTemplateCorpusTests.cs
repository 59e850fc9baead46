using System.Globalization;
using System.Text;
using Bosun.Testing;
using Xunit.Sdk;

namespace Bosun.Cli.Tests.HelmTemplate;

/// <summary>
/// The helm-template corpus (tests/charts): <c>bosun template</c>, run in-process on every case, must print
/// exactly the bytes helm v4 printed (and, with <c>--helm-compat v3</c>, what helm v3 printed) and return
/// helm's exit status; when helm failed, bosun's stderr must carry helm's error message
/// (<see cref="HelmResult.FirstMissingErrorLine"/>). The expectations are written only by
/// scripts/update-chart-cases.sh; <see cref="HelmTemplateOracleTests"/> re-checks them against helm.
/// </summary>
public class HelmTemplateCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string name in ChartCase.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Template_CorpusCase_MatchesHelm4(string name) => AssertMatchesHelm(ChartCase.Load(name), 4);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Template_CorpusCaseWithHelmCompatV3_MatchesHelm3(string name) => AssertMatchesHelm(ChartCase.Load(name), 3);

    [Fact]
    public void Corpus_EveryCase_HasExpectedResultsForBothHelms()
    {
        var missing = ChartCase.Names()
            .SelectMany(n => new[] { "helm4.out", "helm3.out" }.Select(f => Path.Combine(ChartCase.Root, n, f)))
            .Where(p => !File.Exists(p))
            .Select(p => Path.GetRelativePath(RepoPaths.Root, p))
            .ToList();

        Assert.True(missing.Count == 0, "run scripts/update-chart-cases.sh; missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void Corpus_CaseNames_SayWhetherHelmFails()
    {
        var wrong = ChartCase.Names()
            .Select(ChartCase.Load)
            .Where(c => c.Name.StartsWith("fail-", StringComparison.Ordinal) != (c.Expected(4).ExitCode != 0))
            .Select(c => c.Name)
            .ToList();

        Assert.True(wrong.Count == 0, "cases named fail-* must be exactly those helm4 rejects: " + string.Join(", ", wrong));
    }

    internal static void AssertMatchesHelm(ChartCase chartCase, int major)
    {
        var expected = chartCase.Expected(major);
        using var output = new TempDirectory();
        List<string> args = ["template", .. chartCase.ArgumentsWith(output.Path)];
        if (major == 3)
        {
            args.AddRange(["--helm-compat", "v3"]);
        }

        var run = CliRunner.Run(args, chartCase.Directory);
        string helm = "helm" + major.ToString(CultureInfo.InvariantCulture);
        string stdout = chartCase.Normalize(run.StandardOutput, output.Path);

        var failures = new StringBuilder();
        if (stdout != expected.StandardOutput)
        {
            failures.Append("stdout differs from ").Append(helm).Append(".out:\n")
                .Append(UnifiedDiff.Create(expected.StandardOutput, stdout, helm, "bosun"));
        }

        if (chartCase.UsesOutputFolder && ChartCase.DumpFiles(output.Path) is var files && files != expected.Files)
        {
            failures.Append("files written to --output-dir differ from ").Append(helm).Append(".files:\n")
                .Append(UnifiedDiff.Create(expected.Files, files, helm, "bosun"));
        }

        if (run.ExitCode != expected.ExitCode)
        {
            failures.Append("exit status ").Append(run.ExitCode).Append(", ").Append(helm).Append(" exits ").Append(expected.ExitCode).Append('\n');
        }

        if (expected.ExitCode != 0 && expected.FirstMissingErrorLine(chartCase.Normalize(run.StandardError, output.Path)) is { } line)
        {
            failures.Append("bosun's stderr lacks ").Append(helm).Append("'s error line: ").Append(line).Append('\n');
        }

        if (failures.Length > 0)
        {
            throw new XunitException(
                "case tests/charts/" + chartCase.Name + ": bosun template " + string.Join(' ', chartCase.Arguments) + (major == 3 ? " --helm-compat v3" : string.Empty) + "\n" + failures +
                (run.StandardError.Length > 0 ? "bosun stderr:\n" + run.StandardError : string.Empty) +
                (expected.StandardError.Length > 0 ? helm + " stderr:\n" + expected.StandardError : string.Empty));
        }
    }
}
