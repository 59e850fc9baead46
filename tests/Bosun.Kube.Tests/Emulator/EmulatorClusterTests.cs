using System.Text.Json.Nodes;
using Bosun.Core.Diagnostics;
using Bosun.Kube.Config;
using Bosun.Kube.Diagnostics;
using Bosun.Kube.Emulator;
using Bosun.Kube.Emulator.Hosting;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Health;
using Bosun.Kube.Http;
using Bosun.Kube.Rest;
using Bosun.Testing;

namespace Bosun.Kube.Tests.Emulator;

/// <summary>The client against the simulated API server in-process (EmuApi, no sockets).</summary>
public sealed class EmulatorClusterTests : IDisposable
{
    private static readonly ResourceMapping s_deployments = new("apps", "v1", "Deployment", "deployments", true);
    private static readonly ResourceMapping s_configMaps = new("", "v1", "ConfigMap", "configmaps", true);
    private static readonly ResourceMapping s_namespaces = new("", "v1", "Namespace", "namespaces", false);

    private readonly KubeEmulator _emulator;
    private readonly KubeClient _client;

    public EmulatorClusterTests()
    {
        _emulator = new KubeEmulator(new EmulatorOptions());
        _client = Client(_emulator);
    }

    public void Dispose()
    {
        _client.Dispose();
        _emulator.Dispose();
    }

    internal static KubeClient Client(KubeEmulator emulator, KubeHttpOptions? options = null) =>
        KubeClient.Create(
            new KubeConnection(EmuApi.BaseAddress) { Namespace = "default", BearerToken = "any" },
            options ?? new KubeHttpOptions { InitialBackoff = TimeSpan.FromMilliseconds(1), Timeout = TimeSpan.FromSeconds(20) },
            new EmuApi(emulator));

    internal static JsonObject Obj(string json) => JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException();

    internal static JsonObject Deployment(string name, int replicas, string ns = "default", string annotations = "{}") => Obj(
        "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + ns + "\",\"annotations\":" + annotations + "},"
        + "\"spec\":{\"replicas\":" + replicas + ",\"selector\":{\"matchLabels\":{\"app\":\"" + name + "\"}},"
        + "\"template\":{\"metadata\":{\"labels\":{\"app\":\"" + name + "\"}},\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.27\"}]}}}}");

