using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator;

/// <summary>
/// Watches: newline-delimited <c>WatchEvent</c> JSON over a chunked response. Synthetic ADDED events for an unset
/// or zero resourceVersion and for <c>sendInitialEvents=true</c> (then the <c>k8s.io/initial-events-end</c>
/// BOOKMARK), replay from the event log for a given resourceVersion (ERROR 410 below the compaction floor),
/// periodic bookmarks, <c>timeoutSeconds</c>, namespace/label/field filtering, Table-typed events.
/// </summary>
public sealed partial class KubeEmulator
{
    private EmuResponse Watch(EmuRequest request, ResourcePath rp)
    {
        var type = rp.Type;
        var labels = LabelSelector.Parse(request.Param("labelSelector"));
        var fields = FieldSelector.Parse(request.Param("fieldSelector"), type);
        bool sendInitial = request.Param("sendInitialEvents") == "true";
        bool bookmarks = request.Param("allowWatchBookmarks") == "true";
        string rvParam = request.Param("resourceVersion") ?? "";
        if (sendInitial && request.Param("resourceVersionMatch") != "NotOlderThan")
        {
            throw ApiError.Invalid(new ResourceType("meta.k8s.io", "v1", "ListOptions", "listoptions", false, [], []), "",
                [("sendInitialEvents", "Forbidden: sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled")]);
        }

        long? from = null;
        if (!sendInitial && rvParam.Length > 0 && rvParam != "0")
        {
            from = long.TryParse(rvParam, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed)
                ? parsed
                : throw ApiError.BadRequest($"invalid resource version: {rvParam}");
        }

        var timeout = long.TryParse(request.Param("timeoutSeconds"), out long seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : Options.DefaultWatchTimeout;
        bool table = WantsTable(request);
        string includeObject = request.Param("includeObject") ?? "Metadata";
        string ns = type.Namespaced ? rp.Namespace : "";
        var crd = CrdOf(type);

        bool Matches(JsonObject o) =>
            (ns.Length == 0 || Json.Namespace(o) == ns)
            && labels.Matches(Json.StringMap(o["metadata"]?["labels"]))
            && fields.Matches(o);

        byte[] Line(string eventType, JsonObject obj)
        {
            obj["apiVersion"] = type.ApiVersion;
            JsonNode payload = table && eventType != "BOOKMARK" && eventType != "ERROR"
                ? TableConverter.Table(type, [obj], null, null, Time.GetUtcNow(), includeObject, crd)
                : obj;
            return Encoding.UTF8.GetBytes(new JsonObject { ["type"] = eventType, ["object"] = payload }.ToJsonString(EmuResponse.Serialization) + "\n");
        }

        ObjectStore.Subscription? feed = null;
        List<JsonObject> initial = [];
        long startRv = 0;
        ApiError? expired = null;
        try
        {
            (feed, initial, startRv) = Store.Subscribe(type, from);
        }
        catch (ApiError e) when (e.Code == 410)
        {
            expired = e;
        }

        // Taken now, not when the body starts streaming: a DropWatches after the response is returned must end this
        // watch even if its body has not started yet (in-process the two race).
        var dropped = Faults.WatchDropToken;
        var response = new EmuResponse(200, table ? TableConverter.ContentType : "application/json", [])
        {
            Stream = async (stream, cancellationToken) =>
            {
                if (expired is not null || feed is null)
                {
                    var status = (expired ?? ApiError.Expired("watch expired")).ToStatus();
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(new JsonObject { ["type"] = "ERROR", ["object"] = status }.ToJsonString(EmuResponse.Serialization) + "\n"), cancellationToken).ConfigureAwait(false);
                    await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }

                using var _ = feed;
                using var timeoutSource = new CancellationTokenSource(timeout, Time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token, dropped);
                var token = linked.Token;
                long lastRv = startRv;
                try
                {
                    await stream.FlushAsync(token).ConfigureAwait(false);
                    foreach (var obj in initial.Where(Matches))
                    {
                        await stream.WriteAsync(Line("ADDED", obj), token).ConfigureAwait(false);
                    }

                    if (sendInitial)
                    {
                        await stream.WriteAsync(Line("BOOKMARK", Bookmark(type, lastRv, initialEnd: true)), token).ConfigureAwait(false);
                    }

                    await stream.FlushAsync(token).ConfigureAwait(false);
                    Task<StoreEvent>? read = null;
                    while (!token.IsCancellationRequested)
                    {
                        read ??= feed.Channel.Reader.ReadAsync(token).AsTask();
                        if (bookmarks)
                        {
                            var delay = Task.Delay(Options.BookmarkInterval, Time, token);
                            if (await Task.WhenAny(read, delay).ConfigureAwait(false) == delay)
                            {
                                await delay.ConfigureAwait(false);
                                await stream.WriteAsync(Line("BOOKMARK", Bookmark(type, lastRv, initialEnd: false)), token).ConfigureAwait(false);
                                await stream.FlushAsync(token).ConfigureAwait(false);
                                continue;
                            }
                        }

                        var ev = await read.ConfigureAwait(false);
                        read = null;
                        lastRv = ev.ResourceVersion;
                        string eventType = ev.Type;
                        bool now = Matches(ev.Object);
                        if (eventType == "MODIFIED" && ev.Previous is { } previous && Matches(previous) != now)
                        {
                            // A filtered watch sees an object that starts or stops matching as added or deleted.
                            eventType = now ? "ADDED" : "DELETED";
                        }
                        else if (!now)
                        {
                            continue;
                        }

                        await stream.WriteAsync(Line(eventType, Json.Clone(ev.Object)), token).ConfigureAwait(false);
                        await stream.FlushAsync(token).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException)
                {
                    // Timeout, dropped watch or client gone: end the stream.
                }
                catch (IOException)
                {
                    // The client closed the connection.
                }
                catch (System.Threading.Channels.ChannelClosedException)
                {
                }
            },
        };
        return response;
    }

    private static JsonObject Bookmark(ResourceType type, long rv, bool initialEnd)
    {
        var meta = new JsonObject
        {
            ["resourceVersion"] = rv.ToString(CultureInfo.InvariantCulture),
            ["creationTimestamp"] = null,
        };
        if (initialEnd)
        {
            meta["annotations"] = new JsonObject { ["k8s.io/initial-events-end"] = "true" };
        }

        return new JsonObject { ["kind"] = type.Kind, ["apiVersion"] = type.ApiVersion, ["metadata"] = meta };
    }
}
