using Bosun.Kube.Rest;

namespace Bosun.Kube.Health;

/// <summary>Events from the cluster through <see cref="ObjectWatcher"/> (resume, bookmarks, relist on 410).</summary>
public sealed class ClusterEventSource(KubeClient client) : IObjectEventSource
{
    public IAsyncEnumerable<WatchEvent> WatchAsync(ResourceMapping mapping, string? ns, string? fieldSelector, CancellationToken cancellationToken) =>
        new ObjectWatcher(client, mapping, ns, fieldSelector: fieldSelector).RunAsync(cancellationToken);
}
