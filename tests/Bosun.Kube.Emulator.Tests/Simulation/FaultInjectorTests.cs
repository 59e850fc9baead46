using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Emulator.Tests.Support;

namespace Bosun.Kube.Emulator.Tests.Simulation;

/// <summary>Fault injection: 429 bursts with Retry-After, 500s, conflicts, arbitrary rejections, latency.</summary>
public sealed class FaultInjectorTests
{
    private const string Cms = "/api/v1/namespaces/default/configmaps";

    [Fact]
    public async Task Throttle_TwoRequests_429WithRetryAfterThenOk()
    {
        using var c = new InProcessCluster();
        c.Emulator.Faults.Throttle(2, retryAfterSeconds: 3);
        var first = await c.GetAsync(Cms);
        Assert.Equal(429, first.Status);
        Assert.Equal("3", string.Join(",", first.Message.Headers.GetValues("Retry-After")));
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Too many requests, please try again later.","reason":"TooManyRequests","details":{"retryAfterSeconds":3},"code":429}""", first.Body);
        Assert.Equal(429, (await c.GetAsync(Cms)).Status);
        Assert.Equal(200, (await c.GetAsync(Cms)).Status);
    }

    [Fact]
    public async Task FailNext_MatchingWrites_500ThenOk()
    {
        using var c = new InProcessCluster();
        c.Emulator.Faults.FailNext(1, r => r.Method == "POST");
        Assert.Equal(200, (await c.GetAsync(Cms)).Status);
        var failed = await c.PostAsync(Cms, """{"metadata":{"name":"x"}}""");
        Assert.Equal(500, failed.Status);
        Assert.Equal("""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Internal error occurred: injected fault","reason":"InternalError","details":{"causes":[{"message":"injected fault"}]},"code":500}""", failed.Body);
        Assert.Equal(201, (await c.PostAsync(Cms, """{"metadata":{"name":"x"}}""")).Status);
    }

    [Fact]
    public async Task ConflictNext_Put_409()
    {
        using var c = new InProcessCluster();
        var created = await c.PostAsync(Cms, """{"metadata":{"name":"x"}}""");
        c.Emulator.Faults.ConflictNext(1);
        Assert.Equal(409, (await c.PutAsync(Cms + "/x", created.Body)).Status);
        Assert.Equal(200, (await c.PutAsync(Cms + "/x", created.Body)).Status);
    }

    [Fact]
    public async Task Reject_WebhookDenial_UntilDisposed()
    {
        using var c = new InProcessCluster();
        var rule = c.Emulator.Faults.Reject(r => r.Method == "POST",
            new ApiError(403, "Forbidden", "admission webhook \"deny.example.com\" denied the request: no"));
        var denied = await c.PostAsync(Cms, """{"metadata":{"name":"x"}}""");
        Assert.Equal(403, denied.Status);
        Assert.Equal("admission webhook \"deny.example.com\" denied the request: no", denied.Json["message"]!.GetValue<string>());
        rule.Dispose();
        Assert.Equal(201, (await c.PostAsync(Cms, """{"metadata":{"name":"x"}}""")).Status);
    }

    [Fact]
    public async Task Latency_OnManualClock_DelaysUntilAdvanced()
    {
        var time = new ManualTimeProvider();
        using var c = new InProcessCluster(new EmulatorOptions { TimeProvider = time, RunControllers = false });
        c.Emulator.Faults.Latency(TimeSpan.FromSeconds(10), count: 1);
        var pending = c.GetAsync(Cms);
        await Task.Delay(100);
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(200, (await pending.WaitAsync(TimeSpan.FromSeconds(10))).Status);
    }

    [Fact]
    public async Task RequestLog_RecordsMethodPathQueryAndStatus()
    {
        using var c = new InProcessCluster();
        await c.GetAsync(Cms + "?limit=500");
        Assert.Equal("GET /api/v1/namespaces/default/configmaps?limit=500 200", c.Emulator.RequestLog[^1].ToString());
    }
}
