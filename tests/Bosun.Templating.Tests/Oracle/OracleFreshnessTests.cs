using System.Diagnostics;

namespace Bosun.Templating.Tests.Oracle;

/// <summary>
/// Re-runs the real helm binaries over the corpus (scripts/update-oracle-cases.sh --check) and asserts
/// the committed expectations are still exactly what helm prints. Skipped when the oracles are not
/// installed. Checks every 5th case by default (the machine-wide cost of ~4000 helm runs is minutes);
/// BOSUN_ORACLE_CHECK_SAMPLE=N checks every Nth case, 1 meaning all of them.
/// </summary>
[Trait("Category", "Oracle")]
public sealed class OracleFreshnessTests
{
    [OracleFact]
    public void Expectations_RerunAgainstRealHelm_Unchanged()
    {
        string script = Path.Combine(OracleCorpus.RepositoryRoot, "scripts", "update-oracle-cases.sh");
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("--check");
        start.ArgumentList.Add("--no-repeat");
        start.ArgumentList.Add("--sample");
        start.ArgumentList.Add(Environment.GetEnvironmentVariable("BOSUN_ORACLE_CHECK_SAMPLE") is { Length: > 0 } sample ? sample : "5");

        start.Environment["BOSUN_ORACLE_DIR"] = Path.GetDirectoryName(OracleBinaries.Directory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start bash");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(9)), "update-oracle-cases.sh --check timed out");
        Assert.True(
            process.ExitCode == 0,
            $"the real helm disagrees with committed expectations (exit {process.ExitCode}); "
            + $"regenerate with scripts/update-oracle-cases.sh:\n{stdout}\n{stderr.Result}");
    }
}
