using Bosun.Core.Diagnostics;
using Bosun.Kube.Diagnostics;
using Bosun.Kube.Emulator;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Rest;
using static Bosun.Kube.Tests.Emulator.EmulatorClusterTests;

namespace Bosun.Kube.Tests.Emulator;

/// <summary>The client against the emulator's fault injection: throttling, 500 bursts, conflicts, denials, latency, dropped watches, compaction.</summary>
public sealed class EmulatorFaultTests : IDisposable
{
    private static readonly ResourceMapping s_configMaps = new("", "v1", "ConfigMap", "configmaps", true);
    private readonly KubeEmulator _emulator = new(new EmulatorOptions());

    public void Dispose() => _emulator.Dispose();

    private static CancellationToken Bounded() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    [Fact]
    public async Task Throttle_429WithRetryAfter_IsRetried()
    {
        var time = new ManualTimeProvider { AutoAdvance = true };
        using var client = Client(_emulator, new Bosun.Kube.Http.KubeHttpOptions { TimeProvider = time, Timeout = TimeSpan.FromHours(1) });
        await client.Discovery.GetAsync(Bounded());
        using var _ = _emulator.Faults.Throttle(2, retryAfterSeconds: 2);

        var cm = await client.ApplyAsync(Obj("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"k":"v"}}"""), null, Bounded());

        Assert.Equal("a", KubeJson.GetString(cm, "metadata.name"));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], time.Sleeps.Where(s => s < TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task FailNext_500OnGet_IsRetried_ButNotOnPost()
    {
        using var client = Client(_emulator);
        await client.ApplyAsync(Obj("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}"""), null, Bounded());

        using (_emulator.Faults.FailNext(2, r => r.Method == "GET"))
        {
            Assert.Equal("a", KubeJson.GetString(await client.GetAsync(s_configMaps, null, "a", Bounded()), "metadata.name"));
        }

        using (_emulator.Faults.FailNext(1, r => r.Method == "POST"))
        {
            var e = await Assert.ThrowsAsync<KubeApiException>(() => client.CreateAsync(Obj("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"b"}}"""), Bounded()));
            Assert.Equal(500, e.StatusCode);
            Assert.Equal("BOSUN5113", e.Diagnostic.Code);
        }
    }

    [Fact]
    public async Task ConflictNext_OnUpdate_IsStaleConflict()
    {
        using var client = Client(_emulator);
        var cm = await client.ApplyAsync(Obj("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}"""), null, Bounded());
        using var _ = _emulator.Faults.ConflictNext(1);

        var e = await Assert.ThrowsAsync<KubeApiException>(() => client.UpdateAsync(cm, Bounded()));

        Assert.True(e.IsConflict);
        Assert.Equal("BOSUN5102", e.Diagnostic.Code);
    }

    [Fact]
    public async Task Reject_WebhookDenial_IsBosun5107()
    {
        using var client = Client(_emulator);
        await client.Discovery.GetAsync(Bounded());
        using var _ = _emulator.Faults.Reject(r => r.Method == "PATCH", new ApiError(403, "Forbidden", "admission webhook \"policy.example.com\" denied the request: replicas must be odd"));

        var e = await Assert.ThrowsAsync<KubeApiException>(() => client.ApplyAsync(Deployment("web", 2), null, Bounded()));

        Assert.Equal("Deployment/default/web: error BOSUN5107: admission webhook \"policy.example.com\" denied the request: replicas must be odd", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task Latency_BeyondTimeout_IsRequestTimeout()
    {
        using var client = Client(_emulator, new Bosun.Kube.Http.KubeHttpOptions { Timeout = TimeSpan.FromMilliseconds(100), MaxRetries = 0 });
        using var _ = _emulator.Faults.Latency(TimeSpan.FromSeconds(5));

        var e = await Assert.ThrowsAsync<BosunException>(() => client.GetVersionAsync(Bounded()));

        Assert.Equal("error BOSUN5053: GET /version timed out after 100ms", e.Diagnostic.FormatHeadline());
    }

    [Fact]
    public async Task DroppedWatch_AndCompaction_WatcherResumesAndRelists_OverLoopback()
    {
        await using var server = new Bosun.Kube.Emulator.Hosting.EmuServer(_emulator);
        await server.StartAsync();
        using var client = KubeClient.Create(new Bosun.Kube.Config.KubeConnection(new Uri(server.BaseUrl)), new Bosun.Kube.Http.KubeHttpOptions { Timeout = TimeSpan.FromSeconds(20) });
        await client.ApplyAsync(Obj("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"v":"1"}}"""), null, Bounded());
        var watcher = new ObjectWatcher(client, s_configMaps, "default") { RetryDelay = TimeSpan.FromMilliseconds(1) };
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seen = new List<string>();
        var reader = Task.Run(async () =>
        {
            await foreach (var e in watcher.RunAsync(cts.Token))
            {
                lock (seen)
                {
                    seen.Add($"{e.Type} {KubeJson.GetString(e.Object, "metadata.name")} {KubeJson.GetString(e.Object, "data.v")}");
                }
            }
        });

        async Task Until(Func<bool> condition)
        {
            while (!condition() && !cts.IsCancellationRequested)
            {
                await Task.Delay(10);
            }
        }

        int Count()
        {
            lock (seen)
            {
                return seen.Count;
            }
        }

        await Until(() => Count() >= 2);

        // Hold new watches at the server, drop the open one, and change and compact the store meanwhile: the
        // re-watch from the old resourceVersion gets 410 and the watcher must relist.
        using (_emulator.Faults.Latency(TimeSpan.FromMilliseconds(300), r => r.Param("watch") == "true"))
        {
            while (watcher.Watches < 2 && !cts.IsCancellationRequested)
            {
                _emulator.Faults.DropWatches();
                await Task.Delay(20);
            }

            await client.ApplyAsync(Obj("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"v":"2"}}"""), null, Bounded());
            await client.ApplyAsync(Obj("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"b"},"data":{"v":"1"}}"""), null, Bounded());
            _emulator.Store.Compact();
            await Until(() => Count() >= 5);
        }

        await client.ApplyAsync(Obj("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"b"},"data":{"v":"2"}}"""), null, Bounded());
        await Until(() => Count() >= 6);
        await cts.CancelAsync();
        var ex = await Record.ExceptionAsync(() => reader);

        Assert.True(ex is OperationCanceledException, ex?.ToString());
        Assert.Equal(["Added a 1", "Bookmark  ", "Modified a 2", "Added b 1", "Bookmark  ", "Modified b 2"], seen.Take(6));
        Assert.Equal(2, watcher.Lists);
    }
}
