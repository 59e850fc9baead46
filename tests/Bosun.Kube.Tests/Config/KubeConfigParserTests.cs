using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Kube.Config;
using Bosun.Testing;

namespace Bosun.Kube.Tests.Config;

public class KubeConfigParserTests
{
    private const string Full = """
        apiVersion: v1
        kind: Config
        current-context: dev
        preferences: {}
        clusters:
        - name: dev-cluster
          cluster:
            server: https://10.0.0.1:6443
            certificate-authority: certs/ca.crt
            tls-server-name: kubernetes.default
            proxy-url: http://proxy:3128
        - name: insecure
          cluster:
            server: https://127.0.0.1:1
            insecure-skip-tls-verify: true
        users:
        - name: alice
          user:
            client-certificate: alice.crt
            client-key: /abs/alice.key
        - name: bot
          user:
            tokenFile: token
        - name: plugin
          user:
            exec:
              apiVersion: client.authentication.k8s.io/v1
              command: ./bin/get-token
              args: [--cluster, dev]
              env:
              - name: MODE
                value: fast
              interactiveMode: Never
              provideClusterInfo: true
        contexts:
        - name: dev
          context:
            cluster: dev-cluster
            user: alice
            namespace: apps
        """;

    [Fact]
    public void Parse_FullFile_ReadsEveryField()
    {
        var config = KubeConfigParser.Parse(new SourceFile("/cfg/config", Full), "/cfg");

        Assert.Equal("dev", config.CurrentContext);
        var dev = config.Clusters["dev-cluster"];
        Assert.Equal("https://10.0.0.1:6443", dev.Server);
        Assert.Equal("/cfg/certs/ca.crt", dev.CertificateAuthority);
        Assert.Equal("kubernetes.default", dev.TlsServerName);
        Assert.Equal("http://proxy:3128", dev.ProxyUrl);
        Assert.Equal("/cfg/config", dev.Origin);
        Assert.True(config.Clusters["insecure"].InsecureSkipTlsVerify);
        Assert.Equal("/cfg/alice.crt", config.Users["alice"].ClientCertificate);
        Assert.Equal("/abs/alice.key", config.Users["alice"].ClientKey);
        Assert.Equal("/cfg/token", config.Users["bot"].TokenFile);
        var exec = config.Users["plugin"].Exec;
        Assert.NotNull(exec);
        Assert.Equal("/cfg/bin/get-token", exec.Command);
        Assert.Equal(["--cluster", "dev"], exec.Args);
        Assert.Equal([new KeyValuePair<string, string>("MODE", "fast")], exec.Env);
        Assert.Equal("Never", exec.InteractiveMode);
        Assert.True(exec.ProvideClusterInfo);
        Assert.Equal(new KubeContext("dev") { Cluster = "dev-cluster", User = "alice", Namespace = "apps", Origin = "/cfg/config", Location = config.Contexts["dev"].Location }, config.Contexts["dev"]);
    }

    [Fact]
    public void Parse_ExecCommandWithoutSeparator_IsNotResolved()
    {
        var config = KubeConfigParser.Parse(new SourceFile("/cfg/config", """
            users:
            - name: u
              user:
                exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: aws}
            """), "/cfg");

        Assert.Equal("aws", config.Users["u"].Exec?.Command);
    }

    [Fact]
    public void Parse_Base64Data_IsDecoded()
    {
        string ca = Convert.ToBase64String(Encoding.UTF8.GetBytes("-----BEGIN CERTIFICATE-----"));
        var config = KubeConfigParser.Parse(new SourceFile("c", $"clusters:\n- name: c\n  cluster:\n    server: https://x\n    certificate-authority-data: {ca}\n"), "/");

        Assert.Equal("-----BEGIN CERTIFICATE-----", Encoding.UTF8.GetString(config.Clusters["c"].CertificateAuthorityData ?? []));
    }

    [Fact]
    public void Parse_EmptyFile_IsEmptyConfig()
    {
        Assert.True(KubeConfigParser.Parse(new SourceFile("c", ""), "/").IsEmpty);
        Assert.True(KubeConfigParser.Parse(new SourceFile("c", "# nothing\n"), "/").IsEmpty);
    }

    [Theory]
    [InlineData("current-context: a: b\n", "/k/config:1:19: error BOSUN5002: error loading config file \"/k/config\": invalid YAML: mapping values are not allowed in this context")]
    [InlineData("clusters: hello\n", "/k/config:1:11: error BOSUN5002: error loading config file \"/k/config\": clusters: expected a list, got a string")]
    [InlineData("clusters:\n- name: a\n  cluster:\n    server: 8080\n", "/k/config:4:13: error BOSUN5002: error loading config file \"/k/config\": clusters[\"a\"].cluster.server: expected a string, got a number")]
    [InlineData("clusters:\n- name: a\n  cluster:\n    insecure-skip-tls-verify: maybe\n", "/k/config:4:31: error BOSUN5002: error loading config file \"/k/config\": clusters[\"a\"].cluster.insecure-skip-tls-verify: expected a boolean, got a string")]
    [InlineData("users:\n- name: u\n  user:\n    client-key-data: '***not base64***'\n", "/k/config:4:22: error BOSUN5002: error loading config file \"/k/config\": users[\"u\"].user.client-key-data: illegal base64 data")]
    [InlineData("contexts:\n- name: a\n- name: a\n", "/k/config:3:3: error BOSUN5002: error loading config file \"/k/config\": duplicate name \"a\" in contexts")]
    [InlineData("- just\n- a list\n", "/k/config:1:1: error BOSUN5002: error loading config file \"/k/config\": the kubeconfig: expected a mapping, got a list")]
    [InlineData("users:\n- name: u\n  user:\n    exec:\n      args: {a: b}\n", "/k/config:5:13: error BOSUN5002: error loading config file \"/k/config\": users[\"u\"].user.exec.args: expected a list, got a mapping")]
    public void Parse_Malformed_ReportsFileLineAndColumn(string yaml, string expected)
    {
        var e = Assert.Throws<BosunException>(() => KubeConfigParser.Parse(new SourceFile("/k/config", yaml), "/k"));

        Assert.Equal(expected, e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public void Parse_SecretValueInMalformedFile_NeverAppearsInMessage()
    {
        var e = Assert.Throws<BosunException>(() => KubeConfigParser.Parse(
            new SourceFile("c", "users:\n- name: u\n  user:\n    token: [s3cr3t-token]\n"), "/"));

        Assert.DoesNotContain("s3cr3t", e.Diagnostic.FormatHeadline(), StringComparison.Ordinal);
        Assert.Equal("c:4:12: error BOSUN5002: error loading config file \"c\": users[\"u\"].user.token: expected a string, got a list", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public void LoadFile_Unreadable_ReportsFile()
    {
        using var dir = new TempDirectory();
        string folder = Path.Combine(dir.Path, "cfg");
        Directory.CreateDirectory(folder);

        var e = Assert.Throws<BosunException>(() => KubeConfigParser.LoadFile(folder));

        Assert.StartsWith($"error BOSUN5002: error loading config file \"{folder}\": ", e.Diagnostic.FormatHeadline(), StringComparison.Ordinal);
    }
}
