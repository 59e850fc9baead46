using Bosun.Kube.Emulator.Tests.Support;

namespace Bosun.Kube.Emulator.Tests.Store;

/// <summary>DELETE: finalizers, propagation policies, garbage collection by ownerReferences, CRD cleanup.</summary>
public sealed class DeletionTests
{
    private const string Cms = "/api/v1/namespaces/default/configmaps";

    private static async Task<string> CreateAsync(InProcessCluster c, string name, string? ownerUid = null, string? finalizer = null)
    {
        string owner = ownerUid is null ? "" : ",\"ownerReferences\":[{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"name\":\"owner\",\"uid\":\"" + ownerUid + "\"}]";
        string fin = finalizer is null ? "" : ",\"finalizers\":[\"" + finalizer + "\"]";
        var r = await c.PostAsync(Cms, "{\"metadata\":{\"name\":\"" + name + "\"" + owner + fin + "}}");
        Assert.Equal(201, r.Status);
        return r.Json["metadata"]!["uid"]!.GetValue<string>();
    }

    private static async Task<bool> ExistsAsync(InProcessCluster c, string name) => (await c.GetAsync(Cms + "/" + name)).Status == 200;

    [Fact]
    public async Task Delete_Plain_SuccessStatus()
    {
        using var c = new InProcessCluster();
        string uid = await CreateAsync(c, "x");
        var r = await c.DeleteAsync(Cms + "/x", """{"propagationPolicy":"Background"}""");
        Assert.Equal(200, r.Status);
        Assert.Equal("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Success\",\"details\":{\"name\":\"x\",\"kind\":\"configmaps\",\"uid\":\"" + uid + "\"}}", r.Body);
        Assert.False(await ExistsAsync(c, "x"));
        Assert.Equal(404, (await c.DeleteAsync(Cms + "/x")).Status);
    }

    [Fact]
    public async Task Delete_WithFinalizer_TerminatingUntilFinalizerRemoved()
    {
        using var c = new InProcessCluster();
        await CreateAsync(c, "x", finalizer: "example.com/hold");
        var r = await c.DeleteAsync(Cms + "/x");
        Assert.Equal(200, r.Status);
        Assert.NotNull(r.Json["metadata"]!["deletionTimestamp"]);
        Assert.True(await ExistsAsync(c, "x"));
        await c.SendAsync("PATCH", Cms + "/x", """{"metadata":{"finalizers":null}}""", "application/merge-patch+json");
        Assert.False(await ExistsAsync(c, "x"));
    }

    [Fact]
    public async Task Delete_Background_CollectsDependents()
    {
        using var c = new InProcessCluster();
        string owner = await CreateAsync(c, "owner");
        await CreateAsync(c, "child", owner);
        await CreateAsync(c, "grandchild", (await c.GetAsync(Cms + "/child")).Json["metadata"]!["uid"]!.GetValue<string>());
        await c.DeleteAsync(Cms + "/owner", """{"propagationPolicy":"Background"}""");
        Assert.False(await ExistsAsync(c, "child"));
        Assert.False(await ExistsAsync(c, "grandchild"));
    }

    [Fact]
    public async Task Delete_Orphan_KeepsDependentsWithoutOwnerReference()
    {
        using var c = new InProcessCluster();
        string owner = await CreateAsync(c, "owner");
        await CreateAsync(c, "child", owner);
        await c.DeleteAsync(Cms + "/owner", """{"propagationPolicy":"Orphan"}""");
        Assert.False(await ExistsAsync(c, "owner"));
        var child = await c.GetAsync(Cms + "/child");
        Assert.Equal(200, child.Status);
        Assert.Null(child.Json["metadata"]!["ownerReferences"]);
    }

