using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// How a kind's fields merge (structs, granular or atomic maps, atomic/set/map lists with their keys).
/// CONTRACT STUB (owner: kube-ssa): fill in the tree; keep the two factories.
/// </summary>
public abstract class MergeSchema
{
    /// <summary>The schema of a built-in kind (group "" for core), or the deduced schema for unknown kinds.</summary>
    public static MergeSchema ForBuiltIn(string group, string kind) =>
        throw new NotImplementedException("CONTRACT STUB: MergeSchema.ForBuiltIn");

    /// <summary>The schema of a custom resource from its CRD version's <c>openAPIV3Schema</c> (null: deduced).</summary>
    public static MergeSchema FromOpenApiV3(JsonObject? openApiV3Schema) =>
        throw new NotImplementedException("CONTRACT STUB: MergeSchema.FromOpenApiV3");
}
