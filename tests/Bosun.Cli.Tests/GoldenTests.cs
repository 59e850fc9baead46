using System.Globalization;
using Bosun.Testing;
using Xunit.Sdk;

namespace Bosun.Cli.Tests;

/// <summary>
/// Golden CLI runs: every folder under Golden/ is a case with <c>args.txt</c> (one argument a line,
/// <c>$REPO</c> = repository root), run in-process with the case folder as working directory; stdout,
/// stderr and the exit code must equal <c>stdout.txt</c>, <c>stderr.txt</c> and <c>exitcode</c>.
/// <c>BOSUN_UPDATE_BASELINES=1</c> rewrites them.
/// </summary>
public class GoldenTests
{
    private const string RepoToken = "$REPO";

    private static readonly string s_root = RepoPaths.Combine("tests", "Bosun.Cli.Tests", "Golden");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(s_root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_GoldenCase_MatchesExpectedOutput(string name)
    {
        string dir = Path.Combine(s_root, name);
        string[] args = [.. File.ReadAllLines(Path.Combine(dir, "args.txt")).Select(a => a.Replace(RepoToken, RepoPaths.Root, StringComparison.Ordinal))];

        var run = CliRunner.Run(args, dir);

        var failures = new List<string>();
        Check(failures, Path.Combine(dir, "stdout.txt"), Normalize(run.StandardOutput));
        Check(failures, Path.Combine(dir, "stderr.txt"), Normalize(run.StandardError));
        Check(failures, Path.Combine(dir, "exitcode"), run.ExitCode.ToString(CultureInfo.InvariantCulture) + "\n");
        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n", failures));
        }
    }

    private static string Normalize(string text) => text.Replace(RepoPaths.Root, RepoToken, StringComparison.Ordinal);

    private static void Check(List<string> failures, string path, string actual)
    {
        try
        {
            Baseline.AssertMatches(path, actual);
        }
        catch (XunitException ex)
        {
            failures.Add(ex.Message);
        }
    }
}
