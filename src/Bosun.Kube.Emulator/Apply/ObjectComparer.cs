using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>Field-level comparison of two objects (SMD <c>typed/compare.go</c>).</summary>
internal static class ObjectComparer
{
    public static Comparison Compare(JsonNode? lhs, JsonNode? rhs, MergeSchema schema)
    {
        var cmp = new Comparison(new FieldSet(), new FieldSet(), new FieldSet());
        Walk(lhs is not null, lhs, rhs is not null, rhs, schema, [], cmp, alwaysPresent: false);
        return cmp;
    }

    private static void Walk(bool lHas, JsonNode? lhs, bool rHas, JsonNode? rhs, MergeSchema schema, List<PathElement> path, Comparison cmp, bool alwaysPresent = false)
    {
        if (!lHas && !rHas)
        {
            return;
        }
        var lShape = SchemaShapes.Shape(schema, lHas ? lhs : rhs);
        var rShape = SchemaShapes.Shape(schema, rHas ? rhs : lhs);
        if (lShape.GetType() != rShape.GetType())
        {
            Leaf(lHas, lhs, rHas, rhs, path, cmp);
            return;
        }
        var isLeaf = false;
        switch (rShape)
        {
            case ListSchema list:
                {
                    var la = lhs as JsonArray;
                    var ra = rhs as JsonArray;
                    var bothEmpty = (la is null || la.Count == 0) && (ra is null || ra.Count == 0);
                    if (list.Type == ListType.Atomic || bothEmpty)
                    {
                        Leaf(lHas, lhs, rHas, rhs, path, cmp);
                        isLeaf = true;
                        break;
                    }
                    ListItems(list, la, ra, path, cmp);
                    break;
                }
            case StructSchema or MapSchema:
                {
                    var lo = lhs as JsonObject;
                    var ro = rhs as JsonObject;
                    var atomic = rShape is StructSchema { Atomic: true } or MapSchema { Atomic: true };
                    var bothEmpty = (lo is null || lo.Count == 0) && (ro is null || ro.Count == 0);
                    if (atomic || bothEmpty)
                    {
                        Leaf(lHas, lhs, rHas, rhs, path, cmp);
                        isLeaf = true;
                        break;
                    }
                    var keys = new List<string>();
                    if (lo is not null)
                    {
                        keys.AddRange(lo.Select(p => p.Key));
                    }
                    if (ro is not null)
                    {
                        keys.AddRange(ro.Select(p => p.Key).Where(k => lo is null || !lo.ContainsKey(k)));
                    }
                    foreach (var key in keys)
                    {
                        JsonNode? lv = null;
                        JsonNode? rv = null;
                        var lh = lo is not null && lo.TryGetPropertyValue(key, out lv);
                        var rh = ro is not null && ro.TryGetPropertyValue(key, out rv);
                        path.Add(PathElement.Field(key));
                        var (childSchema, named) = SchemaShapes.Child(rShape, key);
                        Walk(lh, lv, rh, rv, childSchema, path, cmp, alwaysPresent: named && rShape is StructSchema { Typed: true } && s_alwaysPresent.Contains(key));
                        path.RemoveAt(path.Count - 1);
                    }
                    break;
                }
            default:
                Leaf(lHas, lhs, rHas, rhs, path, cmp);
                isLeaf = true;
                break;
        }
        if (!isLeaf && !alwaysPresent)
        {
            if (!lHas)
            {
                cmp.Added.Insert(path, 0);
            }
            else if (!rHas)
            {
                cmp.Removed.Insert(path, 0);
            }
        }
    }

    /// <summary>
    /// Fields of built-in kinds that a real server never sees absent: Go value structs (and <c>containers</c>, which has
    /// no omitempty) exist even in the empty object an Update on create is compared with, so they are not owned
    /// themselves (no <c>".":{}</c>). Pointer structs and omitempty maps and lists are (e.g. <c>rollingUpdate</c>, labels).
    /// </summary>
    private static readonly HashSet<string> s_alwaysPresent =
        ["metadata", "spec", "status", "template", "strategy", "updateStrategy", "resources", "jobTemplate", "loadBalancer", "containers"];

    private static void Leaf(bool lHas, JsonNode? lhs, bool rHas, JsonNode? rhs, List<PathElement> path, Comparison cmp)
    {
        if (!lHas)
        {
            cmp.Added.Insert(path, 0);
        }
        else if (!rHas)
        {
            cmp.Removed.Insert(path, 0);
        }
        else if (!JsonValues.DeepEquals(lhs, rhs))
        {
            cmp.Modified.Insert(path, 0);
        }
    }

    private static void ListItems(ListSchema list, JsonArray? lhs, JsonArray? rhs, List<PathElement> path, Comparison cmp)
    {
        var all = new List<PathElement>();
        var lValues = Index(list, lhs, all);
        var rValues = Index(list, rhs, all);
        foreach (var pe in all)
        {
            var lList = lValues.GetValueOrDefault(pe) ?? [];
            var rList = rValues.GetValueOrDefault(pe) ?? [];
            path.Add(pe);
            if (lList.Count <= 1 && rList.Count <= 1)
            {
                Walk(lList.Count == 1, lList.Count == 1 ? lList[0] : null, rList.Count == 1, rList.Count == 1 ? rList[0] : null, list.Element, path, cmp);
            }
            else if (lList.Count >= 2 && rList.Count >= 2)
            {
                if (lList.Count != rList.Count || lList.Zip(rList).Any(p => !JsonValues.DeepEquals(p.First, p.Second)))
                {
                    cmp.Modified.Insert(path, 0);
                }
            }
            else if (lList.Count >= 2)
            {
                if (rList.Count != 0)
                {
                    Walk(false, null, true, rList[0], list.Element, path, cmp);
                }
                cmp.Removed.Insert(path, 0);
            }
            else
            {
                if (lList.Count != 0)
                {
                    Walk(true, lList[0], false, null, list.Element, path, cmp);
                }
                cmp.Added.Insert(path, 0);
            }
            path.RemoveAt(path.Count - 1);
        }
    }

    private static Dictionary<PathElement, List<JsonNode?>> Index(ListSchema list, JsonArray? items, List<PathElement> all)
    {
        var map = new Dictionary<PathElement, List<JsonNode?>>();
        if (items is null)
        {
            return map;
        }
        foreach (var item in items)
        {
            var pe = SchemaShapes.ItemElement(list, item);
            if (!map.TryGetValue(pe, out var l))
            {
                l = [];
                map[pe] = l;
                if (!all.Contains(pe))
                {
                    all.Add(pe);
                }
            }
            l.Add(item);
        }
        return map;
    }
}
