using System.Net;
using Bosun.Kube.Config;
using Bosun.Kube.Discovery;
using Bosun.Kube.Http;
using Bosun.Kube.Rest;
using Bosun.Kube.Tests.Discovery;

namespace Bosun.Kube.Tests.Rest;

/// <summary>A <see cref="KubeClient"/> over a scripted transport that answers discovery and routes everything else to a test function.</summary>
internal static class FakeCluster
{
    public static (KubeClient Client, ScriptedHandler Handler) Create(Func<HttpRequestMessage, HttpResponseMessage> route, TimeProvider? time = null, string server = "https://k:6443")
    {
        var handler = new ScriptedHandler().Then(request => (request.RequestUri?.PathAndQuery) switch
        {
            "/api?timeout=32s" => ScriptedHandler.Response(HttpStatusCode.OK, DiscoveryFixtures.AggregatedApi, DiscoveryParser.AggregatedV2),
            "/apis?timeout=32s" => ScriptedHandler.Response(HttpStatusCode.OK, DiscoveryFixtures.AggregatedApis, DiscoveryParser.AggregatedV2),
            _ => route(request),
        });
        var options = new KubeHttpOptions { TimeProvider = time ?? new ManualTimeProvider { AutoAdvance = true }, Timeout = TimeSpan.FromHours(1) };
        var client = KubeClient.Create(new KubeConnection(new Uri(server)) { Namespace = "demo", BearerToken = "t" }, options, handler);
        return (client, handler);
    }

    public static HttpResponseMessage Json(string body, HttpStatusCode code = HttpStatusCode.OK) => ScriptedHandler.Response(code, body);

    public static readonly ResourceMapping Deployments = new("apps", "v1", "Deployment", "deployments", true);

    public static readonly ResourceMapping ConfigMaps = new("", "v1", "ConfigMap", "configmaps", true);

    public static readonly ResourceMapping Namespaces = new("", "v1", "Namespace", "namespaces", false);
}
