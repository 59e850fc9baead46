using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Kube.Config;
using Bosun.Kube.Http;
using Bosun.Kube.Rest;

namespace Bosun.Kube.Tests.Http;

public class TlsTransportTests
{
    private static readonly TlsTestServer.Pki s_pki = TlsTestServer.Pki.Create();

    private static async Task<string?> GitVersion(KubeConnection connection)
    {
        using var client = KubeClient.Create(connection, new KubeHttpOptions { MaxRetries = 0, Timeout = TimeSpan.FromSeconds(20) });
        return KubeJson.GetString(await client.GetVersionAsync(CancellationToken.None), "gitVersion");
    }

    [Fact]
    public async Task ClusterCa_TrustsTheServer()
    {
        await using var server = new TlsTestServer(s_pki.Issue("apiserver", ["localhost"], withLoopbackIp: true).Certificate);

        Assert.Equal("v1.34.0-tls", await GitVersion(new KubeConnection(server.Url) { CaPem = Encoding.ASCII.GetBytes(s_pki.CaPem) }));
    }

    [Fact]
    public async Task OtherCa_IsTlsFailure()
    {
        var other = TlsTestServer.Pki.Create("other-ca");
        await using var server = new TlsTestServer(s_pki.Issue("apiserver", [], withLoopbackIp: true).Certificate);

        var e = await Assert.ThrowsAsync<BosunException>(() => GitVersion(new KubeConnection(server.Url) { CaPem = Encoding.ASCII.GetBytes(other.CaPem) }));

        Assert.StartsWith($"error BOSUN5052: TLS handshake with 127.0.0.1:{server.Url.Port} failed: ", e.Diagnostic.FormatHeadline(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TlsServerName_VerifiesAgainstThatName()
    {
        await using var server = new TlsTestServer(s_pki.Issue("apiserver", ["api.internal"], withLoopbackIp: false).Certificate);
        var connection = new KubeConnection(server.Url) { CaPem = Encoding.ASCII.GetBytes(s_pki.CaPem) };

        Assert.Equal("v1.34.0-tls", await GitVersion(connection with { TlsServerName = "api.internal" }));
        Assert.Equal("api.internal", server.ServerNameIndication);
        var e = await Assert.ThrowsAsync<BosunException>(() => GitVersion(connection));
        Assert.Equal("BOSUN5052", e.Diagnostic.Code);
        var wrongName = await Assert.ThrowsAsync<BosunException>(() => GitVersion(connection with { TlsServerName = "other.internal" }));
        Assert.Equal("BOSUN5052", wrongName.Diagnostic.Code);
    }

    [Fact]
    public async Task InsecureSkipTlsVerify_AcceptsAnyCertificate()
    {
        var other = TlsTestServer.Pki.Create("unknown");
        await using var server = new TlsTestServer(other.Issue("x", ["nowhere"], withLoopbackIp: false).Certificate);

        Assert.Equal("v1.34.0-tls", await GitVersion(new KubeConnection(server.Url) { InsecureSkipTlsVerify = true }));
    }

    [Fact]
    public async Task ClientCertificateFromKubeconfigData_IsPresented()
    {
        await using var server = new TlsTestServer(s_pki.Issue("apiserver", [], withLoopbackIp: true).Certificate, requireClientCertificate: true);
        var (_, certPem, keyPem) = s_pki.Issue("system:admin", [], withLoopbackIp: false, client: true);
        string B64(string s) => Convert.ToBase64String(Encoding.ASCII.GetBytes(s));
        string kubeconfig = $"""
            current-context: tls
            clusters:
            - name: c
              cluster:
                server: {server.Url}
                certificate-authority-data: {B64(s_pki.CaPem)}
            users:
            - name: admin
              user:
                client-certificate-data: {B64(certPem)}
                client-key-data: {B64(keyPem)}
            contexts:
            - name: tls
              context:
                cluster: c
                user: admin
            """;
        var connection = KubeConnectionResolver.Resolve(KubeConfigParser.Parse(new SourceFile("kubeconfig", kubeconfig), "/"));

        Assert.Equal("v1.34.0-tls", await GitVersion(connection));
        Assert.Equal("CN=system:admin", server.ClientSubject);
    }

    [Fact]
    public void InvalidCaPem_IsInvalidCertificate()
    {
        var e = Assert.Throws<BosunException>(() => KubeHttpClientFactory.CreateTransport(new KubeConnection(new Uri("https://k")) { CaPem = "garbage"u8.ToArray(), ClusterName = "c" }));

        Assert.Equal("error BOSUN5009: invalid certificate-authority for c: no PEM certificate found", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public void InvalidClientKey_NeverShowsTheKey()
    {
        var (_, certPem, _) = s_pki.Issue("u", [], withLoopbackIp: false, client: true);
        var connection = new KubeConnection(new Uri("https://k"))
        {
            ClientCertificatePem = Encoding.ASCII.GetBytes(certPem),
            ClientKeyPem = Encoding.ASCII.GetBytes("-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWtleS1tYXRlcmlhbA==\n-----END PRIVATE KEY-----\n"),
            AuthInfoName = "admin",
        };

        var e = Assert.Throws<BosunException>(() => KubeHttpClientFactory.CreateTransport(connection));

        Assert.Equal("error BOSUN5009: invalid client certificate/key for admin: not a valid PEM certificate and private key pair", e.Diagnostic.FormatHeadline());
    }
}
