using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Kube.Config;
using Bosun.Testing;

namespace Bosun.Kube.Tests.Config;

public class KubeConnectionResolverTests
{
    private static KubeConfig Parse(string yaml, string dir = "/cfg") => KubeConfigParser.Parse(new SourceFile(dir + "/config", yaml), dir);

    private static string Resolve_Error(string yaml, KubeConfigOverrides? overrides = null) =>
        Assert.Throws<BosunException>(() => KubeConnectionResolver.Resolve(Parse(yaml), overrides)).Diagnostic.FormatHeadline();

    private const string Base = """
        current-context: c
        clusters:
        - name: k
          cluster: {server: 'https://k:6443'}
        users:
        - name: u
          user: {token: abc}
        contexts:
        - name: c
          context: {cluster: k, user: u, namespace: ns1}
        - name: other
          context: {cluster: k, user: u}
        """;

    [Fact]
    public void Resolve_Overrides_PickContextAndNamespace()
    {
        var connection = KubeConnectionResolver.Resolve(Parse(Base), new KubeConfigOverrides { Context = "other", Namespace = "team" });

        Assert.Equal("other", connection.ContextName);
        Assert.Equal("team", connection.Namespace);
        Assert.Equal("abc", connection.BearerToken);
        Assert.Equal("k", connection.ClusterName);
        Assert.Equal("u", connection.AuthInfoName);
    }

    [Fact]
    public void Resolve_ServerWithoutScheme_DefaultsToHttpsOnlyWithTls()
    {
        string yaml = Base.Replace("'https://k:6443'", "'k:6443'", StringComparison.Ordinal);
        Assert.Equal(new Uri("http://k:6443"), KubeConnectionResolver.Resolve(Parse(yaml)).Server);

        string insecure = Base.Replace("{server: 'https://k:6443'}", "{server: 'k:6443', insecure-skip-tls-verify: true}", StringComparison.Ordinal);
        Assert.Equal(new Uri("https://k:6443"), KubeConnectionResolver.Resolve(Parse(insecure)).Server);
    }

    [Fact]
    public void Resolve_UnknownContext_IsContextNotFound() =>
        Assert.Equal("error BOSUN5004: context was not found for specified context: nope", Resolve_Error(Base, new KubeConfigOverrides { Context = "nope" }));

    [Fact]
    public void Resolve_NoCurrentContext_SaysSo() =>
        Assert.Equal(
            "error BOSUN5005: invalid configuration: no context chosen (current-context is not set)",
            Resolve_Error(Base.Replace("current-context: c\n", string.Empty, StringComparison.Ordinal)));

    [Theory]
    [InlineData("context: {cluster: k, user: u, namespace: ns1}", "context: {cluster: missing, user: u}", "cluster \"missing\" was not found for context \"c\"")]
    [InlineData("context: {cluster: k, user: u, namespace: ns1}", "context: {cluster: k, user: ghost}", "user \"ghost\" was not found for context \"c\"")]
    [InlineData("context: {cluster: k, user: u, namespace: ns1}", "context: {cluster: k}", "user was not specified for context \"c\"")]
    [InlineData("context: {cluster: k, user: u, namespace: ns1}", "context: {cluster: k, user: u, namespace: Bad_NS}", "namespace \"Bad_NS\" for context \"c\" does not conform to the kubernetes DNS_LABEL rules")]
    [InlineData("{server: 'https://k:6443'}", "{}", "no server found for cluster \"k\"")]
    [InlineData("{server: 'https://k:6443'}", "{server: 'https://k', proxy-url: 'ftp://p'}", "invalid 'proxy-url' \"ftp://p\" for cluster \"k\": unsupported scheme or malformed URL")]
    [InlineData("{server: 'https://k:6443'}", "{server: 'https://k', insecure-skip-tls-verify: true, certificate-authority-data: Q0E=}", "specifying a root certificates file with the insecure flag is not allowed")]
    [InlineData("{server: 'https://k:6443'}", "{server: 'https://k', certificate-authority-data: Q0E=, certificate-authority: /ca}", "certificate-authority-data and certificate-authority are both specified for k. certificate-authority-data will override.")]
    [InlineData("{token: abc}", "{token: abc, username: a, password: b}", "more than one authentication method found for u; found [token basicAuth], only one is allowed")]
    [InlineData("{token: abc}", "{client-certificate-data: Q0E=}", "client-key-data or client-key must be specified for u to use the clientCert authentication method.")]
    [InlineData("{token: abc}", "{exec: {command: x, apiVersion: client.authentication.k8s.io/v1}}", "interactiveMode must be specified for u to use exec authentication plugin")]
    [InlineData("{token: abc}", "{exec: {apiVersion: client.authentication.k8s.io/v1beta1}}", "command must be specified for u to use exec authentication plugin")]
    [InlineData("{token: abc}", "{exec: {command: x}}", "apiVersion must be specified for u to use exec authentication plugin")]
    [InlineData("{token: abc}", "{exec: {command: x, apiVersion: client.authentication.k8s.io/v1beta1, interactiveMode: Sometimes}}", "invalid interactiveMode for u: \"Sometimes\"")]
    [InlineData("{token: abc}", "{auth-provider: {name: gcp}}", "auth-provider \"gcp\" for u is not supported; use an exec credential plugin")]
    public void Resolve_InvalidEntry_ClientGoMessage(string from, string to, string message) =>
        Assert.Equal($"/cfg/config: error BOSUN5005: invalid configuration: {message}", Resolve_Error(Base.Replace(from, to, StringComparison.Ordinal)));

