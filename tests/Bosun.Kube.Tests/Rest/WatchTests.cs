using System.Net;
using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Kube.Diagnostics;
using Bosun.Kube.Rest;
using static Bosun.Kube.Tests.Rest.FakeCluster;

namespace Bosun.Kube.Tests.Rest;

public class WatchTests
{
    private static string Cm(string name, string rv, string extra = "") =>
        $$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{name}}","namespace":"demo","resourceVersion":"{{rv}}"}{{extra}}}""";

    private static HttpResponseMessage Stream(params string[] lines) => ScriptedHandler.Response(HttpStatusCode.OK, string.Join("\n", lines) + "\n");

    [Fact]
    public async Task WatchAsync_RequestShape_AndNdjsonEvents()
    {
        var (client, handler) = Create(_ => Stream(
            $$"""{"type":"ADDED","object":{{Cm("a", "10")}}}""",
            "",
            $$"""{"type":"MODIFIED","object":{{Cm("a", "11")}}}""",
            """{"type":"BOOKMARK","object":{"kind":"ConfigMap","apiVersion":"v1","metadata":{"resourceVersion":"12","annotations":{"k8s.io/initial-events-end":"true"}}}}""",
            $$"""{"type":"DELETED","object":{{Cm("a", "13")}}}"""));

        var events = new List<string>();
        await foreach (var e in client.WatchAsync(ConfigMaps, "demo", new WatchOptions { ResourceVersion = "9", LabelSelector = "app=web", SendInitialEvents = true }, CancellationToken.None))
        {
            events.Add($"{e.Type} {e.ResourceVersion} {e.IsInitialEventsEnd}");
        }

        Assert.Equal(["Added 10 False", "Modified 11 False", "Bookmark 12 True", "Deleted 13 False"], events);
        Assert.Equal(
            "https://k:6443/api/v1/namespaces/demo/configmaps?allowWatchBookmarks=true&labelSelector=app%3Dweb&resourceVersion=9&resourceVersionMatch=NotOlderThan&sendInitialEvents=true&timeoutSeconds=300&watch=true",
            handler.Requests[0].Uri);
    }

    [Fact]
    public async Task WatchAsync_ErrorEvent410_ThrowsExpired()
    {
        var (client, _) = Create(_ => Stream("""{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 1 (456)","reason":"Expired","code":410}}"""));

        var e = await Assert.ThrowsAsync<KubeApiException>(async () =>
        {
            await foreach (var _ in client.WatchAsync(ConfigMaps, "demo", null, CancellationToken.None))
            {
            }
        });

        Assert.True(e.IsExpired);
        Assert.Equal("error BOSUN5112: too old resource version: 1 (456)", e.Diagnostic.FormatHeadline());
    }

    [Theory]
    [InlineData("{not json", "error BOSUN5170: invalid watch event from test: not JSON: ")]
    [InlineData("[1,2]", "error BOSUN5170: invalid watch event from test: not an object")]
    [InlineData("""{"type":"ADDED"}""", "error BOSUN5170: invalid watch event from test: event ADDED has no object")]
    [InlineData("""{"type":"EXPLODED","object":{}}""", "error BOSUN5170: invalid watch event from test: unknown event type \"EXPLODED\"")]
    [InlineData("""{"object":{}}""", "error BOSUN5170: invalid watch event from test: unknown event type \"\"")]
    [InlineData("""{"type":"ERROR","object":{"kind":"Status","code":500,"message":"boom","reason":"InternalError"}}""", "error BOSUN5113: the server reported an error (HTTP 500): boom")]
    public void Parse_Malformed_Throws(string line, string expected)
    {
        var e = Assert.ThrowsAny<BosunException>(() => WatchStreamReader.Parse(line, "test"));

        Assert.StartsWith(expected, e.Diagnostic.FormatHeadline(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ObjectWatcher_ListsThenWatchesThenResumesFromLastResourceVersion()
    {
        int watches = 0;
        var (client, handler) = Create(r =>
        {
            string query = r.RequestUri?.Query ?? string.Empty;
            if (!query.Contains("watch=true", StringComparison.Ordinal))
            {
                return Json($$"""{"kind":"ConfigMapList","metadata":{"resourceVersion":"20"},"items":[{{Cm("a", "15")}}]}""");
            }

            return ++watches switch
            {
                1 => Stream($$"""{"type":"MODIFIED","object":{{Cm("a", "21")}}}""", """{"type":"BOOKMARK","object":{"kind":"ConfigMap","metadata":{"resourceVersion":"30"}}}"""),
                _ => Stream($$"""{"type":"ADDED","object":{{Cm("b", "31")}}}"""),
            };
        });
        var watcher = new ObjectWatcher(client, ConfigMaps, "demo", labelSelector: "app=web");

        var events = await Take(watcher.RunAsync(CancellationToken.None), 4);

        Assert.Equal(["Added a 15", "Bookmark  20", "Modified a 21", "Added b 31"], events);
        var paths = handler.Requests.Select(r => new Uri(r.Uri).PathAndQuery).Take(3).ToList();
        Assert.Equal("/api/v1/namespaces/demo/configmaps?labelSelector=app%3Dweb&limit=500", paths[0]);
        Assert.Contains("resourceVersion=20&", paths[1], StringComparison.Ordinal);
        Assert.Contains("resourceVersion=30&", paths[2], StringComparison.Ordinal);
        Assert.Equal((1, 2), (watcher.Lists, watcher.Watches));
    }

    [Fact]
    public async Task ObjectWatcher_410_RelistsAndReportsTheDifference()
    {
        int lists = 0;
        int watches = 0;
        var (client, _) = Create(r =>
        {
            string query = r.RequestUri?.Query ?? string.Empty;
            if (!query.Contains("watch=true", StringComparison.Ordinal))
            {
                return ++lists == 1
                    ? Json($$"""{"kind":"ConfigMapList","metadata":{"resourceVersion":"20"},"items":[{{Cm("a", "15")}},{{Cm("b", "16")}},{{Cm("c", "17")}}]}""")
                    : Json($$"""{"kind":"ConfigMapList","metadata":{"resourceVersion":"90"},"items":[{{Cm("a", "15")}},{{Cm("b", "80")}},{{Cm("d", "85")}}]}""");
            }

            return ++watches == 1
                ? Stream("""{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 20 (50)","reason":"Expired","code":410}}""")
                : Stream($$"""{"type":"MODIFIED","object":{{Cm("d", "91")}}}""");
        });
        var watcher = new ObjectWatcher(client, ConfigMaps, "demo");

        var events = await Take(watcher.RunAsync(CancellationToken.None), 9);

        Assert.Equal(
            ["Added a 15", "Added b 16", "Added c 17", "Bookmark  20", "Modified b 80", "Added d 85", "Deleted c 17", "Bookmark  90", "Modified d 91"],
            events);
        Assert.Equal(2, watcher.Lists);
    }

    [Fact]
    public async Task ObjectWatcher_TransientWatchFailure_RetriesFromSameVersion()
    {
        int watches = 0;
        var (client, handler) = Create(r =>
        {
            if (!(r.RequestUri?.Query ?? string.Empty).Contains("watch=true", StringComparison.Ordinal))
            {
                return Json("""{"kind":"ConfigMapList","metadata":{"resourceVersion":"5"},"items":[]}""");
            }

            return ++watches == 1
                ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection reset", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionReset))
                : Stream($$"""{"type":"ADDED","object":{{Cm("x", "6")}}}""");
        });
        var watcher = new ObjectWatcher(client, ConfigMaps, "demo");

        var events = await Take(watcher.RunAsync(CancellationToken.None), 2);

        Assert.Equal(["Bookmark  5", "Added x 6"], events);
        Assert.All(handler.Requests.Where(r => r.Uri.Contains("watch=true", StringComparison.Ordinal)), r => Assert.Contains("resourceVersion=5&", r.Uri, StringComparison.Ordinal));
    }

    private static async Task<List<string>> Take(IAsyncEnumerable<WatchEvent> source, int count)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var events = new List<string>();
        await foreach (var e in source.WithCancellation(cts.Token))
        {
            events.Add($"{e.Type} {KubeJson.GetString(e.Object, "metadata.name")} {e.ResourceVersion}");
            if (events.Count == count)
            {
                break;
            }
        }

        return events;
    }
}