    [Fact]
    public async Task Delete_Foreground_WaitsForDependentFinalizers()
    {
        using var c = new InProcessCluster();
        string owner = await CreateAsync(c, "owner");
        await CreateAsync(c, "child", owner, finalizer: "example.com/hold");
        var r = await c.DeleteAsync(Cms + "/owner", """{"propagationPolicy":"Foreground"}""");
        Assert.Equal("""["foregroundDeletion"]""", r.Json["metadata"]!["finalizers"]!.ToJsonString());
        Assert.True(await ExistsAsync(c, "owner"));
        await c.SendAsync("PATCH", Cms + "/child", """{"metadata":{"finalizers":null}}""", "application/merge-patch+json");
        Assert.False(await ExistsAsync(c, "child"));
        Assert.False(await ExistsAsync(c, "owner"));
    }

    [Fact]
    public async Task Delete_DryRun_KeepsObject()
    {
        using var c = new InProcessCluster();
        await CreateAsync(c, "x");
        Assert.Equal(200, (await c.DeleteAsync(Cms + "/x?dryRun=All")).Status);
        Assert.True(await ExistsAsync(c, "x"));
    }

    [Fact]
    public async Task Delete_StaleUidPrecondition_Conflict()
    {
        using var c = new InProcessCluster();
        string uid = await CreateAsync(c, "x");
        var r = await c.DeleteAsync(Cms + "/x", """{"preconditions":{"uid":"other"}}""");
        Assert.Equal(409, r.Status);
        Assert.Equal($"Operation cannot be fulfilled on configmaps \"x\": Precondition failed: UID in precondition: other, UID in object meta: {uid}", r.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_UnknownPropagationPolicy_Invalid()
    {
        using var c = new InProcessCluster();
        await CreateAsync(c, "x");
        var r = await c.DeleteAsync(Cms + "/x", """{"propagationPolicy":"Sideways"}""");
        Assert.Equal(422, r.Status);
    }

    [Fact]
    public async Task DeleteCollection_LabelSelector_DeletesMatching()
    {
        using var c = new InProcessCluster();
        await c.PostAsync(Cms, """{"metadata":{"name":"a","labels":{"x":"1"}}}""");
        await c.PostAsync(Cms, """{"metadata":{"name":"b"}}""");
        Assert.Equal(200, (await c.DeleteAsync(Cms + "?labelSelector=x%3D1")).Status);
        Assert.False(await ExistsAsync(c, "a"));
        Assert.True(await ExistsAsync(c, "b"));
    }

    [Fact]
    public async Task Crd_CreateServesTypeThenDeleteRemovesObjectsAndType()
    {
        using var c = new InProcessCluster();
        var crd = await c.PostAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", """
            {"metadata":{"name":"widgets.example.com"},"spec":{"group":"example.com","scope":"Namespaced",
             "names":{"plural":"widgets","singular":"widget","kind":"Widget","shortNames":["wd"]},
             "versions":[{"name":"v1","served":true,"storage":true,"subresources":{"status":{}}}]}}
            """);
        Assert.Equal(201, crd.Status);
        var discovery = await c.GetAsync("/apis/example.com/v1");
        Assert.Equal("""{"kind":"APIResourceList","apiVersion":"v1","groupVersion":"example.com/v1","resources":[{"name":"widgets","singularName":"widget","namespaced":true,"kind":"Widget","verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"shortNames":["wd"]},{"name":"widgets/status","singularName":"","namespaced":true,"kind":"Widget","verbs":["get","patch","update"]}]}""", discovery.Body);
        Assert.Equal(201, (await c.PostAsync("/apis/example.com/v1/namespaces/default/widgets", """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"}}""")).Status);
        var cr = await c.GetAsync("/apis/example.com/v1/namespaces/default/widgets/w");
        Assert.Equal(1, cr.Json["metadata"]!["generation"]!.GetValue<long>());
        await c.DeleteAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com");
        Assert.Equal(404, (await c.GetAsync("/apis/example.com/v1/namespaces/default/widgets/w")).Status);
        Assert.Equal(404, (await c.GetAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com")).Status);
        Assert.Null(c.Emulator.Registry.Find("example.com", "v1", "widgets"));
    }
}
