using Bosun.Kube.Emulator.Hosting;
using Bosun.Kube.Emulator.Tests.Support;

namespace Bosun.Kube.Emulator.Tests.Discovery;

/// <summary>Aggregated and legacy discovery, OpenAPI v3 stub, version, kubeconfig.</summary>
public sealed class DiscoveryTests
{
    private const string AggregatedAccept =
        "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";

    [Fact]
    public async Task Apis_AggregatedAccept_AggregatedContentTypeAndDeploymentEntry()
    {
        using var c = new InProcessCluster();
        var r = await c.GetAsync("/apis", AggregatedAccept);
        Assert.Equal("application/json; g=apidiscovery.k8s.io; v=v2; as=APIGroupDiscoveryList", r.Message.Content.Headers.ContentType!.ToString());
        var apps = r.Json["items"]!.AsArray().First(i => i!["metadata"]!["name"]!.GetValue<string>() == "apps")!;
        var deployments = apps["versions"]![0]!["resources"]!.AsArray().First(x => x!["resource"]!.GetValue<string>() == "deployments")!;
        Assert.Equal("""{"resource":"deployments","responseKind":{"group":"apps","version":"v1","kind":"Deployment"},"scope":"Namespaced","singularResource":"deployment","verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"shortNames":["deploy"],"categories":["all"],"subresources":[{"subresource":"status","responseKind":{"group":"apps","version":"v1","kind":"Deployment"},"verbs":["get","patch","update"]},{"subresource":"scale","responseKind":{"group":"autoscaling","version":"v1","kind":"Scale"},"verbs":["get","patch","update"]}]}""",
            deployments.ToJsonString());
    }

    [Fact]
    public async Task Api_PlainAccept_LegacyApiVersions()
    {
        using var c = new InProcessCluster();
        c.Emulator.ServerAddress = "127.0.0.1:6443";
        var r = await c.GetAsync("/api", "application/json");
        Assert.Equal("""{"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1:6443"}]}""", r.Body);
    }

    [Fact]
    public async Task ApisGroup_Legacy_ApiGroup()
    {
        using var c = new InProcessCluster();
        var r = await c.GetAsync("/apis/apps");
        Assert.Equal("""{"kind":"APIGroup","apiVersion":"v1","name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"apps/v1","version":"v1"}}""", r.Body);
    }

    [Fact]
    public async Task OpenApiV3_RootAndDocument_HaveFieldValidationPatch()
    {
        using var c = new InProcessCluster();
        var root = await c.GetAsync("/openapi/v3");
        string url = root.Json["paths"]!["apis/apps/v1"]!["serverRelativeURL"]!.GetValue<string>();
        Assert.StartsWith("/openapi/v3/apis/apps/v1?hash=", url, StringComparison.Ordinal);
        var doc = await c.GetAsync(url);
        var patch = doc.Json["paths"]!["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"]!["patch"]!;
        Assert.Equal("""{"group":"apps","version":"v1","kind":"Deployment"}""", patch["x-kubernetes-group-version-kind"]!.ToJsonString());
        Assert.Contains(patch["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "fieldValidation");
        Assert.Equal(404, (await c.GetAsync("/openapi/v2")).Status);
    }

    [Fact]
    public async Task Version_Document()
    {
        using var c = new InProcessCluster();
        var r = await c.GetAsync("/version");
        Assert.Equal("""{"major":"1","minor":"34","emulationMajor":"1","emulationMinor":"34","minCompatibilityMajor":"1","minCompatibilityMinor":"33","gitVersion":"v1.34.0-emu","gitCommit":"0000000000000000000000000000000000000000","gitTreeState":"clean","buildDate":"2025-01-01T00:00:00Z","goVersion":"go1.24.0","compiler":"gc","platform":"linux/amd64"}""", r.Body);
    }

    [Fact]
    public void Kubeconfig_Render_ContextBosunSim()
    {
        Assert.Equal("""
            apiVersion: v1
            kind: Config
            clusters:
            - name: bosun-sim
              cluster:
                server: http://127.0.0.1:1234
            users:
            - name: bosun-sim
              user:
                token: bosun-sim
            contexts:
            - name: bosun-sim
              context:
                cluster: bosun-sim
                user: bosun-sim
                namespace: default
            current-context: bosun-sim
            preferences: {}

            """, Kubeconfig.Render("http://127.0.0.1:1234"));
    }

    [Fact]
    public async Task EmuServer_Loopback_ServesVersion()
    {
        await using var server = await EmuServer.StartNewAsync();
        Assert.StartsWith("http://127.0.0.1:", server.BaseUrl, StringComparison.Ordinal);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        string body = await client.GetStringAsync(server.BaseUrl + "/version");
        Assert.Contains("\"gitVersion\":\"v1.34.0-emu\"", body, StringComparison.Ordinal);
    }
}
