using Bosun.Kube.Emulator.Tests.Support;

namespace Bosun.Kube.Emulator.Tests.Http;

/// <summary>LIST: selectors, limit/continue paging, expired continue tokens, Table answers.</summary>
public sealed class ListAndPagingTests
{
    private static async Task<InProcessCluster> WithConfigMapsAsync()
    {
        var c = new InProcessCluster();
        foreach (var (name, tier) in new[] { ("a", "web"), ("b", "db"), ("c", "web"), ("d", "cache") })
        {
            await c.PostAsync("/api/v1/namespaces/default/configmaps", "{\"metadata\":{\"name\":\"" + name + "\",\"labels\":{\"tier\":\"" + tier + "\"}}}");
        }

        return c;
    }

    private static string Names(InProcessCluster.Reply r) =>
        string.Join(",", r.Json["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()));

    [Theory]
    [InlineData("tier=web", "a,c")]
    [InlineData("tier!=web", "b,d")]
    [InlineData("tier in (db,cache)", "b,d")]
    [InlineData("tier notin (db,cache)", "a,c")]
    [InlineData("tier", "a,b,c,d")]
    [InlineData("!tier", "")]
    [InlineData("tier==web,tier!=db", "a,c")]
    public async Task List_LabelSelector_Filters(string selector, string expected)
    {
        using var c = await WithConfigMapsAsync();
        var r = await c.GetAsync("/api/v1/namespaces/default/configmaps?labelSelector=" + Uri.EscapeDataString(selector));
        Assert.Equal(200, r.Status);
        Assert.Equal(expected, Names(r));
    }

    [Fact]
    public async Task List_FieldSelectorName_Filters()
    {
        using var c = await WithConfigMapsAsync();
        var r = await c.GetAsync("/api/v1/namespaces/default/configmaps?fieldSelector=metadata.name%3Db");
        Assert.Equal("b", Names(r));
    }

    [Fact]
    public async Task List_LimitContinue_PagesThroughAll()
    {
        using var c = await WithConfigMapsAsync();
        var first = await c.GetAsync("/api/v1/namespaces/default/configmaps?limit=3");
        Assert.Equal("a,b,c", Names(first));
        Assert.Equal(1, first.Json["metadata"]!["remainingItemCount"]!.GetValue<long>());
        string token = first.Json["metadata"]!["continue"]!.GetValue<string>();
        var second = await c.GetAsync("/api/v1/namespaces/default/configmaps?limit=3&continue=" + Uri.EscapeDataString(token));
        Assert.Equal("d", Names(second));
        Assert.Null(second.Json["metadata"]!["continue"]);
    }

    [Fact]
    public async Task List_ContinueAfterCompaction_Expired()
    {
        using var c = await WithConfigMapsAsync();
        var first = await c.GetAsync("/api/v1/namespaces/default/configmaps?limit=2");
        await c.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"e"}}""");
        c.Emulator.Store.Compact();
        var r = await c.GetAsync("/api/v1/namespaces/default/configmaps?limit=2&continue=" + Uri.EscapeDataString(first.Json["metadata"]!["continue"]!.GetValue<string>()));
        Assert.Equal(410, r.Status);
        Assert.Equal("Expired", r.Json["reason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("eyJ2IjoieCJ9")]
    public async Task List_MalformedContinue_BadRequest(string token)
    {
        using var c = await WithConfigMapsAsync();
        var r = await c.GetAsync("/api/v1/namespaces/default/configmaps?continue=" + Uri.EscapeDataString(token));
        Assert.Equal(400, r.Status);
        Assert.Equal("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)", r.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_TableAccept_ReturnsTable()
    {
        using var c = await WithConfigMapsAsync();
        var r = await c.GetAsync("/api/v1/namespaces/default/configmaps?limit=1",
            "application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
        Assert.Equal("application/json; as=Table; v=v1; g=meta.k8s.io", r.Message.Content.Headers.ContentType!.ToString());
        Assert.Equal("Table", r.Json["kind"]!.GetValue<string>());
        Assert.Equal("""["Name","Data","Age"]""", new System.Text.Json.Nodes.JsonArray(
            [.. r.Json["columnDefinitions"]!.AsArray().Select(d => (System.Text.Json.Nodes.JsonNode?)d!["name"]!.DeepClone())]).ToJsonString());
        Assert.Equal("a", r.Json["rows"]![0]!["cells"]![0]!.GetValue<string>());
        Assert.Equal("PartialObjectMetadata", r.Json["rows"]![0]!["object"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_AllNamespaces_IncludesEvery()
    {
        using var c = await WithConfigMapsAsync();
        await c.PostAsync("/api/v1/namespaces/kube-system/configmaps", """{"metadata":{"name":"z"}}""");
        var r = await c.GetAsync("/api/v1/configmaps");
        Assert.Equal("a,b,c,d,z", Names(r));
        Assert.Equal("ConfigMapList", r.Json["kind"]!.GetValue<string>());
    }
}
