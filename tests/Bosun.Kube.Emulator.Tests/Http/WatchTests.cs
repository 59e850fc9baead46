using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Tests.Support;

namespace Bosun.Kube.Emulator.Tests.Http;

/// <summary>Watches: initial events, the initial-events-end bookmark, resume, 410, timeouts, dropped watches.</summary>
public sealed class WatchTests
{
    private const string Cms = "/api/v1/namespaces/default/configmaps";

    private sealed class WatchReader : IDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private WatchReader(HttpResponseMessage response, Stream stream)
        {
            _response = response;
            _reader = new StreamReader(stream);
        }

        public static async Task<WatchReader> OpenAsync(InProcessCluster c, string query)
        {
            var response = await c.Client.GetAsync(Cms.TrimStart('/') + "?watch=true&" + query, HttpCompletionOption.ResponseHeadersRead);
            return new WatchReader(response, await response.Content.ReadAsStreamAsync());
        }

        /// <summary>The next event as <c>TYPE name</c> (BOOKMARK: <c>BOOKMARK rv [end]</c>), or null at end of stream.</summary>
        public async Task<string?> NextAsync()
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            string? line = await _reader.ReadLineAsync(cts.Token);
            if (line is null)
            {
                return null;
            }

            var ev = JsonNode.Parse(line)!.AsObject();
            string type = ev["type"]!.GetValue<string>();
            var meta = ev["object"]!["metadata"]!;
            return type switch
            {
                "BOOKMARK" => "BOOKMARK" + (meta["annotations"]?["k8s.io/initial-events-end"] is null ? "" : " end"),
                "ERROR" => "ERROR " + ev["object"]!["code"] + " " + ev["object"]!["message"],
                _ => type + " " + meta["name"]!.GetValue<string>(),
            };
        }

        public void Dispose()
        {
            _reader.Dispose();
            _response.Dispose();
        }
    }

    [Fact]
    public async Task Watch_SendInitialEvents_AddedThenEndBookmarkThenLive()
    {
        using var c = new InProcessCluster();
        await c.PostAsync(Cms, """{"metadata":{"name":"a"}}""");
        using var watch = await WatchReader.OpenAsync(c, "sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true");
        Assert.Equal("ADDED a", await watch.NextAsync());
        Assert.Equal("BOOKMARK end", await watch.NextAsync());
        await c.PostAsync(Cms, """{"metadata":{"name":"b"}}""");
        Assert.Equal("ADDED b", await watch.NextAsync());
        await c.DeleteAsync(Cms + "/a");
        Assert.Equal("DELETED a", await watch.NextAsync());
    }

    [Fact]
    public async Task Watch_FromResourceVersion_ReplaysLaterEventsOnly()
    {
        using var c = new InProcessCluster();
        var a = await c.PostAsync(Cms, """{"metadata":{"name":"a"}}""");
        string rv = a.Json["metadata"]!["resourceVersion"]!.GetValue<string>();
        await c.PostAsync(Cms, """{"metadata":{"name":"b"}}""");
        await c.SendAsync("PATCH", Cms + "/a", """{"data":{"k":"v"}}""", "application/merge-patch+json");
        using var watch = await WatchReader.OpenAsync(c, "resourceVersion=" + rv);
        Assert.Equal("ADDED b", await watch.NextAsync());
        Assert.Equal("MODIFIED a", await watch.NextAsync());
    }

    [Fact]
    public async Task Watch_BelowCompactionFloor_ErrorExpired()
    {
        using var c = new InProcessCluster();
        await c.PostAsync(Cms, """{"metadata":{"name":"a"}}""");
        c.Emulator.Store.Compact();
        using var watch = await WatchReader.OpenAsync(c, "resourceVersion=2");
        string? ev = await watch.NextAsync();
        Assert.StartsWith("ERROR 410 too old resource version: 2 (", ev, StringComparison.Ordinal);
        Assert.Null(await watch.NextAsync());
    }

    [Fact]
    public async Task Watch_LabelSelector_FiltersEvents()
    {
        using var c = new InProcessCluster();
        using var watch = await WatchReader.OpenAsync(c, "resourceVersion=0&labelSelector=app%3Dweb");
        await c.PostAsync(Cms, """{"metadata":{"name":"other"}}""");
        await c.PostAsync(Cms, """{"metadata":{"name":"web","labels":{"app":"web"}}}""");
        Assert.Equal("ADDED web", await watch.NextAsync());
    }

    [Fact]
    public async Task Watch_LabelSelector_ObjectStopsMatching_DeletedThenAddedBack()
    {
        using var c = new InProcessCluster();
        await c.PostAsync(Cms, """{"metadata":{"name":"web","labels":{"app":"web"}}}""");
        using var watch = await WatchReader.OpenAsync(c, "resourceVersion=0&labelSelector=app%3Dweb");
        Assert.Equal("ADDED web", await watch.NextAsync());
        await c.SendAsync("PATCH", Cms + "/web", """{"metadata":{"labels":{"app":"db"}}}""", "application/merge-patch+json");
        Assert.Equal("DELETED web", await watch.NextAsync());
        await c.SendAsync("PATCH", Cms + "/web", """{"metadata":{"labels":{"app":"web"}}}""", "application/merge-patch+json");
        Assert.Equal("ADDED web", await watch.NextAsync());
    }

    [Fact]
    public async Task Watch_TimeoutSeconds_EndsStream()
    {
        var time = new ManualTimeProvider();
        using var c = new InProcessCluster(new EmulatorOptions { TimeProvider = time, RunControllers = false });
        using var watch = await WatchReader.OpenAsync(c, "timeoutSeconds=5");
        var next = watch.NextAsync();
        await Task.Delay(100);
        time.Advance(TimeSpan.FromSeconds(6));
        Assert.Null(await next);
    }

    [Fact]
    public async Task Watch_PeriodicBookmark_SentWhenAllowed()
    {
        var time = new ManualTimeProvider();
        using var c = new InProcessCluster(new EmulatorOptions { TimeProvider = time, RunControllers = false, BookmarkInterval = TimeSpan.FromSeconds(30) });
        using var watch = await WatchReader.OpenAsync(c, "resourceVersion=1&allowWatchBookmarks=true");
        var next = watch.NextAsync();
        await Task.Delay(100);
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("BOOKMARK", await next);
    }

    [Fact]
    public async Task Watch_DropWatches_EndsStream()
    {
        using var c = new InProcessCluster();
        using var watch = await WatchReader.OpenAsync(c, "resourceVersion=1");
        var next = watch.NextAsync();
        await Task.Delay(100);
        c.Emulator.Faults.DropWatches();
        Assert.Null(await next);
    }

    [Fact]
    public async Task Watch_SendInitialEventsWithoutNotOlderThan_Invalid()
    {
        using var c = new InProcessCluster();
        var r = await c.GetAsync(Cms + "?watch=true&sendInitialEvents=true");
        Assert.Equal(422, r.Status);
    }
}
