using System.Net;
using Bosun.Kube.Config;
using Bosun.Kube.Http;
using Bosun.Testing;

namespace Bosun.Kube.Tests.Http;

public class AuthHandlerTests
{
    private static async Task<string?> AuthorizationSent(KubeConnection connection, TimeProvider? time = null)
    {
        var script = new ScriptedHandler().Respond(HttpStatusCode.OK);
        var invoker = new HttpMessageInvoker(new AuthHandler(connection, null, time ?? TimeProvider.System) { InnerHandler = script });
        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://k/"), CancellationToken.None);
        return script.Requests.Single().Authorization;
    }

    [Fact]
    public async Task BearerToken_IsSent() =>
        Assert.Equal("Bearer abc", await AuthorizationSent(new KubeConnection(new Uri("http://k")) { BearerToken = "abc" }));

    [Fact]
    public async Task BasicAuth_IsSent() =>
        Assert.Equal("Basic YWRtaW46cHc=", await AuthorizationSent(new KubeConnection(new Uri("http://k")) { Username = "admin", Password = "pw" }));

    [Fact]
    public async Task NoCredentials_NoHeader() =>
        Assert.Null(await AuthorizationSent(new KubeConnection(new Uri("http://k"))));

    [Fact]
    public async Task TokenFile_IsReReadAfterAMinute()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("token", "one\n");
        var time = new ManualTimeProvider();
        var connection = new KubeConnection(new Uri("http://k")) { BearerToken = "one", BearerTokenFile = file };
        var script = new ScriptedHandler().Respond(HttpStatusCode.OK);
        var invoker = new HttpMessageInvoker(new AuthHandler(connection, null, time) { InnerHandler = script });

        (await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://k/"), CancellationToken.None)).Dispose();
        File.WriteAllText(file, "two");
        (await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://k/"), CancellationToken.None)).Dispose();
        time.Advance(TimeSpan.FromMinutes(1));
        (await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://k/"), CancellationToken.None)).Dispose();

        Assert.Equal(["Bearer one", "Bearer one", "Bearer two"], script.Requests.Select(r => r.Authorization));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task ExecToken_On401_RefreshesAndRetriesOnce()
    {
        using var dir = new TempDirectory();
        string counter = Path.Combine(dir.Path, "n");
        string plugin = dir.Write("plugin.sh", $$$"""
            #!/bin/sh
            echo x >> {{{counter}}}
            n=$(wc -l < {{{counter}}} | tr -d ' ')
            echo '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"token-'$n'"}}'
            """);
        File.SetUnixFileMode(plugin, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        var exec = new ExecCredentialProvider(new ExecConfig(plugin) { ApiVersion = "client.authentication.k8s.io/v1", InteractiveMode = "Never" }, "u");
        var script = new ScriptedHandler().Respond(HttpStatusCode.Unauthorized).Respond(HttpStatusCode.OK);
        var invoker = new HttpMessageInvoker(new AuthHandler(new KubeConnection(new Uri("http://k")), exec, TimeProvider.System) { InnerHandler = script });

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://k/"), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], script.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Pipeline_SendsUserAgentAndAuth_ThroughFactory()
    {
        var script = new ScriptedHandler().Respond(HttpStatusCode.OK, "{}");
        var connection = new KubeConnection(new Uri("https://k:6443/prefix/")) { BearerToken = "t" };
        using var client = KubeHttpClientFactory.CreateClient(connection, new KubeHttpOptions(), script);

        using var response = await client.GetAsync(new Uri("api", UriKind.Relative));

        Assert.Equal("https://k:6443/prefix/api", script.Requests.Single().Uri);
        Assert.Equal("Bearer t", script.Requests.Single().Authorization);
    }

    [Fact]
    public async Task TokenFile_Missing_NamesTheFile()
    {
        var connection = new KubeConnection(new Uri("http://k")) { BearerTokenFile = "/nonexistent/token", AuthInfoName = "bot" };
        var invoker = new HttpMessageInvoker(new AuthHandler(connection, null, TimeProvider.System) { InnerHandler = new ScriptedHandler().Respond(HttpStatusCode.OK) });

        var e = await Assert.ThrowsAsync<Bosun.Core.Diagnostics.BosunException>(() => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://k/"), CancellationToken.None));

        Assert.Equal("error BOSUN5006: unable to read tokenFile /nonexistent/token for bot: no such file or directory", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public void FromKubeconfig_UsesTheContextNamespace()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("config", "current-context: c\nclusters: [{name: k, cluster: {server: 'https://k:6443'}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: c, context: {cluster: k, user: u, namespace: team}}]\n");

        using var client = Bosun.Kube.Rest.KubeClient.FromKubeconfig(path);

        Assert.Equal("team", client.DefaultNamespace);
    }
}
