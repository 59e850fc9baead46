namespace Bosun.Kube.Http;

/// <summary>Waits for a token of the client-side rate limiter before each attempt.</summary>
public sealed class RateLimitHandler(TokenBucketRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
