using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// How a kind's fields merge: a tree of <see cref="StructSchema"/> (named fields), <see cref="MapSchema"/> (granular or
/// atomic maps whose keys are owned one by one), <see cref="ListSchema"/> (atomic, set, or map-with-keys lists),
/// <see cref="ScalarSchema"/> and <see cref="DeducedSchema"/> (shape taken from the value, SMD's "deduced" type).
/// </summary>
public abstract class MergeSchema
{
    private protected MergeSchema()
    {
    }

    /// <summary>The schema of a built-in kind (group "" for core), or the deduced schema for unknown kinds.</summary>
    public static MergeSchema ForBuiltIn(string group, string kind) => BuiltInSchemas.For(group, kind);

    /// <summary>The schema of a custom resource from its CRD version's <c>openAPIV3Schema</c> (null: deduced).</summary>
    public static MergeSchema FromOpenApiV3(JsonObject? openApiV3Schema) => OpenApiSchemaReader.Read(openApiV3Schema);

    /// <summary>True when this kind has a hand-written built-in table (false: deduced fallback).</summary>
    public static bool IsKnownBuiltIn(string group, string kind) => BuiltInSchemas.IsKnown(group, kind);

    /// <summary>True for schemas made by <see cref="FromOpenApiV3"/> (custom resources: no strategic merge patch).</summary>
    public bool IsCustomResource { get; private protected init; }

    /// <summary>The concrete shape for a value: deduced schemas pick struct/map, list or scalar from the value.</summary>
    public virtual MergeSchema Resolve(JsonNode? value) => this;
}
