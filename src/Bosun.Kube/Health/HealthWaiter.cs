using System.Text.Json.Nodes;
using Bosun.Kube.Rest;

namespace Bosun.Kube.Health;

/// <summary>
/// Waits for many objects at once, event-driven: one watch per resource and namespace (narrowed to
/// <c>metadata.name</c> when only one object of that resource is awaited), every event re-evaluated with
/// <see cref="KStatus"/>. Ends when all objects are Current (or gone, for <see cref="WaitFor.Deleted"/>), when one
/// fails (FailFast), or at the timeout; the result says per object what it still waits for.
/// </summary>
public sealed class HealthWaiter(IObjectEventSource source, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The state shown for an object before its watch has delivered the current state.</summary>
    public static readonly HealthResult NotYetObserved = new(HealthStatus.Unknown, "waiting for the first observation");

    public static bool IsDone(HealthResult health, WaitFor waitFor) => waitFor switch
    {
        WaitFor.Deleted => health.Status == HealthStatus.NotFound,
        _ => health.Status == HealthStatus.Current,
    };

    /// <summary>Waits; never throws for timeouts or failures (see <see cref="WaitResult.ToDiagnostic"/>), only on cancellation or watch errors.</summary>
    public async Task<WaitResult> WaitAsync(IReadOnlyList<WaitTarget> targets, WaitOptions? options, CancellationToken cancellationToken)
    {
        options ??= new WaitOptions();
        targets = [.. targets.Distinct()];
        var state = new Dictionary<WaitTarget, HealthResult>();
        foreach (var target in targets)
        {
            state[target] = NotYetObserved;
        }

        if (targets.Count == 0)
        {
            return new WaitResult([], false, options.Timeout, options.For);
        }

        var changed = new SemaphoreSlim(0);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var groups = targets.GroupBy(t => (t.Mapping, Ns: t.Mapping.Namespaced ? t.Namespace ?? string.Empty : string.Empty)).ToList();
        var watchers = groups.Select(g => Task.Run(() => WatchGroupAsync(g.Key.Mapping, g.Key.Ns, [.. g], state, changed, stop.Token), stop.Token)).ToList();
        var timeout = Task.Delay(options.Timeout, _time, stop.Token);
        var running = new List<Task>(watchers);
        Task? signal = null;
        try
        {
            while (true)
            {
                lock (state)
                {
                    var snapshot = state.Values.ToList();
                    if (snapshot.All(h => IsDone(h, options.For))
                        || (options.FailFast && options.For == WaitFor.Current && snapshot.Any(h => h.Status == HealthStatus.Failed)))
                    {
                        return Result(targets, state, false, options);
                    }
                }

                signal ??= changed.WaitAsync(stop.Token);
                var waits = new List<Task>(running) { signal, timeout };
                var first = await Task.WhenAny(waits).ConfigureAwait(false);
                if (first == timeout)
                {
                    await timeout.ConfigureAwait(false);
                    return Result(targets, state, true, options);
                }

                if (first == signal)
                {
                    signal = null;
                    continue;
                }

                // A watch ended: surface its error, or stop listening to it when it simply finished.
                running.Remove(first);
                await first.ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(watchers).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The watches were stopped on purpose.
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // A watch error already surfaced (or the wait finished first); nothing more to report.
            }
        }
    }

    private async Task WatchGroupAsync(ResourceMapping mapping, string ns, List<WaitTarget> targets, Dictionary<WaitTarget, HealthResult> state, SemaphoreSlim changed, CancellationToken cancellationToken)
    {
        var byName = targets.ToDictionary(t => t.Name, StringComparer.Ordinal);
        string? fieldSelector = targets.Count == 1 ? "metadata.name=" + targets[0].Name : null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var e in source.WatchAsync(mapping, ns.Length == 0 ? null : ns, fieldSelector, cancellationToken).ConfigureAwait(false))
        {
            if (e.IsInitialEventsEnd)
            {
                lock (state)
                {
                    foreach (var missing in targets.Where(t => !seen.Contains(t.Name)))
                    {
                        state[missing] = new HealthResult(HealthStatus.NotFound, "not found");
                    }
                }

                changed.Release();
                continue;
            }

            if (e.Type == WatchEventType.Bookmark || KubeJson.GetString(e.Object, "metadata.name") is not { } name || !byName.TryGetValue(name, out var target))
            {
                continue;
            }

            seen.Add(name);
            var health = e.Type == WatchEventType.Deleted
                ? new HealthResult(HealthStatus.NotFound, "not found")
                : KStatus.Compute(WithKind(e.Object, mapping), _time);
            lock (state)
            {
                state[target] = health;
            }

            changed.Release();
        }
    }

    private static JsonObject WithKind(JsonObject obj, ResourceMapping mapping)
    {
        if (obj["kind"] is not null && obj["apiVersion"] is not null)
        {
            return obj;
        }

        var copy = (JsonObject)obj.DeepClone();
        copy["kind"] ??= mapping.Kind;
        copy["apiVersion"] ??= mapping.ApiVersion;
        return copy;
    }

    private static WaitResult Result(IReadOnlyList<WaitTarget> targets, Dictionary<WaitTarget, HealthResult> state, bool timedOut, WaitOptions options)
    {
        lock (state)
        {
            return new WaitResult([.. targets.Select(t => (t, state[t]))], timedOut, options.Timeout, options.For);
        }
    }
}
