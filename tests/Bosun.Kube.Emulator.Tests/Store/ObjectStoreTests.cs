using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Tests.Support;

namespace Bosun.Kube.Emulator.Tests.Store;

/// <summary>Server-set fields, no-op writes, generation, dry run, status subresource, defaults.</summary>
public sealed class ObjectStoreTests
{
    private const string DeployPath = "/apis/apps/v1/namespaces/default/deployments/web";

    private static string Deployment(int replicas, string image = "nginx", string? label = null)
    {
        string labels = label is null ? "" : ",\"labels\":{\"tier\":\"" + label + "\"}";
        return "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\"" + labels + "},"
            + "\"spec\":{\"replicas\":" + replicas + ",\"selector\":{\"matchLabels\":{\"app\":\"web\"}},"
            + "\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"" + image
            + "\",\"ports\":[{\"containerPort\":80}]}]}}},\"status\":{\"replicas\":99}}";
    }

    private static string Rv(JsonObject o) => o["metadata"]!["resourceVersion"]!.GetValue<string>();

    private static long Generation(JsonObject o) => o["metadata"]!["generation"]!.GetValue<long>();

    [Fact]
    public async Task Apply_New_SetsServerFieldsDefaultsAndDropsStatus()
    {
        using var c = new InProcessCluster(new EmulatorOptions { RunControllers = false });
        var r = await c.ApplyAsync(DeployPath, Deployment(2));
        Assert.Equal(201, r.Status);
        var meta = r.Json["metadata"]!;
        Assert.Equal(36, meta["uid"]!.GetValue<string>().Length);
        Assert.Equal(1, Generation(r.Json));
        Assert.NotNull(meta["creationTimestamp"]);
        Assert.Null(r.Json["status"]);
        Assert.Equal("TCP", r.Json["spec"]!["template"]!["spec"]!["containers"]![0]!["ports"]![0]!["protocol"]!.GetValue<string>());
        Assert.Equal("test", meta["managedFields"]![0]!["manager"]!.GetValue<string>());
        Assert.Equal("Apply", meta["managedFields"]![0]!["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apply_Same_NoOpKeepsResourceVersion()
    {
        using var c = new InProcessCluster(new EmulatorOptions { RunControllers = false });
        var first = await c.ApplyAsync(DeployPath, Deployment(2));
        var second = await c.ApplyAsync(DeployPath, Deployment(2));
        Assert.Equal(200, second.Status);
        Assert.Equal(Rv(first.Json), Rv(second.Json));
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task Apply_SpecChange_BumpsGeneration_LabelChangeDoesNot()
    {
        using var c = new InProcessCluster(new EmulatorOptions { RunControllers = false });
        await c.ApplyAsync(DeployPath, Deployment(2));
        var labelled = await c.ApplyAsync(DeployPath, Deployment(2, label: "front"));
        Assert.Equal(1, Generation(labelled.Json));
        var scaled = await c.ApplyAsync(DeployPath, Deployment(3, label: "front"));
        Assert.Equal(2, Generation(scaled.Json));
        Assert.NotEqual(Rv(labelled.Json), Rv(scaled.Json));
    }

    [Fact]
    public async Task Apply_DryRunCreate_EmptyResourceVersionAndNothingStored()
    {
        using var c = new InProcessCluster(new EmulatorOptions { RunControllers = false });
        var r = await c.ApplyAsync(DeployPath, Deployment(2), dryRun: true);
        Assert.Equal(201, r.Status);
        Assert.Null(r.Json["metadata"]!["resourceVersion"]);
        Assert.Equal(404, (await c.GetAsync(DeployPath)).Status);
    }

    [Fact]
    public async Task Apply_DryRunUpdate_ReturnsMergedLiveUnchanged()
    {
        using var c = new InProcessCluster(new EmulatorOptions { RunControllers = false });
        var live = await c.ApplyAsync(DeployPath, Deployment(2));
        var dry = await c.ApplyAsync(DeployPath, Deployment(5), dryRun: true);
        Assert.Equal(5, dry.Json["spec"]!["replicas"]!.GetValue<int>());
        var after = await c.GetAsync(DeployPath);
        Assert.Equal(2, after.Json["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal(Rv(live.Json), Rv(after.Json));
    }

    [Fact]
    public async Task StatusSubresource_MainWriteKeepsStatus_StatusWriteKeepsSpec()
    {
        using var c = new InProcessCluster(new EmulatorOptions { RunControllers = false });
        await c.ApplyAsync(DeployPath, Deployment(2));
        var status = await c.SendAsync("PATCH", DeployPath + "/status", """{"spec":{"replicas":9},"status":{"replicas":2}}""", "application/merge-patch+json");
        Assert.Equal(200, status.Status);
        Assert.Equal(2, status.Json["spec"]!["replicas"]!.GetValue<int>());
        Assert.Equal(2, status.Json["status"]!["replicas"]!.GetValue<int>());
        var main = await c.SendAsync("PATCH", DeployPath, """{"status":{"replicas":7}}""", "application/merge-patch+json");
        Assert.Equal(2, main.Json["status"]!["replicas"]!.GetValue<int>());
        Assert.Equal(Rv(status.Json), Rv(main.Json));
    }

    [Fact]
    public async Task Create_SecretStringData_FoldedIntoData()
    {
        using var c = new InProcessCluster();
        var r = await c.PostAsync("/api/v1/namespaces/default/secrets", """{"metadata":{"name":"s"},"stringData":{"k":"v"}}""");
        Assert.Equal("""{"k":"dg=="}""", r.Json["data"]!.ToJsonString());
        Assert.Equal("Opaque", r.Json["type"]!.GetValue<string>());
        Assert.Null(r.Json["stringData"]);
    }

    [Fact]
    public async Task Create_Service_GetsClusterIpTypeAndPortDefaults()
    {
        using var c = new InProcessCluster();
        var r = await c.PostAsync("/api/v1/namespaces/default/services", """{"metadata":{"name":"svc"},"spec":{"ports":[{"port":80}]}}""");
        Assert.Equal("ClusterIP", r.Json["spec"]!["type"]!.GetValue<string>());
        Assert.StartsWith("10.96.", r.Json["spec"]!["clusterIP"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("""[{"port":80,"protocol":"TCP","targetPort":80}]""", r.Json["spec"]!["ports"]!.ToJsonString());
    }

    [Fact]
    public async Task Create_GenerateName_AppendsSuffix()
    {
        using var c = new InProcessCluster();
        var r = await c.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"generateName":"cm-"}}""");
        Assert.Equal(201, r.Status);
        Assert.Matches("^cm-[a-z0-9]{5}$", r.Json["metadata"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Namespace_Create_GetsLabelFinalizerAndPhase()
    {
        using var c = new InProcessCluster();
        var r = await c.PostAsync("/api/v1/namespaces", """{"metadata":{"name":"team"}}""");
        Assert.Equal("""{"kubernetes.io/metadata.name":"team"}""", r.Json["metadata"]!["labels"]!.ToJsonString());
        Assert.Equal("""{"finalizers":["kubernetes"]}""", r.Json["spec"]!.ToJsonString());
        Assert.Equal("""{"phase":"Active"}""", r.Json["status"]!.ToJsonString());
    }

    [Fact]
    public async Task JsonPatch_ReplaceAndTest_Applied()
    {
        using var c = new InProcessCluster();
        await c.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"x"},"data":{"a":"1"}}""");
        var r = await c.SendAsync("PATCH", "/api/v1/namespaces/default/configmaps/x",
            """[{"op":"test","path":"/data/a","value":"1"},{"op":"replace","path":"/data/a","value":"2"}]""", "application/json-patch+json");
        Assert.Equal(200, r.Status);
        Assert.Equal("2", r.Json["data"]!["a"]!.GetValue<string>());
    }
}
