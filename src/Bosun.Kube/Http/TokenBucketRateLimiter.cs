namespace Bosun.Kube.Http;

/// <summary>
/// A token bucket like client-go's <c>flowcontrol.NewTokenBucketRateLimiter(qps, burst)</c>: up to
/// <c>burst</c> requests at once, then <c>qps</c> per second. Waiters reserve their slot (the balance may go negative),
/// so concurrent callers are served in order, each after exactly its share of time.
/// </summary>
public sealed class TokenBucketRateLimiter
{
    private readonly Lock _lock = new();
    private readonly double _qps;
    private readonly double _burst;
    private readonly TimeProvider _time;
    private double _tokens;
    private DateTimeOffset _last;

    public TokenBucketRateLimiter(double qps, int burst, TimeProvider? time = null)
    {
        if (qps <= 0 || burst < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(qps), "qps must be positive and burst at least 1");
        }

        _qps = qps;
        _burst = burst;
        _time = time ?? TimeProvider.System;
        _tokens = burst;
        _last = _time.GetUtcNow();
    }

    /// <summary>Takes one token, waiting until it is available.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        var wait = Reserve();
        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                lock (_lock)
                {
                    _tokens += 1;
                }

                throw;
            }
        }
    }

    /// <summary>Reserves a token and returns how long the caller must wait for it.</summary>
    public TimeSpan Reserve()
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            _tokens = Math.Min(_burst, _tokens + ((now - _last).TotalSeconds * _qps));
            _last = now;
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _qps);
        }
    }
}
