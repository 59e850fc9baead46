using System.Text.Json.Nodes;

namespace Bosun.Kube.Rest;

/// <summary>One event of a watch stream.</summary>
public sealed record WatchEvent(WatchEventType Type, JsonObject Object)
{
    public string? ResourceVersion => KubeJson.GetString(Object, "metadata.resourceVersion");

    /// <summary>The bookmark that ends the initial events of a WatchList (<c>k8s.io/initial-events-end: "true"</c>).</summary>
    public bool IsInitialEventsEnd =>
        Type == WatchEventType.Bookmark
        && Object["metadata"]?["annotations"]?["k8s.io/initial-events-end"] is JsonValue v && v.TryGetValue(out string? s) && s == "true";
}
