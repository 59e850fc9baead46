using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Rest;

/// <summary>
/// Reads a watch response body: newline-delimited <c>{"type":…,"object":…}</c> values. An ERROR event carrying a
/// Status becomes a <see cref="KubeApiException"/> (410 Expired included, so callers relist); a malformed line is
/// BOSUN5170. Blank lines are skipped.
/// </summary>
public static class WatchStreamReader
{
    public static async IAsyncEnumerable<WatchEvent> ReadAsync(Stream stream, string source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, source);
        }
    }

    /// <summary>Parses one line; throws for ERROR events and malformed input.</summary>
    public static WatchEvent Parse(string line, string source)
    {
        JsonObject? obj;
        try
        {
            obj = JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException e)
        {
            throw KubeErrors.WatchEventInvalid.Create(source, "not JSON: " + e.Message).ToException();
        }

        if (obj is null)
        {
            throw KubeErrors.WatchEventInvalid.Create(source, "not an object").ToException();
        }

        string? type = KubeJson.GetString(obj, "type");
        if (obj["object"] is not JsonObject payload)
        {
            throw KubeErrors.WatchEventInvalid.Create(source, $"event {type ?? "without type"} has no object").ToException();
        }

        var eventType = type switch
        {
            "ADDED" => WatchEventType.Added,
            "MODIFIED" => WatchEventType.Modified,
            "DELETED" => WatchEventType.Deleted,
            "BOOKMARK" => WatchEventType.Bookmark,
            "ERROR" => WatchEventType.Error,
            _ => throw KubeErrors.WatchEventInvalid.Create(source, $"unknown event type \"{type}\"").ToException(),
        };
        if (eventType == WatchEventType.Error)
        {
            var status = KubeStatus.FromJson(payload) ?? new KubeStatus(500, "InternalError", payload.ToJsonString());
            throw KubeStatusMapper.ToException(status);
        }

        return new WatchEvent(eventType, payload);
    }
}
