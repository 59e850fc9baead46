using System.Net;
using System.Net.Sockets;
using System.Text;
using Bosun.Kube.Http;

namespace Bosun.Kube.Tests.Http;

public class RetryHandlerTests
{
    private static (HttpMessageInvoker Invoker, ManualTimeProvider Time) Pipeline(ScriptedHandler script, int maxRetries = 4, TimeSpan? timeout = null)
    {
        var time = new ManualTimeProvider { AutoAdvance = true };
        var options = new KubeHttpOptions { TimeProvider = time, MaxRetries = maxRetries, Timeout = timeout ?? TimeSpan.FromHours(1) };
        return (new HttpMessageInvoker(new RetryHandler(options) { InnerHandler = script }), time);
    }

    private static HttpRequestMessage Get() => new(HttpMethod.Get, "http://k/api/v1/namespaces");

    private static HttpRequestMessage Post() => new(HttpMethod.Post, "http://k/api/v1/namespaces") { Content = new StringContent("{\"a\":1}", Encoding.UTF8, "application/json") };

    private static HttpRequestMessage Apply() => new(HttpMethod.Patch, "http://k/api/v1/namespaces/x?fieldManager=bosun")
    {
        Content = new StringContent("{}", Encoding.UTF8, "application/apply-patch+yaml"),
    };

    private static List<TimeSpan> Backoffs(ManualTimeProvider time) => [.. time.Sleeps.Where(s => s < TimeSpan.FromHours(1))];

    [Fact]
    public async Task TooManyRequests_HonoursRetryAfterSeconds()
    {
        var script = new ScriptedHandler().Respond(HttpStatusCode.TooManyRequests, headers: ("Retry-After", "3")).Respond(HttpStatusCode.OK);
        var (invoker, time) = Pipeline(script);

        using var response = await invoker.SendAsync(Post(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, script.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(3)], Backoffs(time));
        Assert.Equal("{\"a\":1}", script.Requests[1].Body);
        Assert.Equal("application/json; charset=utf-8", script.Requests[1].ContentType);
    }

