using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Patches;

/// <summary>RFC 7386 JSON Merge Patch (evanphx/json-patch <c>MergePatch</c>): null deletes, objects merge, anything else replaces.</summary>
internal static class MergePatchApplier
{
    public static JsonObject Apply(JsonObject doc, JsonNode patch)
    {
        if (patch is not JsonObject p)
        {
            throw new PatchException($"error decoding patch: json: cannot unmarshal {Kind(patch)} into Go value of type map[string]interface {{}}", 400);
        }
        MergeDocs(doc, p);
        return doc;
    }

    private static string Kind(JsonNode? node) => node switch
    {
        JsonArray => "array",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => "string",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => "number",
        _ => "bool",
    };

    private static void MergeDocs(JsonObject doc, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                doc.Remove(key);
                continue;
            }
            if (!doc.TryGetPropertyValue(key, out var current) || current is null)
            {
                var added = value.DeepClone();
                PruneNulls(added);
                doc[key] = added;
                continue;
            }
            if (current is JsonObject co && value is JsonObject po)
            {
                MergeDocs(co, po);
                continue;
            }
            doc[key] = value.DeepClone();
        }
    }

    private static void PruneNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    o.Remove(key);
                }
                foreach (var (_, v) in o)
                {
                    PruneNulls(v);
                }
                break;
            case JsonArray a:
                foreach (var v in a)
                {
                    PruneNulls(v);
                }
                break;
        }
    }
}
