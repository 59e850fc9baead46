namespace Bosun.Kube.Http;

/// <summary>Timeouts, retries and client-side rate limits of the HTTP pipeline.</summary>
public sealed record KubeHttpOptions
{
    /// <summary>Per attempt, until the whole response body is read (watches: until the headers arrive).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(32);

    /// <summary>Retries after the first attempt (so at most MaxRetries + 1 requests).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first backoff; doubled on each retry up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A Retry-After longer than this is cut down to it.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Sustained requests per second (token refill rate); 0 disables the limit.</summary>
    public double Qps { get; init; } = 50;

    /// <summary>Requests allowed at once before the limit applies (bucket size).</summary>
    public int Burst { get; init; } = 100;

    /// <summary>Sent as User-Agent; the server derives the default field manager from it up to the first '/'.</summary>
    public string UserAgent { get; init; } = "bosun/0 (linux) kubernetes/client";

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
