using System.Net;
using Bosun.Kube.Http;

namespace Bosun.Kube.Tests.Http;

public class RateLimitTests
{
    [Fact]
    public void Reserve_BurstThenQps()
    {
        var time = new ManualTimeProvider();
        var limiter = new TokenBucketRateLimiter(qps: 2, burst: 3, time);

        var waits = Enumerable.Range(0, 5).Select(_ => limiter.Reserve().TotalMilliseconds).ToList();

        Assert.Equal([0, 0, 0, 500, 1000], waits);
    }

    [Fact]
    public void Reserve_RefillsOverTimeUpToBurst()
    {
        var time = new ManualTimeProvider();
        var limiter = new TokenBucketRateLimiter(qps: 10, burst: 2, time);
        limiter.Reserve();
        limiter.Reserve();

        time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve());
        Assert.Equal(TimeSpan.FromMilliseconds(100), limiter.Reserve());

        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal([0, 0, 100], Enumerable.Range(0, 3).Select(_ => Math.Round(limiter.Reserve().TotalMilliseconds)));
    }

    [Fact]
    public async Task Handler_HoldsRequestsBeyondBurstUntilTokensRefill()
    {
        var time = new ManualTimeProvider();
        var script = new ScriptedHandler().Respond(HttpStatusCode.OK);
        var invoker = new HttpMessageInvoker(new RateLimitHandler(new TokenBucketRateLimiter(1, 2, time)) { InnerHandler = script });

        var sends = Enumerable.Range(0, 4).Select(i => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"http://k/{i}"), CancellationToken.None)).ToList();
        await Task.WhenAll(sends.Take(2)).WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(20);
        Assert.Equal(2, script.Requests.Count);

        time.Advance(TimeSpan.FromSeconds(1));
        await sends[2].WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(20);
        Assert.Equal(3, script.Requests.Count);
        Assert.False(sends[3].IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        await sends[3].WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(4, script.Requests.Count);
    }

    [Fact]
    public async Task Acquire_Cancelled_GivesTheTokenBack()
    {
        var time = new ManualTimeProvider();
        var limiter = new TokenBucketRateLimiter(1, 1, time);
        await limiter.AcquireAsync(CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync(cts.Token).AsTask();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve());
    }
}
