using System.Runtime.CompilerServices;
using Bosun.Kube.Http;

namespace Bosun.Kube.Rest;

/// <summary>WATCH: one stream.</summary>
public sealed partial class KubeClient
{
    /// <summary>
    /// Opens one watch and yields its events until the server ends the stream (timeoutSeconds) or the token is
    /// cancelled. An ERROR event throws (410 Expired as <see cref="Diagnostics.KubeApiException"/> with
    /// <c>IsExpired</c>). <see cref="ObjectWatcher"/> adds resume and relist on top.
    /// </summary>
    public async IAsyncEnumerable<WatchEvent> WatchAsync(ResourceMapping mapping, string? ns, WatchOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        options ??= new WatchOptions();
        var uri = Relative(mapping.CollectionPath(mapping.Namespaced ? ns : null), [
            ("allowWatchBookmarks", Str(options.AllowBookmarks)),
            ("fieldSelector", options.FieldSelector),
            ("labelSelector", options.LabelSelector),
            ("resourceVersion", options.ResourceVersion),
            ("resourceVersionMatch", options.SendInitialEvents ? "NotOlderThan" : null),
            ("sendInitialEvents", Str(options.SendInitialEvents)),
            ("timeoutSeconds", Num(options.TimeoutSeconds)),
            ("watch", "true"),
        ]);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd("application/json");
        request.Options.Set(KubeRequest.Streaming, true);
        using var response = await KubeHttp.SendAsync(_http, request, mapping.QualifiedResource, cancellationToken, streaming: true).ConfigureAwait(false);
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var e in WatchStreamReader.ReadAsync(stream, "watch " + mapping.QualifiedResource, cancellationToken).ConfigureAwait(false))
        {
            yield return e;
        }
    }
}
