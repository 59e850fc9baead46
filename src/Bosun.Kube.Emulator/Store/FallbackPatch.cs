using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Patches;

namespace Bosun.Kube.Emulator.Store;

/// <summary>
/// TEMPORARY stand-in for kube-ssa's <see cref="PatchApplier"/> while it is a contract stub: RFC 7386 merge patch
/// (strategic merge patch treated the same, lists replaced) and RFC 6902 add/replace/remove/test on object paths.
/// Delete once kube-ssa's patches are merged.
/// </summary>
internal static class FallbackPatch
{
    public static JsonObject Apply(JsonObject live, string contentType, JsonNode patch)
    {
        var result = Json.Clone(live);
        if (contentType == "application/json-patch+json")
        {
            if (patch is not JsonArray ops)
            {
                throw new PatchException("json patch must be an array", 400);
            }

            foreach (var op in ops.OfType<JsonObject>())
            {
                JsonPatch(result, op);
            }

            return result;
        }

        if (patch is not JsonObject patchObject)
        {
            throw new PatchException("merge patch must be an object", 400);
        }

        MergePatch(result, patchObject);
        return result;
    }

    private static void MergePatch(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (key.StartsWith("$", StringComparison.Ordinal))
            {
                continue;
            }

            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject child)
            {
                if (target[key] is not JsonObject existing)
                {
                    existing = [];
                    target[key] = existing;
                }

                MergePatch(existing, child);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }

    private static void JsonPatch(JsonObject root, JsonObject op)
    {
        string kind = Json.Str(op["op"]);
        var parts = Json.Str(op["path"]).Split('/').Skip(1).Select(p => p.Replace("~1", "/").Replace("~0", "~")).ToList();
        if (parts.Count == 0)
        {
            throw new PatchException("json patch path must not be empty", 400);
        }

        JsonNode? parent = root;
        foreach (var part in parts.Take(parts.Count - 1))
        {
            parent = parent switch
            {
                JsonObject o => o[part],
                JsonArray a when int.TryParse(part, out int i) && i < a.Count => a[i],
                _ => null,
            };
        }

        string last = parts[^1];
        switch (kind, parent)
        {
            case ("add" or "replace", JsonObject o):
                o[last] = op["value"]?.DeepClone();
                break;
            case ("add", JsonArray a):
                var v = op["value"]?.DeepClone();
                if (last == "-")
                {
                    a.Add(v);
                }
                else if (int.TryParse(last, out int ai) && ai <= a.Count)
                {
                    a.Insert(ai, v);
                }

                break;
            case ("replace", JsonArray a) when int.TryParse(last, out int ri) && ri < a.Count:
                a[ri] = op["value"]?.DeepClone();
                break;
            case ("remove", JsonObject o) when o.ContainsKey(last):
                o.Remove(last);
                break;
            case ("remove", JsonArray a) when int.TryParse(last, out int di) && di < a.Count:
                a.RemoveAt(di);
                break;
            case ("test", JsonObject o) when Json.Equal(o[last], op["value"]):
                break;
            case ("test", JsonArray a) when int.TryParse(last, out int ti) && ti < a.Count && Json.Equal(a[ti], op["value"]):
                break;
            default:
                throw new PatchException($"the server rejected our request due to an error in our request", 422);
        }
    }
}
