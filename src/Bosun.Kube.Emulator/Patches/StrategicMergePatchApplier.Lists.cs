using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;

namespace Bosun.Kube.Emulator.Patches;

internal static partial class StrategicMergePatchApplier
{
    private static void MergeSetElementOrder(JsonObject original, JsonObject patch, MergeSchema schema)
    {
        foreach (var (key, orderNode) in patch.ToList())
        {
            if (!key.StartsWith(SetElementOrderPrefix, StringComparison.Ordinal))
            {
                continue;
            }
            patch.Remove(key);
            if (orderNode is not JsonArray order)
            {
                throw Internal($"expected a []interface {{}}, but received a {GoType(orderNode)}");
            }
            var field = key[SetElementOrderPrefix.Length..];
            var foundOriginal = original.TryGetPropertyValue(field, out var originalList);
            var foundPatch = patch.TryGetPropertyValue(field, out var patchList);
            if (foundOriginal && originalList is not JsonArray)
            {
                throw Internal($"expected a []interface {{}}, but received a {GoType(originalList)}");
            }
            if (foundPatch && patchList is not JsonArray)
            {
                throw Internal($"expected a []interface {{}}, but received a {GoType(patchList)}");
            }
            var (element, merge, mergeKey) = SliceMeta(schema, original, field);
            ValidateOrderList(patchList as JsonArray, order, mergeKey);
            JsonArray merged;
            switch (originalList, patchList)
            {
                case (JsonArray o, null) when !foundPatch:
                    merged = (JsonArray)o.DeepClone();
                    break;
                case (null, JsonArray p) when !foundOriginal:
                    merged = RemoveDirectives(p.DeepClone()).Value as JsonArray ?? [];
                    break;
                case (JsonArray o, JsonArray p):
                    merged = merge ? MergeSlice((JsonArray)o.DeepClone(), (JsonArray)p.DeepClone(), element, mergeKey, false) : (JsonArray)p.DeepClone();
                    break;
                default:
                    continue;
            }
            var (inOrder, serverOnly) = Partition(merged, order, mergeKey);
            original[field] = NormalizeElementOrder(inOrder, serverOnly, order, (originalList as JsonArray) ?? [], mergeKey);
            patch.Remove(field);
        }
    }

    private static void ValidateOrderList(JsonArray? patchList, JsonArray order, string mergeKey)
    {
        if (patchList is null)
        {
            return;
        }
        var nonDelete = patchList.Where(i => !(i is JsonObject o && o[Directive] is JsonValue v && v.TryGetValue<string>(out var s) && s == "delete")).ToList();
        var orderIndex = 0;
        foreach (var item in nonDelete)
        {
            var value = mergeKey.Length > 0 ? (item as JsonObject)?[mergeKey] : item;
            while (orderIndex < order.Count && !JsonValues.DeepEquals(mergeKey.Length > 0 ? (order[orderIndex] as JsonObject)?[mergeKey] : order[orderIndex], value))
            {
                orderIndex++;
            }
            if (orderIndex >= order.Count)
            {
                throw BadRequest("invalid patch format of setElementOrder list");
            }
        }
    }

