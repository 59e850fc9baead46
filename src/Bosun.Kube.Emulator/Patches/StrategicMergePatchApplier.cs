using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;

namespace Bosun.Kube.Emulator.Patches;

/// <summary>
/// Strategic merge patch (apimachinery <c>strategicpatch.StrategicMergeMapPatch</c>) for built-in kinds. The patch
/// strategy and merge key of a list come from the merge schema: associative lists merge by their first key (the
/// <c>patchMergeKey</c> of k8s.io/api), sets merge as primitive lists, atomic lists are replaced.
/// Directives: <c>$patch: replace|delete|merge</c>, <c>$retainKeys</c>, <c>$setElementOrder/&lt;field&gt;</c>,
/// <c>$deleteFromPrimitiveList/&lt;field&gt;</c>.
/// </summary>
internal static partial class StrategicMergePatchApplier
{
    private const string Directive = "$patch";
    private const string RetainKeys = "$retainKeys";
    private const string SetElementOrderPrefix = "$setElementOrder/";
    private const string DeleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList/";

    public static JsonObject Apply(JsonObject doc, JsonNode patch, MergeSchema schema)
    {
        if (patch is not JsonObject p)
        {
            throw new PatchException($"error decoding patch: json: cannot unmarshal {(patch is JsonArray ? "array" : "string")} into Go value of type map[string]interface {{}}", 400);
        }
        return MergeMap(doc, (JsonObject)p.DeepClone(), schema);
    }

    private static PatchException BadRequest(string message) => new(message, 400);

    private static PatchException Internal(string message) => new(message, 500);

    private static PatchException NoMergeKey(JsonNode? item, string key) =>
        Internal($"map: {GoFormat.Value(item)} does not contain declared merge key: {key}");

    private static PatchException BadPatchType(JsonNode? type, JsonObject map) =>
        Internal($"unknown patch type: {GoFormat.Value(type)} in map: {GoFormat.Value(map)}");

    private static MergeSchema StructField(MergeSchema schema, JsonNode? value, string key) =>
        SchemaShapes.Child(SchemaShapes.Shape(schema, value), key).Schema;

    /// <summary>The element schema, patch strategy ("merge" or "") and merge key of a list field.</summary>
    private static (MergeSchema Element, bool Merge, string MergeKey) SliceMeta(MergeSchema parent, JsonObject parentValue, string key)
    {
        var fieldSchema = SchemaShapes.Child(SchemaShapes.Shape(parent, parentValue), key).Schema;
        var shape = fieldSchema.Resolve(new JsonArray());
        return shape switch
        {
            ListSchema { Type: ListType.Map } l => (l.Element, true, l.Keys[0]),
            ListSchema { Type: ListType.Set } l => (l.Element, true, ""),
            ListSchema l => (l.Element, false, ""),
            _ => (DeducedSchema.StructLike, false, ""),
        };
    }

    private static JsonObject MergeMap(JsonObject? original, JsonObject patch, MergeSchema schema)
    {
        if (patch.TryGetPropertyValue(Directive, out var directive))
        {
            if (directive is JsonValue dv && dv.TryGetValue<string>(out var d))
            {
                if (d == "replace")
                {
                    patch.Remove(Directive);
                    return patch;
                }
                if (d == "delete")
                {
                    return new JsonObject();
                }
            }
            throw BadPatchType(directive, patch);
        }
        original ??= new JsonObject();
        ApplyRetainKeys(original, patch);
        MergeSetElementOrder(original, patch, schema);

        foreach (var (rawKey, patchV) in patch.ToList())
        {
            var key = rawKey;
            var isDeleteList = false;
            if (rawKey.StartsWith(DeleteFromPrimitiveListPrefix, StringComparison.Ordinal))
            {
                key = rawKey[DeleteFromPrimitiveListPrefix.Length..];
                if (!original.ContainsKey(key))
                {
                    continue;
                }
                if (patchV is not JsonArray)
                {
                    throw BadRequest("invalid patch format of primitive list");
                }
                isDeleteList = true;
            }
            if (patchV is null)
            {
                original.Remove(key);
                continue;
            }
            if (!original.TryGetPropertyValue(key, out var current))
            {
                if (!isDeleteList)
                {
                    SetWithoutDirectives(original, key, DiscardNulls(patchV.DeepClone()));
                }
                continue;
            }
            if (current is JsonObject co && patchV is JsonObject po)
            {
                original[key] = MergeMap((JsonObject)co.DeepClone(), (JsonObject)po.DeepClone(), StructField(schema, original, key));
            }
            else if (current is JsonArray ca && patchV is JsonArray pa)
            {
                var (element, merge, mergeKey) = SliceMeta(schema, original, key);
                original[key] = merge || isDeleteList
                    ? MergeSlice((JsonArray)ca.DeepClone(), (JsonArray)pa.DeepClone(), element, mergeKey, isDeleteList)
                    : pa.DeepClone();
            }
            else if (!isDeleteList)
            {
                SetWithoutDirectives(original, key, DiscardNulls(patchV.DeepClone()));
            }
        }
        return original;
    }

    private static void SetWithoutDirectives(JsonObject into, string key, JsonNode? value)
    {
        var (cleaned, keep) = RemoveDirectives(value);
        if (keep)
        {
            into[key] = cleaned;
        }
        else
        {
            into.Remove(key);
        }
    }

    private static JsonNode? DiscardNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var k in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    o.Remove(k);
                }
                foreach (var (_, v) in o)
                {
                    DiscardNulls(v);
                }
                break;
            case JsonArray a:
                foreach (var v in a)
                {
                    DiscardNulls(v);
                }
                break;
        }
        return node;
    }

    /// <summary>Drops maps carrying <c>$patch</c> (and returns false when the value itself is one).</summary>
    private static (JsonNode? Value, bool Keep) RemoveDirectives(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o.ContainsKey(Directive))
                {
                    return (null, false);
                }
                foreach (var (k, v) in o.ToList())
                {
                    var (cv, keep) = RemoveDirectives(v);
                    if (keep)
                    {
                        o[k] = cv?.Parent is null ? cv : cv.DeepClone();
                    }
                    else
                    {
                        o.Remove(k);
                    }
                }
                return (o, true);
            case JsonArray a:
                var result = new JsonArray();
                foreach (var v in a)
                {
                    var (cv, keep) = RemoveDirectives(v?.DeepClone());
                    if (keep)
                    {
                        result.Add(cv);
                    }
                }
                return (result, true);
            default:
                return (node, true);
        }
    }

    private static void ApplyRetainKeys(JsonObject original, JsonObject patch)
    {
        if (!patch.TryGetPropertyValue(RetainKeys, out var retain))
        {
            return;
        }
        patch.Remove(RetainKeys);
        if (retain is not JsonArray list)
        {
            throw BadRequest("invalid patch format of retainKeys");
        }
        var keys = list.Select(v => v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToHashSet();
        foreach (var (k, v) in patch)
        {
            if (v is null || k.StartsWith(DeleteFromPrimitiveListPrefix, StringComparison.Ordinal) || k.StartsWith(SetElementOrderPrefix, StringComparison.Ordinal))
            {
                continue;
            }
            if (!keys.Contains(k))
            {
                throw BadRequest("invalid patch format of retainKeys");
            }
        }
        foreach (var k in original.Select(p => p.Key).Where(k => !keys.Contains(k)).ToList())
        {
            original.Remove(k);
        }
    }
}
