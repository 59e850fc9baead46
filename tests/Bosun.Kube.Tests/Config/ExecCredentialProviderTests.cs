using System.Text;
using System.Text.Json.Nodes;
using Bosun.Core.Diagnostics;
using Bosun.Kube.Config;
using Bosun.Testing;

namespace Bosun.Kube.Tests.Config;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ExecCredentialProviderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A plugin that records each run and its KUBERNETES_EXEC_INFO and prints <paramref name="output"/>.</summary>
    private string Plugin(string output, int exitCode = 0, string stderr = "")
    {
        string script = _dir.Write("plugin.sh", $$"""
            #!/bin/sh
            echo run >> "{{_dir.Path}}/runs"
            printf '%s' "$KUBERNETES_EXEC_INFO" > "{{_dir.Path}}/info"
            printf '%s' "$1 $MODE" > "{{_dir.Path}}/argsenv"
            printf '%s' '{{stderr}}' >&2
            cat <<'JSON'
            {{output}}
            JSON
            exit {{exitCode}}
            """);
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    private int Runs => File.Exists(Path.Combine(_dir.Path, "runs")) ? File.ReadAllLines(Path.Combine(_dir.Path, "runs")).Length : 0;

    private static ExecConfig Config(string command, string apiVersion = "client.authentication.k8s.io/v1") => new(command)
    {
        ApiVersion = apiVersion,
        Args = ["--flag"],
        Env = [new("MODE", "fast")],
        InteractiveMode = "Never",
    };

    [Fact]
    public async Task GetAsync_Token_CachedUntilExpiration()
    {
        var time = new ManualTimeProvider();
        string plugin = Plugin("""{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"tok-1","expirationTimestamp":"2026-11-22T08:10:00Z"}}""");
        var provider = new ExecCredentialProvider(Config(plugin), "alice", time: time);

        var first = await provider.GetAsync(CancellationToken.None);
        var second = await provider.GetAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(11));
        var third = await provider.GetAsync(CancellationToken.None);

        Assert.Equal("tok-1", first.Token);
        Assert.Same(first, second);
        Assert.NotSame(first, third);
        Assert.Equal(2, Runs);
        Assert.Equal(DateTimeOffset.Parse("2026-11-22T08:10:00Z", System.Globalization.CultureInfo.InvariantCulture), first.Expiration);
        Assert.Equal("--flag fast", await File.ReadAllTextAsync(Path.Combine(_dir.Path, "argsenv")));
        Assert.Equal(
            """{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}""",
            await File.ReadAllTextAsync(Path.Combine(_dir.Path, "info")));
        Assert.DoesNotContain("tok-1", first.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_NoExpiration_RunsOnceAndInvalidateRunsAgain()
    {
        string plugin = Plugin("""{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"t"}}""");
        var provider = new ExecCredentialProvider(Config(plugin, "client.authentication.k8s.io/v1beta1"), "alice");

        var first = await provider.GetAsync(CancellationToken.None);
        await provider.GetAsync(CancellationToken.None);
        provider.Invalidate(first);
        await provider.GetAsync(CancellationToken.None);

        Assert.Equal(2, Runs);
    }

    [Fact]
    public async Task GetAsync_ProvideClusterInfo_PassesClusterInExecInfo()
    {
        string plugin = Plugin("""{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t"}}""");
        var cluster = new KubeConnection(new Uri("https://api.example:6443")) { CaPem = "CA"u8.ToArray(), TlsServerName = "api" };
        var provider = new ExecCredentialProvider(Config(plugin) with { ProvideClusterInfo = true }, "alice", cluster);

        await provider.GetAsync(CancellationToken.None);

        var info = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_dir.Path, "info")));
        Assert.Equal("""{"server":"https://api.example:6443","tls-server-name":"api","certificate-authority-data":"Q0E="}""", info?["spec"]?["cluster"]?.ToJsonString());
    }

    [Fact]
    public async Task GetAsync_ClientCertificate_ReturnsPemPair()
    {
        string plugin = Plugin("""{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientCertificateData":"CERT","clientKeyData":"KEY"}}""");

        var credential = await new ExecCredentialProvider(Config(plugin), "alice").GetAsync(CancellationToken.None);

        Assert.Null(credential.Token);
        Assert.Equal("CERT", Encoding.UTF8.GetString(credential.ClientCertificatePem ?? []));
        Assert.Equal("KEY", Encoding.UTF8.GetString(credential.ClientKeyPem ?? []));
    }

    [Theory]
    [InlineData("""{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"t"}}""", 0, "exec plugin is configured to use API version client.authentication.k8s.io/v1, plugin returned version client.authentication.k8s.io/v1beta1")]
    [InlineData("""{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1"}""", 0, "exec plugin didn't return a status field")]
    [InlineData("""{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{}}""", 0, "exec plugin didn't return a token or cert/key pair")]
    [InlineData("""{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientKeyData":"K"}}""", 0, "exec plugin returned only certificate or key, not both")]
    [InlineData("""{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t","expirationTimestamp":"soon"}}""", 0, "decoding stdout: invalid expirationTimestamp \"soon\"")]
    [InlineData("""{"kind":"Other"}""", 0, "decoding stdout: the plugin did not print an ExecCredential")]
    public async Task GetAsync_BadOutput_ClientGoMessage(string output, int exit, string message)
    {
        var e = await Assert.ThrowsAsync<BosunException>(() => new ExecCredentialProvider(Config(Plugin(output, exit)), "alice").GetAsync(CancellationToken.None));

        Assert.Equal($"error BOSUN5007: exec plugin for user \"alice\": {message}", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task GetAsync_NotJson_ReportsDecodingError()
    {
        var e = await Assert.ThrowsAsync<BosunException>(() => new ExecCredentialProvider(Config(Plugin("not json")), "alice").GetAsync(CancellationToken.None));

        Assert.StartsWith("error BOSUN5007: exec plugin for user \"alice\": decoding stdout: ", e.Diagnostic.FormatHeadline(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_NonZeroExit_ReportsCodeAndStderr()
    {
        string plugin = Plugin("{}", exitCode: 3, stderr: "login required");

        var e = await Assert.ThrowsAsync<BosunException>(() => new ExecCredentialProvider(Config(plugin), "alice").GetAsync(CancellationToken.None));

        Assert.Equal($"error BOSUN5007: exec plugin for user \"alice\": exec: executable {plugin} failed with exit code 3: login required", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task GetAsync_MissingExecutable_ShowsInstallHint()
    {
        var config = Config("/nonexistent/kubelogin") with { InstallHint = "install kubelogin" };

        var e = await Assert.ThrowsAsync<BosunException>(() => new ExecCredentialProvider(config, "alice").GetAsync(CancellationToken.None));

        Assert.Equal("error BOSUN5007: exec plugin for user \"alice\": exec: executable /nonexistent/kubelogin not found\n\ninstall kubelogin", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task GetAsync_InteractiveAlways_IsRefused()
    {
        var e = await Assert.ThrowsAsync<BosunException>(() => new ExecCredentialProvider(Config("x") with { InteractiveMode = "Always" }, "alice").GetAsync(CancellationToken.None));

        Assert.Equal("error BOSUN5007: exec plugin for user \"alice\": exec plugin cannot support interactive mode: standard input is not a terminal", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task GetAsync_HangingPlugin_IsKilledAtTimeout()
    {
        string script = _dir.Write("hang.sh", "#!/bin/sh\nsleep 30\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var provider = new ExecCredentialProvider(Config(script), "alice") { Timeout = TimeSpan.FromMilliseconds(200) };

        var e = await Assert.ThrowsAsync<BosunException>(() => provider.GetAsync(CancellationToken.None));

        Assert.Equal($"error BOSUN5007: exec plugin for user \"alice\": exec: executable {script} did not finish within 0.2s", e.Diagnostic.FormatHeadline());
    }
}
