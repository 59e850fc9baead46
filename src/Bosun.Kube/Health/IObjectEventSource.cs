using Bosun.Kube.Rest;

namespace Bosun.Kube.Health;

/// <summary>
/// A stream of watch events for one resource in one namespace, optionally narrowed by a field selector. It must emit
/// a bookmark with <see cref="WatchEvent.IsInitialEventsEnd"/> once the current state has been delivered, so objects
/// not seen by then count as NotFound. <see cref="ClusterEventSource"/> is the real one (list + watch + relist).
/// </summary>
public interface IObjectEventSource
{
    IAsyncEnumerable<WatchEvent> WatchAsync(ResourceMapping mapping, string? ns, string? fieldSelector, CancellationToken cancellationToken);
}