    [Fact]
    public async Task RetryAfterHttpDate_WaitsUntilThatTime()
    {
        var script = new ScriptedHandler().Respond(HttpStatusCode.TooManyRequests, headers: ("Retry-After", "Sun, 22 Nov 2026 08:00:07 GMT")).Respond(HttpStatusCode.OK);
        var (invoker, time) = Pipeline(script);

        using var response = await invoker.SendAsync(Get(), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(7)], Backoffs(time));
    }

    [Fact]
    public async Task RetryAfterTooLong_IsCapped()
    {
        var script = new ScriptedHandler().Respond(HttpStatusCode.TooManyRequests, headers: ("Retry-After", "3600")).Respond(HttpStatusCode.OK);
        var (invoker, time) = Pipeline(script);

        using var response = await invoker.SendAsync(Get(), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(60)], Backoffs(time));
    }

    [Fact]
    public async Task ServerErrors_OnGet_BackOffExponentiallyThenReturnLastResponse()
    {
        var script = new ScriptedHandler().Respond(HttpStatusCode.ServiceUnavailable, """{"kind":"Status","code":503}""");
        var (invoker, time) = Pipeline(script);

        using var response = await invoker.SendAsync(Get(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(5, script.Requests.Count);
        Assert.Equal([500, 1000, 2000, 4000], Backoffs(time).Select(s => (int)s.TotalMilliseconds));
        Assert.Equal("""{"kind":"Status","code":503}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ServerError_OnPost_IsNotRetried()
    {
        var script = new ScriptedHandler().Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.OK);
        var (invoker, _) = Pipeline(script);

        using var response = await invoker.SendAsync(Post(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(script.Requests);
    }

    [Fact]
    public async Task ServerError_OnServerSideApply_IsRetried()
    {
        var script = new ScriptedHandler().Respond(HttpStatusCode.GatewayTimeout).Respond(HttpStatusCode.OK);
        var (invoker, _) = Pipeline(script);

        using var response = await invoker.SendAsync(Apply(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, script.Requests.Count);
        Assert.Equal("application/apply-patch+yaml; charset=utf-8", script.Requests[1].ContentType);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotImplemented)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    public async Task ClientErrors_AreNotRetried(HttpStatusCode code)
    {
        var script = new ScriptedHandler().Respond(code).Respond(HttpStatusCode.OK);
        var (invoker, _) = Pipeline(script);

        using var response = await invoker.SendAsync(Get(), CancellationToken.None);

        Assert.Equal(code, response.StatusCode);
        Assert.Single(script.Requests);
    }

    [Fact]
    public async Task ConnectionRefused_OnPost_IsRetried()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (k:80)", new SocketException((int)SocketError.ConnectionRefused));
        var script = new ScriptedHandler().Throw(refused).Respond(HttpStatusCode.Created);
        var (invoker, time) = Pipeline(script);

        using var response = await invoker.SendAsync(Post(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal([TimeSpan.FromMilliseconds(500)], Backoffs(time));
    }

    [Fact]
    public async Task ConnectionReset_OnPostIsNotRetried_OnGetIsRetried()
    {
        var reset = new HttpRequestException(HttpRequestError.ConnectionError, "reset", new SocketException((int)SocketError.ConnectionReset));
        var (postInvoker, _) = Pipeline(new ScriptedHandler().Throw(reset).Respond(HttpStatusCode.OK));
        var getScript = new ScriptedHandler().Throw(reset).Respond(HttpStatusCode.OK);
        var (getInvoker, _) = Pipeline(getScript);

        await Assert.ThrowsAsync<HttpRequestException>(() => postInvoker.SendAsync(Post(), CancellationToken.None));
        using var response = await getInvoker.SendAsync(Get(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, getScript.Requests.Count);
    }

    [Fact]
    public async Task TlsFailure_IsNotRetried()
    {
        var script = new ScriptedHandler().Throw(new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established")).Respond(HttpStatusCode.OK);
        var (invoker, _) = Pipeline(script);

        await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(Get(), CancellationToken.None));
        Assert.Single(script.Requests);
    }

    [Fact]
    public async Task Timeout_ThrowsTimeoutExceptionWithRequest()
    {
        var time = new ManualTimeProvider();
        var script = new ScriptedHandler().Then(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var options = new KubeHttpOptions { TimeProvider = time, Timeout = TimeSpan.FromSeconds(5) };
        var invoker = new HttpMessageInvoker(new RetryHandler(options) { InnerHandler = script });

        var send = invoker.SendAsync(Post(), CancellationToken.None);
        while (script.Requests.Count == 0)
        {
            await Task.Delay(1);
        }

        time.Advance(TimeSpan.FromSeconds(5));
        var e = await Assert.ThrowsAsync<TimeoutException>(() => send.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("POST http://k/api/v1/namespaces timed out after 5s", e.Message);
    }

    [Fact]
    public async Task CallerCancellation_IsNotATimeout()
    {
        var script = new ScriptedHandler().Then(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var (invoker, _) = Pipeline(script);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => invoker.SendAsync(Get(), cts.Token).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData("GET", null, true)]
    [InlineData("DELETE", null, true)]
    [InlineData("PUT", "application/json", true)]
    [InlineData("POST", "application/json", false)]
    [InlineData("PATCH", "application/apply-patch+yaml", true)]
    [InlineData("PATCH", "application/merge-patch+json", false)]
    [InlineData("PATCH", "application/json-patch+json", false)]
    public void IsIdempotent_ByMethodAndPatchType(string method, string? contentType, bool expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "http://k/");
        if (contentType is not null)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, contentType);
        }

        Assert.Equal(expected, KubeRequest.IsIdempotent(request));
    }
}
