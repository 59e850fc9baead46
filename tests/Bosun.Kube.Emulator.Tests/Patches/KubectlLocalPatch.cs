using System.Diagnostics;
using Bosun.Testing;

namespace Bosun.Kube.Emulator.Tests.Patches;

/// <summary>
/// Runs <c>kubectl patch --local -f FILE --type T -p PATCH -o json</c>: kubectl applies JSON, merge and strategic
/// merge patches with the same apimachinery and evanphx code as kube-apiserver, so it is an oracle for PatchApplier.
/// Hermetic (temp HOME, no kubeconfig) and bounded by a timeout.
/// </summary>
internal static class KubectlLocalPatch
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string objectJson, string type, string patch)
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "object.json");
        File.WriteAllText(file, objectJson);
        var start = new ProcessStartInfo(Oracles.Find("kubectl") ?? throw new InvalidOperationException("kubectl not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dir.Path,
        };
        foreach (var a in new[] { "patch", "--local", "-f", file, "--type", type, "-p", patch, "-o", "json" })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["HOME"] = dir.Path;
        start.Environment["KUBECONFIG"] = Path.Combine(dir.Path, "none");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start kubectl");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("kubectl patch --local did not finish in 60s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