    private static CancellationToken Bounded() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    [Fact]
    public async Task Apply_CreatesThenNoOpKeepsResourceVersion_ManagedByBosun()
    {
        // A ConfigMap: no simulated controller writes its status between the two applies.
        var cm = Obj("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings"},"data":{"a":"1"}}""");
        var created = await _client.ApplyAsync(cm, null, Bounded());
        var again = await _client.ApplyAsync(cm, null, Bounded());
        await _client.ApplyAsync(Deployment("web", 2), null, Bounded());
        var live = await _client.GetAsync(s_deployments, "default", "web", Bounded());

        Assert.Equal(KubeJson.GetString(created, "metadata.resourceVersion"), KubeJson.GetString(again, "metadata.resourceVersion"));
        var managers = (live["metadata"]?["managedFields"] as JsonArray ?? []).Select(m => $"{m?["manager"]}/{m?["operation"]}").ToList();
        Assert.Contains("bosun/Apply", managers);
        Assert.Equal(2, KubeJson.GetInt(live, "spec.replicas"));
    }

    [Fact]
    public async Task Apply_DryRun_StoresNothingAndHasNoResourceVersion()
    {
        var result = await _client.ApplyAsync(Deployment("dry", 1), new ApplyOptions { DryRun = true }, Bounded());

        Assert.True(string.IsNullOrEmpty(KubeJson.GetString(result, "metadata.resourceVersion")));
        Assert.Null(await _client.TryGetAsync(s_deployments, "default", "dry", Bounded()));
    }

    [Fact]
    public async Task Apply_ConflictWithOtherManager_ThenForce()
    {
        await _client.ApplyAsync(Deployment("web", 2), new ApplyOptions { FieldManager = "kubectl" }, Bounded());

        var e = await Assert.ThrowsAsync<KubeApiException>(() => _client.ApplyAsync(Deployment("web", 5), null, Bounded()));
        var forced = await _client.ApplyAsync(Deployment("web", 5), new ApplyOptions { Force = true }, Bounded());

        Assert.Equal([new FieldManagerConflict("kubectl", ".spec.replicas", null)], e.Conflicts);
        Assert.Equal("Deployment/default/web: error BOSUN5103: server-side apply conflict: .spec.replicas is managed by \"kubectl\"", e.Diagnostic.FormatHeadline());
        Assert.Equal(5, KubeJson.GetInt(forced, "spec.replicas"));
    }

    [Fact]
    public async Task Apply_MissingNamespace_IsNotFound()
    {
        var e = await Assert.ThrowsAsync<KubeApiException>(() => _client.ApplyAsync(Deployment("web", 1, ns: "does-not-exist"), null, Bounded()));

        Assert.Equal("Deployment/does-not-exist/web: error BOSUN5100: namespaces \"does-not-exist\" not found", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task List_PagesWithContinue_AndSelectors()
    {
        for (int i = 0; i < 5; i++)
        {
            string tier = i % 2 == 0 ? "even" : "odd";
            await _client.ApplyAsync(Obj("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cm-" + i + "\",\"labels\":{\"tier\":\"" + tier + "\"}}}"), null, Bounded());
        }

        var first = await _client.ListAsync(s_configMaps, "default", new ListOptions { Limit = 2 }, Bounded());
        var names = new List<string>();
        await foreach (var item in _client.ListAllAsync(s_configMaps, "default", new ListOptions { Limit = 2, LabelSelector = "tier=even" }, Bounded()))
        {
            names.Add(KubeJson.GetString(item, "metadata.name") ?? string.Empty);
        }

        Assert.Equal(2, first.Items.Count);
        Assert.NotNull(first.Continue);
        Assert.Equal(["cm-0", "cm-2", "cm-4"], names.Order());
    }

    [Fact]
    public async Task Waiter_DeploymentBecomesCurrent_AndFailedDeploymentFailsFast()
    {
        await _client.ApplyAsync(Deployment("good", 2), null, Bounded());
        await _client.ApplyAsync(Deployment("bad", 1, annotations: """{"bosun.dev/sim-fail":"true"}"""), null, Bounded());
        var waiter = new HealthWaiter(new ClusterEventSource(_client));

        var good = await waiter.WaitAsync([new WaitTarget(s_deployments, "default", "good")], new WaitOptions { Timeout = TimeSpan.FromSeconds(20) }, Bounded());
        var bad = await waiter.WaitAsync([new WaitTarget(s_deployments, "default", "bad")], new WaitOptions { Timeout = TimeSpan.FromSeconds(20) }, Bounded());

        Assert.True(good.Succeeded, good.ToDiagnostic()?.FormatHeadline());
        Assert.Equal("Current: Deployment is available. Replicas: 2", good.Objects[0].Health.ToString());
        Assert.Equal("error BOSUN5172: Deployment/default/bad failed: Progress deadline exceeded", bad.ToDiagnostic()?.FormatHeadline());
    }

    [Fact]
    public async Task Crd_StagedApply_EstablishedThenCustomResourceResolves()
    {
        var widget = Obj("""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1"},"spec":{"size":3}}""");
        var before = await Assert.ThrowsAsync<BosunException>(() => _client.ApplyAsync(widget, null, Bounded()));

        await _client.ApplyAsync(Obj("""
            {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"widgets.example.com"},
             "spec":{"group":"example.com","scope":"Namespaced","names":{"plural":"widgets","singular":"widget","kind":"Widget","shortNames":["wd"]},
               "versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}]}}
            """), null, Bounded());
        var crds = new ResourceMapping("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", false);
        var established = await new HealthWaiter(new ClusterEventSource(_client)).WaitAsync([new WaitTarget(crds, null, "widgets.example.com")], new WaitOptions { Timeout = TimeSpan.FromSeconds(20) }, Bounded());
        var applied = await _client.ApplyAsync(widget, null, Bounded());

        Assert.Equal("error BOSUN5150: no matches for kind \"Widget\" in version \"example.com/v1\"", before.Diagnostic.FormatHeadline());
        Assert.Equal("Current: CRD is established", established.Objects[0].Health.ToString());
        Assert.Equal("default", KubeJson.GetString(applied, "metadata.namespace"));
        Assert.Equal("wd", (await _client.Discovery.GetAsync(Bounded())).FindByName("wd")?.ShortNames[0]);
    }

    [Fact]
    public async Task Delete_ThenWaitForDeletion()
    {
        await _client.ApplyAsync(Obj("""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"gone"}}"""), null, Bounded());

        await _client.DeleteAsync(s_namespaces, null, "gone", new DeleteOptions { PropagationPolicy = "Foreground" }, Bounded());
        var result = await new HealthWaiter(new ClusterEventSource(_client)).WaitAsync([new WaitTarget(s_namespaces, null, "gone")], new WaitOptions { For = WaitFor.Deleted, Timeout = TimeSpan.FromSeconds(20) }, Bounded());

        Assert.True(result.Succeeded, result.ToDiagnostic()?.FormatHeadline());
        Assert.Null(await _client.TryGetAsync(s_namespaces, null, "gone", Bounded()));
    }

    [Fact]
    public async Task Delete_Missing_IsNotFound()
    {
        var e = await Assert.ThrowsAsync<KubeApiException>(() => _client.DeleteAsync(s_configMaps, "default", "nope", null, Bounded()));

        Assert.Equal("ConfigMap/default/nope: error BOSUN5100: configmaps \"nope\" not found", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task LegacyDiscovery_MapsKindsToo()
    {
        using var emulator = new KubeEmulator(new EmulatorOptions { LegacyDiscoveryOnly = true });
        using var client = Client(emulator);

        var catalog = await client.Discovery.GetAsync(Bounded());
        var mapping = await client.Mapper.MapAsync("apps/v1", "Deployment", Bounded());

        Assert.False(catalog.Aggregated);
        Assert.Equal(s_deployments, mapping);
        Assert.Equal(["status", "scale"], catalog.FindKind("apps", "v1", "Deployment")?.Subresources.Order().Reverse());
    }

    [Fact]
    public async Task Loopback_KubeconfigFromEmuServer_Works()
    {
        await using var server = await EmuServer.StartNewAsync();
        using var dir = new TempDirectory();
        string kubeconfig = Path.Combine(dir.Path, "config");
        server.WriteKubeconfig(kubeconfig, ns: "default");

        var connection = new KubeConfigLoader(_ => null).Resolve(kubeconfig);
        using var client = KubeClient.Create(connection, new KubeHttpOptions { Timeout = TimeSpan.FromSeconds(20) });
        var version = await client.GetVersionAsync(Bounded());
        await client.ApplyAsync(Deployment("web", 1), null, Bounded());
        var result = await new HealthWaiter(new ClusterEventSource(client)).WaitAsync([new WaitTarget(s_deployments, "default", "web")], new WaitOptions { Timeout = TimeSpan.FromSeconds(20) }, Bounded());

        Assert.Equal("bosun-sim", connection.ContextName);
        Assert.Equal("v1.34.0-emu", KubeJson.GetString(version, "gitVersion"));
        Assert.True(result.Succeeded, result.ToDiagnostic()?.FormatHeadline());
    }
}
