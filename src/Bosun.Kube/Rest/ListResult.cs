using System.Text.Json.Nodes;

namespace Bosun.Kube.Rest;

/// <summary>One page of a LIST: items (with apiVersion and kind filled in), the list's resourceVersion and continue token.</summary>
public sealed record ListResult(IReadOnlyList<JsonObject> Items, string ResourceVersion, string? Continue, long? RemainingItemCount);
