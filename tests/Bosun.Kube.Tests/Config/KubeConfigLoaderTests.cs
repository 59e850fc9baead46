using Bosun.Core.Diagnostics;
using Bosun.Kube.Config;
using Bosun.Testing;

namespace Bosun.Kube.Tests.Config;

public class KubeConfigLoaderTests
{
    private const string First = """
        current-context: one
        clusters:
        - name: shared
          cluster: {server: https://first:6443}
        users:
        - name: u
          user: {token: first-token}
        contexts:
        - name: one
          context: {cluster: shared, user: u, namespace: first-ns}
        """;

    private const string Second = """
        current-context: two
        clusters:
        - name: shared
          cluster: {server: https://second:6443, insecure-skip-tls-verify: true}
        - name: only-second
          cluster: {server: http://second-only:8080}
        users:
        - name: u
          user: {token: second-token}
        contexts:
        - name: two
          context: {cluster: only-second, user: u}
        """;

    [Fact]
    public void Load_KubeconfigList_FirstFileWinsForNamesAndCurrentContext()
    {
        using var dir = new TempDirectory();
        string a = dir.Write("a/config", First);
        string b = dir.Write("b/config", Second);
        var loader = new KubeConfigLoader(Env(("KUBECONFIG", $"{a}:{Path.Combine(dir.Path, "missing")}:{b}:{a}")));

        var config = loader.Load();

        Assert.Equal("one", config.CurrentContext);
        Assert.Equal("https://first:6443", config.Clusters["shared"].Server);
        Assert.False(config.Clusters["shared"].InsecureSkipTlsVerify);
        Assert.Equal("http://second-only:8080", config.Clusters["only-second"].Server);
        Assert.Equal("first-token", config.Users["u"].Token);
        Assert.Equal(["one", "two"], config.Contexts.Keys.Order());
        Assert.Equal([a, b], config.Files);
        Assert.Equal(b, config.Clusters["only-second"].Origin);
    }

    [Fact]
    public void Load_SecondFileSetsCurrentContextWhenFirstDoesNot()
    {
        using var dir = new TempDirectory();
        string a = dir.Write("a", First.Replace("current-context: one\n", string.Empty, StringComparison.Ordinal));
        string b = dir.Write("b", Second);

        var connection = new KubeConfigLoader(Env(("KUBECONFIG", $"{a}:{b}"))).Resolve();

        Assert.Equal("two", connection.ContextName);
        Assert.Equal(new Uri("http://second-only:8080"), connection.Server);
        Assert.Equal("first-token", connection.BearerToken);
        Assert.Equal("default", connection.Namespace);
    }

    [Fact]
    public void Load_NoKubeconfigVariable_UsesHomeKubeConfig()
    {
        using var dir = new TempDirectory();
        dir.Write(".kube/config", First);

        var connection = new KubeConfigLoader(Env(("HOME", dir.Path))).Resolve();

        Assert.Equal("one", connection.ContextName);
        Assert.Equal("first-ns", connection.Namespace);
        Assert.Equal(new Uri("https://first:6443"), connection.Server);
    }

    [Fact]
    public void Load_ExplicitPathMissing_IsAnError()
    {
        var e = Assert.Throws<BosunException>(() => new KubeConfigLoader(Env()).Load("/nope/config"));

        Assert.Equal("error BOSUN5001: kubeconfig file not found: /nope/config", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public void Load_ExplicitPath_IgnoresKubeconfigVariable()
    {
        using var dir = new TempDirectory();
        string a = dir.Write("a", First);
        string b = dir.Write("b", Second);

        var config = new KubeConfigLoader(Env(("KUBECONFIG", a))).Load(b);

        Assert.Equal("two", config.CurrentContext);
        Assert.Equal([b], config.Files);
    }

    [Fact]
    public void Resolve_NothingAnywhere_ReportsWhereItLooked()
    {
        using var dir = new TempDirectory();

        var e = Assert.Throws<BosunException>(() => new KubeConfigLoader(Env(("HOME", dir.Path))).Resolve());

        Assert.Equal(
            $"error BOSUN5003: invalid configuration: no configuration has been provided (looked for {Path.Combine(dir.Path, ".kube", "config")})",
            e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public void Resolve_NoKubeconfigInsidePod_UsesServiceAccount()
    {
        using var dir = new TempDirectory();
        dir.Write("sa/token", "pod-token\n");
        dir.Write("sa/ca.crt", "CA");
        dir.Write("sa/namespace", "team-a");
        var loader = new KubeConfigLoader(Env(("HOME", dir.Path), ("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("KUBERNETES_SERVICE_PORT", "443")))
        {
            ServiceAccountRoot = Path.Combine(dir.Path, "sa"),
        };

        var connection = loader.Resolve();

        Assert.Equal(new Uri("https://10.96.0.1:443"), connection.Server);
        Assert.Equal("team-a", connection.Namespace);
        Assert.Equal(Path.Combine(dir.Path, "sa", "token"), connection.BearerTokenFile);
        Assert.Equal("CA"u8.ToArray(), connection.CaPem);
        Assert.Equal("in-cluster", connection.Source);
    }

    [Fact]
    public void InCluster_Ipv6HostAndMissingNamespaceFile_DefaultNamespace()
    {
        using var dir = new TempDirectory();
        dir.Write("token", "t");

        var connection = InClusterConfig.Load(Env(("KUBERNETES_SERVICE_HOST", "fd00::1"), ("KUBERNETES_SERVICE_PORT", "6443")), dir.Path);

        Assert.Equal("https://[fd00::1]:6443/", connection.Server.ToString());
        Assert.Equal("default", connection.Namespace);
        Assert.Null(connection.CaPem);
    }

    [Fact]
    public void InCluster_NoEnvironment_IsClientGoError()
    {
        var e = Assert.Throws<BosunException>(() => InClusterConfig.Load(Env(), "/nonexistent"));

        Assert.Equal("error BOSUN5008: unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public void InCluster_NoToken_ReportsTokenFile()
    {
        using var dir = new TempDirectory();

        var e = Assert.Throws<BosunException>(() => InClusterConfig.Load(Env(("KUBERNETES_SERVICE_HOST", "h"), ("KUBERNETES_SERVICE_PORT", "1")), dir.Path));

        Assert.Equal($"error BOSUN5006: unable to read tokenFile {Path.Combine(dir.Path, "token")} for in-cluster: no such file or directory", e.Diagnostic.FormatHeadline());
    }

    internal static Func<string, string?> Env(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;
}
