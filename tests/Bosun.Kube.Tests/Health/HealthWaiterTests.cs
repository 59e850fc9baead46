using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Bosun.Kube.Health;
using Bosun.Kube.Rest;

namespace Bosun.Kube.Tests.Health;

public class HealthWaiterTests
{
    private static readonly ResourceMapping s_deployments = new("apps", "v1", "Deployment", "deployments", true);
    private static readonly ResourceMapping s_jobs = new("batch", "v1", "Job", "jobs", true);

    /// <summary>Event streams the test writes to, one per resource and namespace, recording how each was opened.</summary>
    private sealed class ScriptedSource : IObjectEventSource
    {
        private readonly Dictionary<string, Channel<WatchEvent>> _streams = [];

        public List<string> Opened { get; } = [];

        public ChannelWriter<WatchEvent> Stream(string resource, string ns)
        {
            lock (_streams)
            {
                string key = resource + "/" + ns;
                if (!_streams.TryGetValue(key, out var channel))
                {
                    _streams[key] = channel = Channel.CreateUnbounded<WatchEvent>();
                }

                return channel.Writer;
            }
        }

        public async IAsyncEnumerable<WatchEvent> WatchAsync(ResourceMapping mapping, string? ns, string? fieldSelector, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            lock (Opened)
            {
                Opened.Add($"{mapping.Resource} {ns} {fieldSelector}");
            }

            Channel<WatchEvent> channel;
            lock (_streams)
            {
                string key = mapping.Resource + "/" + ns;
                if (!_streams.TryGetValue(key, out channel!))
                {
                    _streams[key] = channel = Channel.CreateUnbounded<WatchEvent>();
                }
            }

            await foreach (var e in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return e;
            }
        }
    }

    private static WatchEvent Event(WatchEventType type, string json) => new(type, JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException());

    private static WatchEvent Synced() => Event(WatchEventType.Bookmark, """{"metadata":{"resourceVersion":"1","annotations":{"k8s.io/initial-events-end":"true"}}}""");

    private static string Deployment(string name, int ready, string conditions = """[{"type":"Progressing","status":"True","reason":"NewReplicaSetAvailable"},{"type":"Available","status":"True"}]""") =>
        $$$"""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"{{{name}}}","namespace":"demo","generation":1},"spec":{"replicas":2},"status":{"observedGeneration":1,"replicas":2,"updatedReplicas":2,"availableReplicas":{{{ready}}},"readyReplicas":{{{ready}}},"conditions":{{{conditions}}}}}""";

    private static readonly string s_jobRunning = """{"metadata":{"name":"migrate","namespace":"demo"},"status":{}}""";
    private static readonly string s_jobStarted = """{"metadata":{"name":"migrate","namespace":"demo"},"status":{"startTime":"2026-11-22T08:00:00Z","active":1}}""";

    private static readonly WaitTarget s_web = new(s_deployments, "demo", "web");
    private static readonly WaitTarget s_api = new(s_deployments, "demo", "api");
    private static readonly WaitTarget s_migrate = new(s_jobs, "demo", "migrate");

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task WaitAsync_AllBecomeCurrent_EventDriven()
    {
        var source = new ScriptedSource();
        var time = new ManualTimeProvider();
        var waiter = new HealthWaiter(source, time);
        var deployments = source.Stream("deployments", "demo");
        var jobs = source.Stream("jobs", "demo");
        await deployments.WriteAsync(Event(WatchEventType.Added, Deployment("web", 1)));
        await deployments.WriteAsync(Event(WatchEventType.Added, Deployment("api", 2)));
        await deployments.WriteAsync(Event(WatchEventType.Added, Deployment("other", 0)));
        await deployments.WriteAsync(Synced());
        await jobs.WriteAsync(Event(WatchEventType.Added, s_jobRunning));
        await jobs.WriteAsync(Synced());

        var wait = waiter.WaitAsync([s_web, s_api, s_migrate, s_web], new WaitOptions { Timeout = TimeSpan.FromMinutes(1) }, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(wait.IsCompleted);

        await deployments.WriteAsync(Event(WatchEventType.Modified, Deployment("web", 2)));
        await jobs.WriteAsync(Event(WatchEventType.Modified, s_jobStarted));
        var result = await wait.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Succeeded);
        Assert.Null(result.ToDiagnostic());
        Assert.Equal(
            ["Deployment/demo/web: Current: Deployment is available. Replicas: 2", "Deployment/demo/api: Current: Deployment is available. Replicas: 2", "Job/demo/migrate: Current: Job in progress. success:0, active: 1, failed: 0"],
            result.Objects.Select(o => $"{o.Target}: {o.Health}"));
        Assert.Equal(["deployments demo ", "jobs demo metadata.name=migrate"], source.Opened.Order());
    }

