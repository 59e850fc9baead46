using System.Diagnostics;
using Bosun.Kube.Emulator;
using Bosun.Kube.Emulator.Hosting;
using Bosun.Testing;

namespace Bosun.Kube.Emulator.Tests.Conformance;

/// <summary>
/// A fresh emulator on a loopback port plus a hermetic client environment (temp HOME, kubeconfig, kubectl
/// cache dir, helm dirs) for running the real kubectl and helm against it. Every process run is bounded.
/// </summary>
internal sealed class RealCluster : IAsyncDisposable
{
    private readonly TempDirectory _home = new();

    private RealCluster(EmuServer server)
    {
        Server = server;
        KubeconfigPath = Path.Combine(_home.Path, "kubeconfig");
        server.WriteKubeconfig(KubeconfigPath);
    }

    public EmuServer Server { get; }

    public KubeEmulator Emulator => Server.Emulator;

    public string KubeconfigPath { get; }

    public string Home => _home.Path;

    public static async Task<RealCluster> StartAsync(EmulatorOptions? options = null) =>
        new(await EmuServer.StartNewAsync(options).ConfigureAwait(false));

    /// <summary>Writes a file under the temp HOME and returns its path.</summary>
    public string File(string name, string contents) => _home.Write(name, contents);

    public Task<ProcessResult> KubectlAsync(params string[] args) =>
        RunAsync(Oracles.Find("kubectl") ?? throw new InvalidOperationException("kubectl not installed"),
            ["--kubeconfig", KubeconfigPath, "--cache-dir", Path.Combine(Home, "kube-cache"), .. args]);

    public Task<ProcessResult> HelmAsync(params string[] args) =>
        RunAsync(Oracles.Helm4 ?? throw new InvalidOperationException("helm4 not installed"),
            ["--kubeconfig", KubeconfigPath, .. args]);

    private async Task<ProcessResult> RunAsync(string exe, string[] args, int timeoutSeconds = 60)
    {
        var start = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Home,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["HOME"] = Home;
        start.Environment["KUBECONFIG"] = KubeconfigPath;
        start.Environment["HELM_CACHE_HOME"] = Path.Combine(Home, "helm-cache");
        start.Environment["HELM_CONFIG_HOME"] = Path.Combine(Home, "helm-config");
        start.Environment["HELM_DATA_HOME"] = Path.Combine(Home, "helm-data");
        start.Environment.Remove("HELM_NAMESPACE");
        start.Environment.Remove("HELM_DRIVER");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + exe);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(exe)} {string.Join(' ', args)} did not finish in {timeoutSeconds}s");
        }

        return new ProcessResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync().ConfigureAwait(false);
        _home.Dispose();
    }
}