    private static string GoType(JsonNode? node) => node switch
    {
        null => "<nil>",
        JsonObject => "map[string]interface {}",
        JsonArray => "[]interface {}",
        JsonValue v => v.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.Number => "float64",
            _ => "bool",
        },
        _ => "<nil>",
    };

    private static JsonArray MergeSlice(JsonArray original, JsonArray patch, MergeSchema element, string mergeKey, bool isDeleteList)
    {
        if (original.Count == 0 && patch.Count == 0)
        {
            return original;
        }
        var all = original.Concat(patch).ToList();
        if (all.Any(i => i is JsonArray))
        {
            throw new PatchException("lists of lists are not supported", 422);
        }
        var maps = all[0] is JsonObject;
        if (all.Any(i => (i is JsonObject) != maps))
        {
            throw Internal("mismatched types in list");
        }
        List<JsonNode?> merged;
        JsonArray orderPatch = patch;
        var serverOrder = original;
        if (!maps)
        {
            if (isDeleteList)
            {
                return new JsonArray(original.Where(o => !patch.Any(p => JsonValues.DeepEquals(o, p))).Select(o => o?.DeepClone()).ToArray());
            }
            merged = [];
            foreach (var item in all)
            {
                if (!merged.Any(m => JsonValues.DeepEquals(m, item)))
                {
                    merged.Add(item?.DeepClone());
                }
            }
        }
        else
        {
            if (mergeKey.Length == 0)
            {
                throw Internal("cannot merge lists without merge key");
            }
            var (orig, rest) = SpecialElements(original.Select(i => i?.DeepClone()).ToList(), patch, mergeKey);
            orderPatch = new JsonArray(rest.Select(i => i?.DeepClone()).ToArray());
            serverOrder = new JsonArray(orig.Select(i => i?.DeepClone()).ToArray());
            merged = orig;
            foreach (var map in rest.OfType<JsonObject>())
            {
                if (!map.TryGetPropertyValue(mergeKey, out var keyValue))
                {
                    throw NoMergeKey(map, mergeKey);
                }
                var index = merged.FindIndex(m => m is JsonObject mo && mo.TryGetPropertyValue(mergeKey, out var mv) && JsonValues.DeepEquals(mv, keyValue));
                if (index >= 0 && merged[index] is JsonObject existing)
                {
                    merged[index] = MergeMap(existing, (JsonObject)map.DeepClone(), element);
                }
                else
                {
                    merged.Add(RemoveDirectives(map.DeepClone()).Value);
                }
            }
        }
        var (inPatch, serverOnly) = Partition(new JsonArray(merged.Select(m => m?.DeepClone()).ToArray()), orderPatch, mergeKey);
        return NormalizeElementOrder(inPatch, serverOnly, orderPatch, serverOrder, mergeKey);
    }

    /// <summary>Handles <c>$patch</c> items in a list patch: delete by merge key, replace the whole list, reject merge.</summary>
    private static (List<JsonNode?> Original, List<JsonNode?> Patch) SpecialElements(List<JsonNode?> original, JsonArray patch, string mergeKey)
    {
        var rest = new List<JsonNode?>();
        var replace = false;
        foreach (var map in patch.OfType<JsonObject>())
        {
            if (!map.TryGetPropertyValue(Directive, out var type))
            {
                rest.Add(map);
                continue;
            }
            var t = type is JsonValue tv && tv.TryGetValue<string>(out var s) ? s : null;
            switch (t)
            {
                case "delete":
                    if (!map.TryGetPropertyValue(mergeKey, out var keyValue))
                    {
                        throw NoMergeKey(map, mergeKey);
                    }
                    original.RemoveAll(o => o is JsonObject oo && oo.TryGetPropertyValue(mergeKey, out var ov) && JsonValues.DeepEquals(ov, keyValue));
                    break;
                case "replace":
                    replace = true;
                    break;
                case "merge":
                    throw Internal("merging lists cannot yet be specified in the patch");
                default:
                    throw BadPatchType(type, map);
            }
        }
        return replace ? (rest, []) : (original, rest);
    }

    private static JsonNode? KeyOf(JsonNode? item, string mergeKey) =>
        mergeKey.Length == 0 ? item : (item as JsonObject)?[mergeKey];

    private static int IndexIn(JsonArray list, JsonNode? item, string mergeKey)
    {
        var key = KeyOf(item, mergeKey);
        for (var i = 0; i < list.Count; i++)
        {
            if (JsonValues.DeepEquals(KeyOf(list[i], mergeKey), key))
            {
                return i;
            }
        }
        return -1;
    }

    private static (List<JsonNode?> InList, List<JsonNode?> NotInList) Partition(JsonArray merged, JsonArray by, string mergeKey)
    {
        var inList = new List<JsonNode?>();
        var notIn = new List<JsonNode?>();
        foreach (var item in merged)
        {
            if (mergeKey.Length > 0 && (item is not JsonObject o || !o.ContainsKey(mergeKey)))
            {
                throw NoMergeKey(item, mergeKey);
            }
            (IndexIn(by, item, mergeKey) >= 0 ? inList : notIn).Add(item?.DeepClone());
        }
        return (inList, notIn);
    }

    /// <summary>
    /// Orders the patch items by the order list and the server-only items by the live order, then interleaves them
    /// keeping both relative orders (apimachinery <c>normalizeElementOrder</c>/<c>mergeSortedSlice</c>).
    /// </summary>
    private static JsonArray NormalizeElementOrder(List<JsonNode?> patchItems, List<JsonNode?> serverOnly, JsonArray patchOrder, JsonArray serverOrder, string mergeKey)
    {
        var right = SortByOrder(patchItems, patchOrder, mergeKey);
        var left = SortByOrder(serverOnly, serverOrder, mergeKey);
        var result = new JsonArray();
        int i = 0, j = 0;
        while (i < left.Count || j < right.Count)
        {
            if (i >= left.Count)
            {
                result.Add(right[j++]);
            }
            else if (j >= right.Count)
            {
                result.Add(left[i++]);
            }
            else
            {
                var li = IndexIn(serverOrder, left[i], mergeKey);
                var ri = IndexIn(serverOrder, right[j], mergeKey);
                if (li >= 0 && ri >= 0 && li < ri)
                {
                    result.Add(left[i++]);
                }
                else
                {
                    result.Add(right[j++]);
                }
            }
        }
        return result;
    }

    private static List<JsonNode?> SortByOrder(List<JsonNode?> items, JsonArray order, string mergeKey)
    {
        var toSort = new List<JsonNode?>();
        var toDelete = new List<JsonNode?>();
        foreach (var item in items)
        {
            if (mergeKey.Length > 0 && item is JsonObject o && o[Directive] is JsonValue v && v.TryGetValue<string>(out var s) && s == "delete")
            {
                toDelete.Add(item);
            }
            else
            {
                toSort.Add(item);
            }
        }
        // Go's sort.SliceStable (insertion sort) with apimachinery's comparator: an item missing from the order
        // list counts as "less".
        for (var k = 1; k < toSort.Count; k++)
        {
            for (var m = k; m > 0 && Less(toSort[m], toSort[m - 1]); m--)
            {
                (toSort[m], toSort[m - 1]) = (toSort[m - 1], toSort[m]);
            }
        }
        toSort.AddRange(toDelete);
        return toSort;

        bool Less(JsonNode? a, JsonNode? b)
        {
            var ia = IndexIn(order, a, mergeKey);
            if (ia >= 0)
            {
                var ib = IndexIn(order, b, mergeKey);
                if (ib >= 0)
                {
                    return ia < ib;
                }
            }
            return true;
        }
    }
}
