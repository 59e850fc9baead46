using System.Net;
using Bosun.Core.Diagnostics;
using Bosun.Kube.Discovery;
using Bosun.Kube.Rest;

namespace Bosun.Kube.Tests.Discovery;

public class DiscoveryTests
{
    private static HttpClient Http(ScriptedHandler handler) => new(handler) { BaseAddress = new Uri("http://k/") };

    private static ScriptedHandler Routes(Func<string, HttpResponseMessage> route) =>
        new ScriptedHandler().Then(r => route(r.RequestUri?.PathAndQuery ?? string.Empty));

    private static HttpResponseMessage Json(string body, string contentType = "application/json") => ScriptedHandler.Response(HttpStatusCode.OK, body, contentType);

    private static HttpResponseMessage NotFound() => ScriptedHandler.Response(HttpStatusCode.NotFound, """{"kind":"Status","code":404,"reason":"NotFound","message":"the server could not find the requested resource"}""");

    public static ScriptedHandler Aggregated() => Routes(path => path switch
    {
        "/api?timeout=32s" => Json(DiscoveryFixtures.AggregatedApi, DiscoveryParser.AggregatedV2),
        "/apis?timeout=32s" => Json(DiscoveryFixtures.AggregatedApis, "application/json; as=APIGroupDiscoveryList; v=v2; g=apidiscovery.k8s.io"),
        _ => NotFound(),
    });

    [Fact]
    public async Task Aggregated_OneRequestPerRoot_WithKubectlAcceptHeader()
    {
        var handler = Aggregated();

        var catalog = await new DiscoveryClient(Http(handler)).GetAsync(CancellationToken.None);

        Assert.True(catalog.Aggregated);
        Assert.Equal(["GET http://k/api?timeout=32s", "GET http://k/apis?timeout=32s"], handler.Requests.Select(r => r.Method + " " + r.Uri));
        Assert.Equal(
            "application/json; g=apidiscovery.k8s.io; v=v2; as=APIGroupDiscoveryList,application/json; g=apidiscovery.k8s.io; v=v2beta1; as=APIGroupDiscoveryList,application/json",
            handler.Requests[0].Accept);
        var deploy = catalog.FindKind("apps", "v1", "Deployment");
        Assert.NotNull(deploy);
        Assert.Equal(("deployments", true, "deployment"), (deploy.Name, deploy.Namespaced, deploy.SingularName));
        Assert.Equal(["status", "scale"], deploy.Subresources);
        Assert.Equal(["deploy"], deploy.ShortNames);
        Assert.Equal(["all"], deploy.Categories);
        Assert.False(catalog.FindKind("", "v1", "Namespace")?.Namespaced);
        Assert.Equal("v2", catalog.FindKind("autoscaling", "HorizontalPodAutoscaler")?.Version);
        Assert.Equal("stale GroupVersion discovery: metrics.k8s.io/v1beta1", catalog.FailedGroupVersions["metrics.k8s.io/v1beta1"]);
        Assert.Equal("ConfigMap", catalog.FindByName("cm")?.Kind);
        Assert.Equal("Deployment", catalog.FindByName("deployments.apps")?.Kind);
        Assert.Equal("Namespace", catalog.FindByName("namespace")?.Kind);
    }

    [Fact]
    public async Task Legacy_FetchesEveryGroupVersion_AndToleratesAnUnavailableOne()
    {
        var handler = Routes(path => path switch
        {
            "/api?timeout=32s" => Json(DiscoveryFixtures.LegacyApi),
            "/apis?timeout=32s" => Json(DiscoveryFixtures.LegacyApis),
            "/api/v1?timeout=32s" => Json(DiscoveryFixtures.LegacyCoreV1),
            "/apis/apps/v1?timeout=32s" => Json(DiscoveryFixtures.LegacyAppsV1),
            "/apis/example.com/v1?timeout=32s" => Json(DiscoveryFixtures.LegacyWidgets("v1")),
            "/apis/example.com/v2?timeout=32s" => Json(DiscoveryFixtures.LegacyWidgets("v2")),
            "/apis/metrics.k8s.io/v1beta1?timeout=32s" => ScriptedHandler.Response(HttpStatusCode.ServiceUnavailable, """{"kind":"Status","code":503,"message":"service unavailable"}"""),
            _ => NotFound(),
        });

        var catalog = await new DiscoveryClient(Http(handler)).GetAsync(CancellationToken.None);

        Assert.False(catalog.Aggregated);
        Assert.Equal(
            ["/api?timeout=32s", "/api/v1?timeout=32s", "/apis?timeout=32s", "/apis/apps/v1?timeout=32s", "/apis/example.com/v2?timeout=32s", "/apis/example.com/v1?timeout=32s", "/apis/metrics.k8s.io/v1beta1?timeout=32s"],
            handler.Requests.Select(r => new Uri(r.Uri).PathAndQuery));
        Assert.Equal("application/json,*/*", handler.Requests.Single(r => r.Uri.EndsWith("/api/v1?timeout=32s", StringComparison.Ordinal)).Accept);
        Assert.Equal(["status", "scale"], catalog.FindKind("apps", "v1", "Deployment")?.Subresources);
        Assert.Equal(["status"], catalog.FindKind("", "v1", "Namespace")?.Subresources);
        Assert.Equal("v1", catalog.FindKind("example.com", "Widget")?.Version);
        Assert.Equal("service unavailable", catalog.FailedGroupVersions["metrics.k8s.io/v1beta1"]);
    }

