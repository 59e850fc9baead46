using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;

namespace Bosun.Kube.Emulator.Patches;

/// <summary>
/// PATCH bodies other than apply: <c>application/json-patch+json</c> (RFC 6902),
/// <c>application/merge-patch+json</c> (RFC 7386) and <c>application/strategic-merge-patch+json</c>
/// (patchMergeKey/patchStrategy of the built-in kinds, <c>$patch</c>/<c>$retainKeys</c>/<c>$setElementOrder</c>
/// directives; 415 for custom resources, as the API server). Throws <see cref="PatchException"/> with the API
/// server's message and status code.
/// </summary>
public static class PatchApplier
{
    public const string JsonPatch = "application/json-patch+json";
    public const string MergePatch = "application/merge-patch+json";
    public const string StrategicMergePatch = "application/strategic-merge-patch+json";

    /// <summary>Applies <paramref name="patch"/> to a copy of <paramref name="live"/>; <paramref name="live"/> is not changed.</summary>
    /// <exception cref="PatchException">The patch is malformed (400), does not apply (422), or the media type is not a patch type (415).</exception>
    public static JsonObject Apply(JsonObject live, string contentType, JsonNode patch, MergeSchema schema)
    {
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (schema.IsCustomResource && mediaType == StrategicMergePatch)
        {
            throw new PatchException(
                $"the body of the request was in an unknown format - accepted media types include: {JsonPatch}, {MergePatch}, application/apply-patch+yaml", 415);
        }
        var doc = (JsonObject)live.DeepClone();
        return mediaType switch
        {
            JsonPatch => JsonPatchApplier.Apply(doc, patch),
            MergePatch => MergePatchApplier.Apply(doc, patch),
            StrategicMergePatch => StrategicMergePatchApplier.Apply(doc, patch, schema),
            _ => throw new PatchException(
                $"the body of the request was in an unknown format - accepted media types include: {JsonPatch}, {MergePatch}, {StrategicMergePatch}, application/apply-patch+yaml",
                415),
        };
    }
}
