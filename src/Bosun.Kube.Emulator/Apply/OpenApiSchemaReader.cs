using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// Turns a CRD version's structural <c>openAPIV3Schema</c> into a merge schema, honouring
/// <c>x-kubernetes-list-type</c> (atomic default), <c>x-kubernetes-list-map-keys</c> (with the keys' <c>default</c>),
/// <c>x-kubernetes-map-type</c> and <c>x-kubernetes-preserve-unknown-fields</c> (unknown keys deduced and owned).
/// <c>metadata</c> is always ObjectMeta, as the API server publishes it for custom resources.
/// </summary>
internal static class OpenApiSchemaReader
{
    public static MergeSchema Read(JsonObject? root)
    {
        if (root is null)
        {
            return Deduced();
        }
        var top = Node(root);
        if (top is StructSchema s)
        {
            var fields = new Dictionary<string, MergeSchema>(s.Fields) { ["metadata"] = BuiltInSchemas.ObjectMeta };
            return StructSchema.ForCustomResource(fields, s.Unknown, s.UnknownKeysAreMembers);
        }
        return Deduced();
    }

    private static StructSchema Deduced() => StructSchema.ForCustomResource(
        new Dictionary<string, MergeSchema> { ["metadata"] = BuiltInSchemas.ObjectMeta }, DeducedSchema.MapLike, unknownKeysAreMembers: true);

    private static MergeSchema Node(JsonObject schema)
    {
        var type = Str(schema, "type");
        if (Bool(schema, "x-kubernetes-int-or-string"))
        {
            return ScalarSchema.Instance;
        }
        switch (type)
        {
            case "array":
                {
                    var items = schema["items"] as JsonObject;
                    var element = items is null ? DeducedSchema.MapLike : Node(items);
                    var listType = Str(schema, "x-kubernetes-list-type") switch
                    {
                        "set" => ListType.Set,
                        "map" => ListType.Map,
                        _ => ListType.Atomic,
                    };
                    var keys = (schema["x-kubernetes-list-map-keys"] as JsonArray)?
                        .Select(k => k is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
                        .OfType<string>().ToList() ?? [];
                    var defaults = new Dictionary<string, JsonNode?>();
                    if (items?["properties"] is JsonObject itemProps)
                    {
                        foreach (var key in keys)
                        {
                            if (itemProps[key] is JsonObject kp && kp.TryGetPropertyValue("default", out var d) && d is not null)
                            {
                                defaults[key] = d.DeepClone();
                            }
                        }
                    }
                    if (listType == ListType.Map && keys.Count == 0)
                    {
                        listType = ListType.Atomic;
                    }
                    return new ListSchema(element, listType, keys, defaults);
                }
            case "object":
                {
                    var atomic = Str(schema, "x-kubernetes-map-type") == "atomic";
                    if (schema["properties"] is JsonObject props)
                    {
                        var fields = new Dictionary<string, MergeSchema>();
                        foreach (var (name, prop) in props)
                        {
                            fields[name] = prop is JsonObject po ? Node(po) : DeducedSchema.MapLike;
                        }
                        return new StructSchema(fields, atomic, DeducedSchema.MapLike, unknownKeysAreMembers: true);
                    }
                    if (schema["additionalProperties"] is JsonObject ap)
                    {
                        return new MapSchema(Node(ap), atomic);
                    }
                    if (atomic)
                    {
                        return new MapSchema(DeducedSchema.MapLike, atomic: true);
                    }
                    return new MapSchema(DeducedSchema.MapLike);
                }
            case "string" or "integer" or "number" or "boolean":
                return ScalarSchema.Instance;
            default:
                return DeducedSchema.MapLike;
        }
    }

    private static string? Str(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool Bool(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
