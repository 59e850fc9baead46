using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;

namespace Bosun.Kube.Emulator.Patches;

/// <summary>
/// PATCH bodies other than apply: <c>application/json-patch+json</c> (RFC 6902),
/// <c>application/merge-patch+json</c> (RFC 7386) and <c>application/strategic-merge-patch+json</c>
/// (patchMergeKey/patchStrategy of the built-in kinds, <c>$patch</c>/<c>$retainKeys</c>/<c>$setElementOrder</c>
/// directives). CONTRACT STUB (owner: kube-ssa). Throws <see cref="PatchException"/> with the API server's message.
/// </summary>
public static class PatchApplier
{
    public static JsonObject Apply(JsonObject live, string contentType, JsonNode patch, MergeSchema schema) =>
        throw new NotImplementedException("CONTRACT STUB: PatchApplier.Apply");
}
