using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Bosun.Kube.Http;

/// <summary>
/// Bounds each attempt with <see cref="KubeHttpOptions.Timeout"/> (body included, except for streaming requests) and
/// retries with exponential backoff: 429 always (the server did not process the request), 5xx and broken connections
/// only for idempotent requests (<see cref="KubeRequest.IsIdempotent"/>), refused connections always (nothing was
/// sent). A <c>Retry-After</c> header (seconds or HTTP date) replaces the backoff. TLS and DNS failures are not
/// retried. After the last attempt the final response (or exception) reaches the caller.
/// </summary>
public sealed class RetryHandler(KubeHttpOptions options) : DelegatingHandler
{
    /// <summary>Called before each retry with the attempt number (1-based), the delay and the reason.</summary>
    public Action<int, TimeSpan, string>? OnRetry { get; init; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[]? body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        bool idempotent = KubeRequest.IsIdempotent(request);
        bool streaming = KubeRequest.IsStreaming(request);
        var time = options.TimeProvider;
        for (int attempt = 0; ; attempt++)
        {
            using var attemptRequest = Clone(request, body);
            using var timeout = new CancellationTokenSource(options.Timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            HttpResponseMessage response;
            TimeSpan delay;
            string reason;
            try
            {
                response = await base.SendAsync(attemptRequest, linked.Token).ConfigureAwait(false);
                if (!streaming)
                {
                    await response.Content.LoadIntoBufferAsync(linked.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
            {
                if (attempt >= options.MaxRetries || !idempotent)
                {
                    throw new TimeoutException(
                        $"{request.Method} {request.RequestUri} timed out after {FormatSpan(options.Timeout)}");
                }

                delay = Backoff(attempt);
                reason = "timeout";
                OnRetry?.Invoke(attempt + 1, delay, reason);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (HttpRequestException e) when (attempt < options.MaxRetries && CanRetry(e, idempotent))
            {
                delay = Backoff(attempt);
                reason = e.Message;
                OnRetry?.Invoke(attempt + 1, delay, reason);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            int code = (int)response.StatusCode;
            bool retryable = code == 429 || (idempotent && code >= 500 && code != 501 && code != 505);
            if (!retryable || attempt >= options.MaxRetries)
            {
                return response;
            }

            delay = RetryAfter(response) ?? Backoff(attempt);
            response.Dispose();
            OnRetry?.Invoke(attempt + 1, delay, "HTTP " + code);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The backoff before retry <paramref name="attempt"/> + 1: initial × 2^attempt, capped.</summary>
    public TimeSpan Backoff(int attempt)
    {
        double ms = options.InitialBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        return TimeSpan.FromMilliseconds(Math.Min(ms, options.MaxBackoff.TotalMilliseconds));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - options.TimeProvider.GetUtcNow() : null);
        if (wait is null && response.Headers.TryGetValues("Retry-After", out var raw)
            && int.TryParse(raw.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out int seconds))
        {
            wait = TimeSpan.FromSeconds(seconds);
        }

        if (wait is not { } value)
        {
            return null;
        }

        return value < TimeSpan.Zero ? TimeSpan.Zero : value > options.MaxRetryAfter ? options.MaxRetryAfter : value;
    }

    private static bool CanRetry(HttpRequestException e, bool idempotent)
    {
        if (e.HttpRequestError is HttpRequestError.SecureConnectionError or HttpRequestError.NameResolutionError)
        {
            return false;
        }

        bool refused = e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused };
        return refused || idempotent;
    }

    private static HttpRequestMessage Clone(HttpRequestMessage request, byte[]? body)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var header in request.Headers)
        {
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in request.Options)
        {
            ((IDictionary<string, object?>)clone.Options)[option.Key] = option.Value;
        }

        if (body is not null && request.Content is not null)
        {
            clone.Content = new ByteArrayContent(body);
            foreach (var header in request.Content.Headers)
            {
                clone.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return clone;
    }

    internal static string FormatSpan(TimeSpan span) =>
        span.TotalSeconds >= 1 && span.TotalSeconds == Math.Floor(span.TotalSeconds)
            ? span.TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s"
            : span.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + "ms";

    internal static HttpStatusCode Code(HttpResponseMessage response) => response.StatusCode;
}
