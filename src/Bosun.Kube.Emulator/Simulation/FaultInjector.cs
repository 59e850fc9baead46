using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Http;

namespace Bosun.Kube.Emulator.Simulation;

/// <summary>
/// Test hooks that make the emulator misbehave on purpose: added latency, 429/500 bursts with
/// <c>Retry-After</c>, arbitrary Status answers, conflicts on writes and dropped watches. Rules apply in the
/// order they were added; each may be limited to a number of matching requests.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<Rule> _rules = [];
    private CancellationTokenSource _watchDrop = new();

    private sealed class Rule
    {
        public required Func<EmuRequest, bool> Match { get; init; }

        public int? Remaining { get; set; }

        public TimeSpan Delay { get; init; }

        public Func<ApiError>? Error { get; init; }
    }

    /// <summary>Delays matching requests (all when <paramref name="match"/> is null) by <paramref name="delay"/>.</summary>
    public IDisposable Latency(TimeSpan delay, Func<EmuRequest, bool>? match = null, int? count = null) =>
        Add(new Rule { Match = match ?? (_ => true), Delay = delay, Remaining = count });

    /// <summary>Answers the next <paramref name="count"/> matching requests with 429 TooManyRequests and <c>Retry-After</c>.</summary>
    public IDisposable Throttle(int count, int retryAfterSeconds = 1, Func<EmuRequest, bool>? match = null) =>
        Add(new Rule
        {
            Match = match ?? (_ => true),
            Remaining = count,
            Error = () => new ApiError(429, "TooManyRequests", "Too many requests, please try again later.",
                new JsonObject { ["retryAfterSeconds"] = retryAfterSeconds }) { RetryAfterSeconds = retryAfterSeconds },
        });

    /// <summary>Answers the next <paramref name="count"/> matching requests with 500 InternalError (optionally with <c>Retry-After</c>).</summary>
    public IDisposable FailNext(int count, Func<EmuRequest, bool>? match = null, int? retryAfterSeconds = null) =>
        Add(new Rule
        {
            Match = match ?? (_ => true),
            Remaining = count,
            Error = () =>
            {
                var details = new JsonObject { ["causes"] = new JsonArray(new JsonObject { ["message"] = "injected fault" }) };
                if (retryAfterSeconds is { } seconds)
                {
                    details["retryAfterSeconds"] = seconds;
                }

                return new ApiError(500, "InternalError", "Internal error occurred: injected fault", details)
                {
                    RetryAfterSeconds = retryAfterSeconds,
                };
            },
        });

    /// <summary>Answers the next <paramref name="count"/> writes (PUT, PATCH) with 409 Conflict (stale resourceVersion).</summary>
    public IDisposable ConflictNext(int count, Func<EmuRequest, bool>? match = null) =>
        Add(new Rule
        {
            Match = r => r.Method is "PUT" or "PATCH" && (match?.Invoke(r) ?? true),
            Remaining = count,
            Error = () => new ApiError(409, "Conflict",
                "Operation cannot be fulfilled: the object has been modified; please apply your changes to the latest version and try again"),
        });

    /// <summary>Answers matching requests with <paramref name="error"/> (a webhook denial, 403, …) until disposed.</summary>
    public IDisposable Reject(Func<EmuRequest, bool> match, ApiError error, int? count = null) =>
        Add(new Rule { Match = match, Remaining = count, Error = () => error });

    /// <summary>Ends every open watch now (clients see the stream close and must re-watch).</summary>
    public void DropWatches()
    {
        CancellationTokenSource old;
        lock (_gate)
        {
            old = _watchDrop;
            _watchDrop = new CancellationTokenSource();
        }

        old.Cancel();
        old.Dispose();
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Cancelled by <see cref="DropWatches"/>.</summary>
    internal CancellationToken WatchDropToken
    {
        get
        {
            lock (_gate)
            {
                return _watchDrop.Token;
            }
        }
    }

    /// <summary>The delay and error for a request, consuming counted rules.</summary>
    internal (TimeSpan Delay, ApiError? Error) Evaluate(EmuRequest request)
    {
        var delay = TimeSpan.Zero;
        lock (_gate)
        {
            foreach (var rule in _rules.ToList())
            {
                if (!rule.Match(request))
                {
                    continue;
                }

                if (rule.Remaining is { } n)
                {
                    if (n <= 1)
                    {
                        _rules.Remove(rule);
                    }
                    else
                    {
                        rule.Remaining = n - 1;
                    }
                }

                delay += rule.Delay;
                if (rule.Error is { } error)
                {
                    return (delay, error());
                }
            }
        }

        return (delay, null);
    }

    private IDisposable Add(Rule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }

        return new Removal(() =>
        {
            lock (_gate)
            {
                _rules.Remove(rule);
            }
        });
    }

    private sealed class Removal(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
