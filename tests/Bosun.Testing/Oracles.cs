using System.Diagnostics;

namespace Bosun.Testing;

/// <summary>
/// The real tools bosun is compared with, installed by scripts/install-oracles.sh into
/// <c>$BOSUN_ORACLE_DIR/bin</c> (default <c>~/.cache/bosun/oracles/bin</c>), with the developer cache
/// <c>/root/.cache/bosun/dev</c> as a fallback.
/// </summary>
public static class Oracles
{
    /// <summary>The xunit trait category of tests that run an oracle.</summary>
    public const string Category = "Oracle";

    /// <summary>Full path of helm v4, or null when it is not installed.</summary>
    public static string? Helm4 => Find("helm4");

    /// <summary>Full path of helm v3, or null when it is not installed.</summary>
    public static string? Helm3 => Find("helm3");

    /// <summary>Looks for a tool in the oracle directory, then the developer cache.</summary>
    public static string? Find(string tool)
    {
        string oracleDir = Environment.GetEnvironmentVariable("BOSUN_ORACLE_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "bosun", "oracles");
        foreach (string candidate in new[]
        {
            Path.Combine(oracleDir, "bin", tool),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "bosun", "dev", tool),
            Path.Combine("/root/.cache/bosun/dev", tool),
        })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs a tool and returns its exit code, stdout and stderr; hermetic HOME-like dirs for helm.</summary>
    public static ProcessResult Run(string executable, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        string scratch = Path.Combine(Path.GetTempPath(), "bosun-oracle-home");
        start.Environment["HELM_CACHE_HOME"] = Path.Combine(scratch, "cache");
        start.Environment["HELM_CONFIG_HOME"] = Path.Combine(scratch, "config");
        start.Environment["HELM_DATA_HOME"] = Path.Combine(scratch, "data");
        start.Environment["KUBECONFIG"] = Path.Combine(scratch, "no-kubeconfig");
        start.Environment.Remove("HELM_NAMESPACE");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + executable);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