    [Fact]
    public async Task WaitAsync_Timeout_ReportsWhatEachObjectStillWaitsFor()
    {
        var source = new ScriptedSource();
        var time = new ManualTimeProvider();
        var deployments = source.Stream("deployments", "demo");
        await deployments.WriteAsync(Event(WatchEventType.Added, Deployment("web", 1)));
        await deployments.WriteAsync(Event(WatchEventType.Added, Deployment("api", 2)));
        await deployments.WriteAsync(Synced());

        var wait = new HealthWaiter(source, time).WaitAsync([s_web, s_api, s_migrate], new WaitOptions { Timeout = TimeSpan.FromSeconds(90) }, CancellationToken.None);
        await Until(() => source.Opened.Count == 2);
        await Task.Delay(50);
        time.Advance(TimeSpan.FromSeconds(90));
        var result = await wait.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.TimedOut);
        Assert.False(result.Succeeded);
        var diagnostic = result.ToDiagnostic();
        Assert.Equal(
            "error BOSUN5171: timed out after 90s waiting for Deployment/demo/web (InProgress: Available: 1/2), Job/demo/migrate (Unknown: waiting for the first observation)",
            diagnostic?.FormatHeadline());
        Assert.Equal(["Deployment/demo/web: InProgress: Available: 1/2", "Job/demo/migrate: Unknown: waiting for the first observation"], diagnostic?.Related.Select(r => r.Message));
    }

    [Fact]
    public async Task WaitAsync_Failed_StopsEarly()
    {
        var source = new ScriptedSource();
        var deployments = source.Stream("deployments", "demo");
        await deployments.WriteAsync(Event(WatchEventType.Added, Deployment("web", 0, """[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded"}]""")));

        var result = await new HealthWaiter(source, new ManualTimeProvider()).WaitAsync([s_web], null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(result.TimedOut);
        Assert.Equal("error BOSUN5172: Deployment/demo/web failed: Progress deadline exceeded", result.ToDiagnostic()?.FormatHeadline());
    }

    [Fact]
    public async Task WaitAsync_NotSeenBySync_IsNotFound_AndDeletedWaitSucceedsOnDelete()
    {
        var source = new ScriptedSource();
        var deployments = source.Stream("deployments", "demo");
        var jobs = source.Stream("jobs", "demo");
        await deployments.WriteAsync(Event(WatchEventType.Added, Deployment("web", 2)));
        await deployments.WriteAsync(Synced());
        await jobs.WriteAsync(Synced());

        var wait = new HealthWaiter(source, new ManualTimeProvider()).WaitAsync([s_web, s_migrate], new WaitOptions { For = WaitFor.Deleted }, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(wait.IsCompleted);
        await deployments.WriteAsync(Event(WatchEventType.Deleted, Deployment("web", 2)));
        var result = await wait.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Succeeded);
        Assert.Equal(["NotFound: not found", "NotFound: not found"], result.Objects.Select(o => o.Health.ToString()));
    }

    [Fact]
    public async Task WaitAsync_TerminatingObject_KeepsWaitingForDeletion()
    {
        var source = new ScriptedSource();
        var deployments = source.Stream("deployments", "demo");
        await deployments.WriteAsync(Event(WatchEventType.Modified, """{"metadata":{"name":"web","namespace":"demo","deletionTimestamp":"2026-11-22T08:00:00Z"}}"""));
        var time = new ManualTimeProvider();

        var wait = new HealthWaiter(source, time).WaitAsync([s_web], new WaitOptions { For = WaitFor.Deleted, Timeout = TimeSpan.FromSeconds(30) }, CancellationToken.None);
        await Until(() => source.Opened.Count == 1);
        await Task.Delay(50);
        time.Advance(TimeSpan.FromSeconds(30));
        var result = await wait.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("error BOSUN5171: timed out after 30s waiting for Deployment/demo/web (Terminating: Resource scheduled for deletion)", result.ToDiagnostic()?.FormatHeadline());
    }

    [Fact]
    public async Task WaitAsync_WatchError_Propagates()
    {
        var source = new ScriptedSource();
        source.Stream("deployments", "demo").Complete(new InvalidOperationException("watch broke"));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => new HealthWaiter(source, new ManualTimeProvider()).WaitAsync([s_web], null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("watch broke", e.Message);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_Throws()
    {
        var source = new ScriptedSource();
        using var cts = new CancellationTokenSource();
        var wait = new HealthWaiter(source, new ManualTimeProvider()).WaitAsync([s_web], null, cts.Token);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