    [Fact]
    public void Resolve_SeveralProblems_AreListedTogether() =>
        Assert.Equal(
            "/cfg/config: error BOSUN5005: invalid configuration: [user \"ghost\" was not found for context \"c\", cluster \"nope\" was not found for context \"c\"]",
            Resolve_Error(Base.Replace("context: {cluster: k, user: u, namespace: ns1}", "context: {cluster: nope, user: ghost}", StringComparison.Ordinal)));

    [Fact]
    public void Resolve_FilesAreRead_RelativeToTheKubeconfig()
    {
        using var dir = new TempDirectory();
        dir.Write("pki/ca.crt", "CA-PEM");
        dir.Write("pki/me.crt", "CERT-PEM");
        dir.Write("pki/me.key", "KEY-PEM");
        dir.Write("tok", "  file-token \n");
        string yaml = """
            current-context: c
            clusters:
            - {name: k, cluster: {server: 'https://k', certificate-authority: pki/ca.crt, tls-server-name: api.internal}}
            users:
            - {name: cert, user: {client-certificate: pki/me.crt, client-key: pki/me.key}}
            - {name: tok, user: {tokenFile: tok}}
            contexts:
            - {name: c, context: {cluster: k, user: cert}}
            - {name: t, context: {cluster: k, user: tok}}
            """;
        var config = KubeConfigParser.LoadFile(dir.Write("config", yaml));

        var cert = KubeConnectionResolver.Resolve(config);
        var tok = KubeConnectionResolver.Resolve(config, new KubeConfigOverrides { Context = "t" });

        Assert.Equal("CA-PEM", Encoding.UTF8.GetString(cert.CaPem ?? []));
        Assert.Equal("CERT-PEM", Encoding.UTF8.GetString(cert.ClientCertificatePem ?? []));
        Assert.Equal("KEY-PEM", Encoding.UTF8.GetString(cert.ClientKeyPem ?? []));
        Assert.Equal("api.internal", cert.TlsServerName);
        Assert.Equal("file-token", tok.BearerToken);
        Assert.Equal(Path.Combine(dir.Path, "tok"), tok.BearerTokenFile);
    }

    [Fact]
    public void Resolve_MissingCaFile_NamesTheFile()
    {
        var e = Assert.Throws<BosunException>(() => KubeConnectionResolver.Resolve(Parse(
            Base.Replace("{server: 'https://k:6443'}", "{server: 'https://k', certificate-authority: ca.pem}", StringComparison.Ordinal), "/nonexistent")));

        Assert.Equal("error BOSUN5006: unable to read certificate-authority /nonexistent/ca.pem for k: no such file or directory", e.Diagnostic.FormatHeadline());
    }
}
