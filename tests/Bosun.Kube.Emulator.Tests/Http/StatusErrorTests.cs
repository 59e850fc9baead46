using Bosun.Kube.Emulator.Tests.Support;

namespace Bosun.Kube.Emulator.Tests.Http;

/// <summary>The Status objects of the catalogue (design §1.11), byte for byte.</summary>
public sealed class StatusErrorTests
{
    private const string Cm = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"data":{"a":"1"}}""";

    [Fact]
    public async Task Get_MissingDeployment_NotFoundStatus()
    {
        using var c = new InProcessCluster();
        var r = await c.GetAsync("/apis/apps/v1/namespaces/default/deployments/web");
        Assert.Equal(404, r.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"deployments.apps \"web\" not found","reason":"NotFound","details":{"name":"web","group":"apps","kind":"deployments"},"code":404}""", r.Body);
    }

    [Fact]
    public async Task Create_Twice_AlreadyExists()
    {
        using var c = new InProcessCluster();
        Assert.Equal(201, (await c.PostAsync("/api/v1/namespaces/default/configmaps", Cm)).Status);
        var r = await c.PostAsync("/api/v1/namespaces/default/configmaps", Cm);
        Assert.Equal(409, r.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \"x\" already exists","reason":"AlreadyExists","details":{"name":"x","kind":"configmaps"},"code":409}""", r.Body);
    }

    [Fact]
    public async Task Create_MissingNamespace_NamespaceNotFound()
    {
        using var c = new InProcessCluster();
        var r = await c.PostAsync("/api/v1/namespaces/nope/configmaps", Cm);
        Assert.Equal(404, r.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespaces \"nope\" not found","reason":"NotFound","details":{"name":"nope","kind":"namespaces"},"code":404}""", r.Body);
    }

    [Fact]
    public async Task Put_StaleResourceVersion_Conflict()
    {
        using var c = new InProcessCluster();
        var created = await c.PostAsync("/api/v1/namespaces/default/configmaps", Cm);
        var stale = created.Json;
        stale["data"]!["a"] = "2";
        Assert.Equal(200, (await c.PutAsync("/api/v1/namespaces/default/configmaps/x", stale.ToJsonString())).Status);
        stale["data"]!["a"] = "3";
        var r = await c.PutAsync("/api/v1/namespaces/default/configmaps/x", stale.ToJsonString());
        Assert.Equal(409, r.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Operation cannot be fulfilled on configmaps \"x\": the object has been modified; please apply your changes to the latest version and try again","reason":"Conflict","details":{"name":"x","kind":"configmaps"},"code":409}""", r.Body);
    }

    [Fact]
    public async Task Create_InvalidName_Invalid()
    {
        using var c = new InProcessCluster();
        var r = await c.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"Bad_Name"}}""");
        Assert.Equal(422, r.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')","reason":"Invalid","details":{"name":"Bad_Name","kind":"ConfigMap","causes":[{"reason":"FieldValueInvalid","message":"Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')","field":"metadata.name"}]},"code":422}""", r.Body);
    }

    [Fact]
    public async Task Get_UnknownResource_NotFound()
    {
        using var c = new InProcessCluster();
        var r = await c.GetAsync("/apis/example.com/v1/widgets");
        Assert.Equal(404, r.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404}""", r.Body);
    }

    [Fact]
    public async Task Apply_WithoutFieldManager_Invalid()
    {
        using var c = new InProcessCluster();
        var r = await c.SendAsync("PATCH", "/api/v1/namespaces/default/configmaps/x", Cm, "application/apply-patch+yaml");
        Assert.Equal(422, r.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch","reason":"Invalid","details":{"group":"meta.k8s.io","kind":"PatchOptions","causes":[{"reason":"FieldValueRequired","message":"Required value: is required for apply patch","field":"fieldManager"}]},"code":422}""", r.Body);
    }

    [Fact]
    public async Task Patch_UnknownContentType_UnsupportedMediaType()
    {
        using var c = new InProcessCluster();
        await c.PostAsync("/api/v1/namespaces/default/configmaps", Cm);
        var r = await c.SendAsync("PATCH", "/api/v1/namespaces/default/configmaps/x", "{}", "text/plain");
        Assert.Equal(415, r.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json, application/apply-patch+yaml","reason":"UnsupportedMediaType","code":415}""", r.Body);
    }

    [Fact]
    public async Task List_UnsupportedFieldSelector_BadRequest()
    {
        using var c = new InProcessCluster();
        var r = await c.GetAsync("/api/v1/namespaces/default/configmaps?fieldSelector=spec.foo%3Dbar");
        Assert.Equal(400, r.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"field label not supported: spec.foo","reason":"BadRequest","code":400}""", r.Body);
    }

    [Theory]
    [InlineData("a in (x")]
    [InlineData("a,,b")]
    [InlineData("in (x)")]
    [InlineData("a b")]
    public async Task List_MalformedLabelSelector_BadRequest(string selector)
    {
        using var c = new InProcessCluster();
        var r = await c.GetAsync("/api/v1/namespaces/default/configmaps?labelSelector=" + Uri.EscapeDataString(selector));
        Assert.Equal(400, r.Status);
        Assert.Equal("BadRequest", r.Json["reason"]?.GetValue<string>());
    }

    [Fact]
    public async Task Create_BodyNamespaceDiffers_BadRequest()
    {
        using var c = new InProcessCluster();
        var r = await c.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"x","namespace":"other"}}""");
        Assert.Equal(400, r.Status);
        Assert.Equal("the namespace of the provided object does not match the namespace sent on the request", r.Json["message"]?.GetValue<string>());
    }
}
