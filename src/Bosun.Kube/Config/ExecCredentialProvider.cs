using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Config;

/// <summary>
/// Runs an exec credential plugin (client-go <c>plugin/pkg/client/auth/exec</c>) and caches its credential until
/// <c>status.expirationTimestamp</c>. The plugin gets the configured args and env plus <c>KUBERNETES_EXEC_INFO</c>
/// (an ExecCredential with <c>spec.interactive: false</c>, and <c>spec.cluster</c> when provideClusterInfo is set);
/// Bosun never connects the plugin to a terminal.
/// </summary>
public sealed class ExecCredentialProvider
{
    private static readonly HashSet<string> s_apiVersions = new(StringComparer.Ordinal)
    {
        "client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1",
    };

    private readonly ExecConfig _config;
    private readonly string _user;
    private readonly KubeConnection? _cluster;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private ExecCredential? _cached;

    public ExecCredentialProvider(ExecConfig config, string user, KubeConnection? cluster = null, TimeProvider? time = null)
    {
        _config = config;
        _user = user;
        _cluster = cluster;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>How long the plugin may run before it is killed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How many times the plugin has run (tests check caching).</summary>
    public int Runs { get; private set; }

    /// <summary>The cached credential, or a fresh one when there is none or it expired.</summary>
    public async Task<ExecCredential> GetAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } cached && (cached.Expiration is null || _time.GetUtcNow() <= cached.Expiration))
            {
                return cached;
            }

            _cached = await RunAsync(cancellationToken).ConfigureAwait(false);
            return _cached;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Drops <paramref name="used"/> after a 401 so the next request runs the plugin again (unless it already rotated).</summary>
    public void Invalidate(ExecCredential used)
    {
        if (ReferenceEquals(Volatile.Read(ref _cached), used))
        {
            Interlocked.CompareExchange(ref _cached, null, used);
        }
    }

    private async Task<ExecCredential> RunAsync(CancellationToken cancellationToken)
    {
        if (!s_apiVersions.Contains(_config.ApiVersion))
        {
            throw Fail($"invalid apiVersion \"{_config.ApiVersion}\"");
        }

        if (_config.InteractiveMode == "Always")
        {
            throw Fail("exec plugin cannot support interactive mode: standard input is not a terminal");
        }

        var start = new ProcessStartInfo(_config.Command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string arg in _config.Args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in _config.Env)
        {
            start.Environment[name] = value;
        }

        start.Environment["KUBERNETES_EXEC_INFO"] = ExecInfo();
        Process process;
        try
        {
            process = Process.Start(start) ?? throw Fail($"exec: executable {_config.Command} not found");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            string hint = _config.InstallHint is { Length: > 0 } h ? "\n\n" + h : string.Empty;
            throw Fail($"exec: executable {_config.Command} not found{hint}");
        }

        Runs++;
        using (process)
        {
            process.StandardInput.Close();
            var stdoutTask = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderrTask = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw Fail($"exec: executable {_config.Command} did not finish within {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s");
            }

            string stdout = await stdoutTask.ConfigureAwait(false);
            string stderr = await stderrTask.ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                string detail = stderr.Trim() is { Length: > 0 } e ? ": " + (e.Length > 300 ? e[..300] + "…" : e) : string.Empty;
                throw Fail($"exec: executable {_config.Command} failed with exit code {process.ExitCode}{detail}");
            }

            return Parse(stdout);
        }
    }

    private ExecCredential Parse(string stdout)
    {
        JsonObject? obj;
        try
        {
            obj = JsonNode.Parse(stdout) as JsonObject;
        }
        catch (JsonException e)
        {
            throw Fail("decoding stdout: " + e.Message);
        }

        if (obj is null || KubeJson.GetString(obj, "kind") != "ExecCredential")
        {
            throw Fail("decoding stdout: the plugin did not print an ExecCredential");
        }

        string returned = KubeJson.GetString(obj, "apiVersion") ?? string.Empty;
        if (returned != _config.ApiVersion)
        {
            throw Fail($"exec plugin is configured to use API version {_config.ApiVersion}, plugin returned version {returned}");
        }

        if (obj["status"] is not JsonObject)
        {
            throw Fail("exec plugin didn't return a status field");
        }

        string? token = KubeJson.GetString(obj, "status.token") is { Length: > 0 } t ? t : null;
        string? cert = KubeJson.GetString(obj, "status.clientCertificateData") is { Length: > 0 } c ? c : null;
        string? key = KubeJson.GetString(obj, "status.clientKeyData") is { Length: > 0 } k ? k : null;
        if (token is null && cert is null && key is null)
        {
            throw Fail("exec plugin didn't return a token or cert/key pair");
        }

        if ((cert is null) != (key is null))
        {
            throw Fail("exec plugin returned only certificate or key, not both");
        }

        DateTimeOffset? expiration = null;
        if (KubeJson.GetString(obj, "status.expirationTimestamp") is { Length: > 0 } exp)
        {
            if (!DateTimeOffset.TryParse(exp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                throw Fail($"decoding stdout: invalid expirationTimestamp \"{exp}\"");
            }

            expiration = parsed;
        }

        return new ExecCredential(
            token,
            cert is null ? null : Encoding.UTF8.GetBytes(cert),
            key is null ? null : Encoding.UTF8.GetBytes(key),
            expiration);
    }

    private string ExecInfo()
    {
        var spec = new JsonObject { ["interactive"] = false };
        if (_config.ProvideClusterInfo && _cluster is { } c)
        {
            var cluster = new JsonObject { ["server"] = c.Server.ToString().TrimEnd('/') };
            if (c.TlsServerName is { } sni)
            {
                cluster["tls-server-name"] = sni;
            }

            if (c.InsecureSkipTlsVerify)
            {
                cluster["insecure-skip-tls-verify"] = true;
            }

            if (c.CaPem is { } ca)
            {
                cluster["certificate-authority-data"] = Convert.ToBase64String(ca);
            }

            if (c.ProxyUrl is { } proxy)
            {
                cluster["proxy-url"] = proxy.ToString();
            }

            spec["cluster"] = cluster;
        }

        return new JsonObject { ["kind"] = "ExecCredential", ["apiVersion"] = _config.ApiVersion, ["spec"] = spec }.ToJsonString();
    }

    private Core.Diagnostics.BosunException Fail(string message) => KubeErrors.ExecPluginFailed.Create(_user, message).ToException();
}
