using Bosun.Engine.Charts;
using Bosun.Testing;

namespace Bosun.Engine.Tests.Charts;

/// <summary>
/// Renders charts with bosun and with the real helm v4 (<c>helm template demo CHART ARGS</c>) and requires
/// byte-identical output. Cases are the folders under TestData/Charts (optional args.txt: one argument a
/// line, paths relative to the case) plus the bundled example chart.
/// </summary>
[Trait("Category", Oracles.Category)]
public class ChartOracleTests
{
    private static readonly string s_casesRoot = RepoPaths.Combine("tests", "Bosun.Engine.Tests", "TestData", "Charts");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(s_casesRoot).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [OracleTheory]
    [MemberData(nameof(Cases))]
    public void Render_TestChart_MatchesHelm4(string name)
    {
        string dir = Path.Combine(s_casesRoot, name);
        string argsFile = Path.Combine(dir, "args.txt");
        string[] args = File.Exists(argsFile) ? File.ReadAllLines(argsFile) : [];

        AssertSameAsHelm(dir, args);
    }

    [OracleFact]
    public void Render_ExampleChart_MatchesHelm4() => AssertSameAsHelm(RepoPaths.ExampleChart, []);

    [OracleFact]
    public void Render_ExampleChartWithProductionValues_MatchesHelm4() =>
        AssertSameAsHelm(
            RepoPaths.ExampleChart,
            ["-f", RepoPaths.Combine("examples", "values", "hello-production.yaml"), "--set", "config.maxConnections=2048", "--namespace", "web"]);

    private static void AssertSameAsHelm(string chartDir, string[] args)
    {
        var helm = Oracles.Run(Oracles.Helm4 ?? "helm4", ["template", "demo", ".", .. args], chartDir);
        Assert.True(helm.ExitCode == 0, "helm4 failed: " + helm.StandardError);

        string bosun = Render(chartDir, args);

        Assert.True(
            helm.StandardOutput == bosun,
            "bosun output differs from helm4:\n" + UnifiedDiff.Create(helm.StandardOutput, bosun, "helm4", "bosun"));
    }

    private static string Render(string chartDir, string[] args)
    {
        var files = new List<string>();
        var sets = new List<string>();
        string ns = "default";
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-f" or "--values":
                    files.Add(args[++i]);
                    break;
                case "--set":
                    sets.Add(args[++i]);
                    break;
                case "-n" or "--namespace":
                    ns = args[++i];
                    break;
                default:
                    throw new InvalidOperationException("args.txt: unsupported argument " + args[i]);
            }
        }

        var values = UserValues.Merge(files, sets, f => Path.GetFullPath(Path.Combine(chartDir, f)));
        var chart = ChartLoader.Load(chartDir, ".");
        var result = ChartRenderer.Render(chart, values, new ReleaseOptions { Name = "demo", Namespace = ns }, ChartRenderOptions.Default);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return HelmTemplatePrinter.Print(result);
    }
}