    [Fact]
    public async Task Cache_IsReusedUntilInvalidated()
    {
        var handler = Aggregated();
        var discovery = new DiscoveryClient(Http(handler));

        await discovery.GetAsync(CancellationToken.None);
        await discovery.GetAsync(CancellationToken.None);
        Assert.Equal(2, handler.Requests.Count);

        discovery.Invalidate();
        await discovery.GetAsync(CancellationToken.None);
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(2, discovery.Generation);
    }

    [Fact]
    public async Task Mapper_MissingKind_RefreshesOnceThenFindsNewCrd()
    {
        bool crdEstablished = false;
        string apisWithWidgets = DiscoveryFixtures.AggregatedApis.Replace(
            """{"metadata":{"name":"metrics.k8s.io"}""",
            """{"metadata":{"name":"example.com"},"versions":[{"version":"v1","resources":[{"resource":"widgets","responseKind":{"group":"example.com","version":"v1","kind":"Widget"},"scope":"Namespaced"}]}]},{"metadata":{"name":"metrics.k8s.io"}""",
            StringComparison.Ordinal);
        var handler = Routes(path => path switch
        {
            "/api?timeout=32s" => Json(DiscoveryFixtures.AggregatedApi, DiscoveryParser.AggregatedV2),
            "/apis?timeout=32s" => Json(crdEstablished ? apisWithWidgets : DiscoveryFixtures.AggregatedApis, DiscoveryParser.AggregatedV2),
            _ => NotFound(),
        });
        var mapper = new RestMapper(new DiscoveryClient(Http(handler)));

        Assert.Equal(new ResourceMapping("apps", "v1", "Deployment", "deployments", true), await mapper.MapAsync("apps/v1", "Deployment", CancellationToken.None));
        crdEstablished = true;
        var widget = await mapper.MapAsync("example.com/v1", "Widget", CancellationToken.None);

        Assert.Equal(new ResourceMapping("example.com", "v1", "Widget", "widgets", true), widget);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task Mapper_UnknownKind_IsKubectlNoMatchesError()
    {
        var mapper = new RestMapper(new DiscoveryClient(Http(Aggregated())));

        var e = await Assert.ThrowsAsync<BosunException>(() => mapper.MapAsync("example.com/v1", "Widget", CancellationToken.None));
        var wrongVersion = await Assert.ThrowsAsync<BosunException>(() => mapper.MapAsync("apps/v1beta1", "Deployment", CancellationToken.None));
        var stale = await Assert.ThrowsAsync<BosunException>(() => mapper.MapAsync("metrics.k8s.io/v1beta1", "PodMetrics", CancellationToken.None));

        Assert.Equal("error BOSUN5150: no matches for kind \"Widget\" in version \"example.com/v1\"", e.Diagnostic.FormatHeadline());
        Assert.Equal("ensure CRDs are installed first", e.Diagnostic.Hint);
        Assert.Equal("the server serves Deployment as apps/v1", wrongVersion.Diagnostic.Hint);
        Assert.Equal("discovery of metrics.k8s.io/v1beta1 failed: stale GroupVersion discovery: metrics.k8s.io/v1beta1", stale.Diagnostic.Hint);
    }

    [Theory]
    [InlineData("not json", "not JSON: ")]
    [InlineData("""{"kind":"APIGroupDiscoveryList","items":{}}""", "items is not a list")]
    [InlineData("""{"kind":"Other","items":[]}""", "expected kind APIGroupDiscoveryList, got Other")]
    [InlineData("""{"items":[{"metadata":{"name":"g"},"versions":[{"version":"v1","resources":[{"resource":"xs","responseKind":{"kind":"X"},"scope":"Galaxy"}]}]}]}""", "resource xs of g/v1 has scope \"Galaxy\"; expected Namespaced or Cluster")]
    [InlineData("""{"items":[{"metadata":{"name":"g"},"versions":[{"version":"v1","resources":[{"resource":"xs","scope":"Cluster"}]}]}]}""", "resource xs of g/v1 has no responseKind.kind")]
    [InlineData("""{"items":[{"metadata":{"name":"g"},"versions":[{"resources":[]}]}]}""", "a version of group \"g\" has no name")]
    public async Task Aggregated_Malformed_IsDiscoveryInvalid(string body, string reason)
    {
        var handler = Routes(path => path == "/api?timeout=32s" ? Json(body, DiscoveryParser.AggregatedV2) : NotFound());

        var e = await Assert.ThrowsAsync<BosunException>(() => new DiscoveryClient(Http(handler)).GetAsync(CancellationToken.None));

        Assert.StartsWith("error BOSUN5151: invalid discovery document from /api: " + reason, e.Diagnostic.FormatHeadline(), StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyResourceList_Malformed_Throws()
    {
        Assert.Equal("resources is not a list", Assert.Throws<FormatException>(() => DiscoveryParser.ParseResourceList("""{"resources":5}""", "", "v1", true)).Message);
        Assert.Equal("resource things has no kind", Assert.Throws<FormatException>(() => DiscoveryParser.ParseResourceList("""{"resources":[{"name":"things"}]}""", "", "v1", true)).Message);
        Assert.Equal("a group has no name", Assert.Throws<FormatException>(() => DiscoveryParser.ParseGroupList("""{"groups":[{}]}""")).Message);
    }

    [Theory]
    [InlineData("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList", true)]
    [InlineData("application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList", true)]
    [InlineData("application/json; as=APIGroupDiscoveryList; v=v2; g=apidiscovery.k8s.io", true)]
    [InlineData("application/json", false)]
    [InlineData("application/json;g=apidiscovery.k8s.io;v=v3;as=APIGroupDiscoveryList", false)]
    [InlineData(null, false)]
    public void IsAggregated_ByContentType(string? contentType, bool expected) => Assert.Equal(expected, DiscoveryParser.IsAggregated(contentType));
}
