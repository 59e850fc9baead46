using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Bosun.Core.Diagnostics;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Rest;

/// <summary>
/// A watch that never loses track (client-go's reflector): LIST (paged), then WATCH from the list's resourceVersion
/// with bookmarks; when the server ends the stream it resumes from the last resourceVersion seen (bookmarks move it
/// forward); on 410 Expired it lists again and reports the difference (ADDED/MODIFIED for what changed, DELETED for
/// what vanished). After every LIST it yields a synthetic bookmark whose <see cref="WatchEvent.IsInitialEventsEnd"/>
/// is true: the caller has then seen the complete current state. Transient failures are retried with backoff.
/// </summary>
public sealed class ObjectWatcher
{
    private readonly KubeClient _client;
    private readonly ResourceMapping _mapping;
    private readonly string? _namespace;
    private readonly Dictionary<string, JsonObject> _known = new(StringComparer.Ordinal);

    public ObjectWatcher(KubeClient client, ResourceMapping mapping, string? ns, string? labelSelector = null, string? fieldSelector = null)
    {
        _client = client;
        _mapping = mapping;
        _namespace = ns;
        LabelSelector = labelSelector;
        FieldSelector = fieldSelector;
    }

    public string? LabelSelector { get; }

    public string? FieldSelector { get; }

    /// <summary>How many LISTs were made (the first one included).</summary>
    public int Lists { get; private set; }

    /// <summary>How many WATCH requests were opened.</summary>
    public int Watches { get; private set; }

    /// <summary>Consecutive transient failures tolerated before the error is thrown.</summary>
    public int MaxFailures { get; init; } = 5;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The server-side stream length requested for each watch.</summary>
    public int WatchTimeoutSeconds { get; init; } = 300;

    public async IAsyncEnumerable<WatchEvent> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? resourceVersion = null;
        int failures = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (resourceVersion is null)
            {
                ListResult list;
                try
                {
                    list = await _client.ListCompleteAsync(_mapping, _namespace, new ListOptions { LabelSelector = LabelSelector, FieldSelector = FieldSelector, Limit = 500 }, cancellationToken)
                        .ConfigureAwait(false);
                    Lists++;
                    failures = 0;
                }
                catch (BosunException e) when (e.Diagnostic.Descriptor.Transient && ++failures <= MaxFailures)
                {
                    await Task.Delay(RetryDelay * failures, _client.Time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                foreach (var e in Replace(list.Items))
                {
                    yield return e;
                }

                resourceVersion = list.ResourceVersion;
                yield return new WatchEvent(WatchEventType.Bookmark, SyncedMarker(resourceVersion));
            }

            Watches++;
            var options = new WatchOptions
            {
                ResourceVersion = resourceVersion,
                LabelSelector = LabelSelector,
                FieldSelector = FieldSelector,
                AllowBookmarks = true,
                TimeoutSeconds = WatchTimeoutSeconds,
            };
            var enumerator = _client.WatchAsync(_mapping, _namespace, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    WatchEvent e;
                    try
                    {
                        if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }

                        e = enumerator.Current;
                        failures = 0;
                    }
                    catch (KubeApiException ex) when (ex.IsExpired)
                    {
                        resourceVersion = null;
                        break;
                    }
                    catch (Exception ex) when (IsTransient(ex) && !cancellationToken.IsCancellationRequested && ++failures <= MaxFailures)
                    {
                        await Task.Delay(RetryDelay * failures, _client.Time, cancellationToken).ConfigureAwait(false);
                        break;
                    }

                    resourceVersion = e.ResourceVersion is { Length: > 0 } rv ? rv : resourceVersion;
                    if (e.Type == WatchEventType.Bookmark)
                    {
                        continue;
                    }

                    string key = Key(e.Object);
                    if (e.Type == WatchEventType.Deleted)
                    {
                        _known.Remove(key);
                    }
                    else
                    {
                        _known[key] = e.Object;
                    }

                    yield return e;
                }
            }
            finally
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private List<WatchEvent> Replace(IReadOnlyList<JsonObject> items)
    {
        var events = new List<WatchEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            string key = Key(item);
            seen.Add(key);
            if (!_known.TryGetValue(key, out var old))
            {
                events.Add(new WatchEvent(WatchEventType.Added, item));
            }
            else if (KubeJson.GetString(old, "metadata.resourceVersion") != KubeJson.GetString(item, "metadata.resourceVersion"))
            {
                events.Add(new WatchEvent(WatchEventType.Modified, item));
            }

            _known[key] = item;
        }

        foreach (string key in _known.Keys.Where(k => !seen.Contains(k)).ToList())
        {
            events.Add(new WatchEvent(WatchEventType.Deleted, _known[key]));
            _known.Remove(key);
        }

        return events;
    }

    private JsonObject SyncedMarker(string resourceVersion) => new()
    {
        ["kind"] = _mapping.Kind,
        ["apiVersion"] = _mapping.ApiVersion,
        ["metadata"] = new JsonObject
        {
            ["resourceVersion"] = resourceVersion,
            ["annotations"] = new JsonObject { ["k8s.io/initial-events-end"] = "true" },
        },
    };

    private static bool IsTransient(Exception e) =>
        e is IOException or HttpRequestException || (e is BosunException b && b.Diagnostic.Descriptor.Transient);

    private static string Key(JsonObject obj) =>
        (KubeJson.GetString(obj, "metadata.namespace") ?? string.Empty) + "/" + (KubeJson.GetString(obj, "metadata.name") ?? string.Empty);
}
