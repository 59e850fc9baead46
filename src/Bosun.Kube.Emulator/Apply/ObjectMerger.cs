using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>Merges an applied configuration into a live object (SMD <c>typed/merge.go</c>, rule "keep RHS").</summary>
internal static class ObjectMerger
{
    /// <summary>
    /// The merged value: structs and granular maps key by key, associative lists item by item (in SMD's order:
    /// the applied order for shared items, live-only items kept in place), atomic values and scalars from the config.
    /// </summary>
    public static JsonNode? Merge(JsonNode? lhs, JsonNode? rhs, MergeSchema schema)
    {
        var shape = SchemaShapes.Shape(schema, rhs);
        var lShape = SchemaShapes.Shape(schema, lhs);
        if (lhs is null || shape.GetType() != lShape.GetType())
        {
            return JsonValues.Clone(rhs);
        }
        switch (shape)
        {
            case ListSchema list when list.Type != ListType.Atomic:
                {
                    var la = (JsonArray)lhs;
                    if (rhs is not JsonArray ra)
                    {
                        // An explicit null for an associative list keeps the items (SMD visits no items).
                        return JsonValues.Clone(lhs);
                    }
                    if (la.Count == 0 && ra.Count == 0)
                    {
                        return JsonValues.Clone(rhs);
                    }
                    return MergeList(list, la, ra);
                }
            case StructSchema { Atomic: false } or MapSchema { Atomic: false }:
                {
                    var lo = (JsonObject)lhs;
                    if (rhs is not JsonObject ro)
                    {
                        // An explicit null for a struct keeps what is there (SMD visits no items).
                        return JsonValues.Clone(lhs);
                    }
                    if (lo.Count == 0 && ro.Count == 0)
                    {
                        return new JsonObject();
                    }
                    var result = new JsonObject();
                    foreach (var (key, lv) in lo)
                    {
                        if (ro.TryGetPropertyValue(key, out var rv))
                        {
                            // A field the configuration sets to null ends up absent, as after the server's typed conversion.
                            var merged = Merge(lv, rv, SchemaShapes.Child(shape, key).Schema);
                            if (merged is not null)
                            {
                                result[key] = merged;
                            }
                        }
                        else
                        {
                            result[key] = JsonValues.Clone(lv);
                        }
                    }
                    foreach (var (key, rv) in ro)
                    {
                        if (!lo.ContainsKey(key) && rv is not null)
                        {
                            result[key] = JsonValues.Clone(rv);
                        }
                    }
                    return result;
                }
            default:
                return JsonValues.Clone(rhs);
        }
    }

    private static JsonArray MergeList(ListSchema list, JsonArray lhs, JsonArray rhs)
    {
        var rPEs = new List<PathElement>();
        var rObserved = new Dictionary<PathElement, JsonNode?>();
        foreach (var item in rhs)
        {
            var pe = SchemaShapes.ItemElement(list, item);
            if (!rObserved.TryAdd(pe, item))
            {
                throw new ApplyException("duplicate entries for key " + pe);
            }
            rPEs.Add(pe);
        }
        var lPEs = new List<PathElement>();
        var lObserved = new Dictionary<PathElement, (JsonNode? Item, bool Duplicate)>();
        foreach (var item in lhs)
        {
            var pe = SchemaShapes.ItemElement(list, item);
            lObserved[pe] = lObserved.ContainsKey(pe) ? (null, true) : (item, false);
            lPEs.Add(pe);
        }

        var sharedOrder = new Queue<PathElement>(rPEs.Where(lObserved.ContainsKey));
        PathElement? nextShared = sharedOrder.Count > 0 ? sharedOrder.Dequeue() : null;
        var mergedRhs = new HashSet<PathElement>();
        var output = new JsonArray();

        void AdvanceShared() => nextShared = sharedOrder.Count > 0 ? sharedOrder.Dequeue() : null;

        JsonNode? MergeItem(PathElement pe, bool hasL, JsonNode? l, JsonNode? r) =>
            hasL ? Merge(l, r, list.Element) : JsonValues.Clone(r);

        int lI = 0, rI = 0;
        while (lI < lPEs.Count || rI < rPEs.Count)
        {
            if (lI < lPEs.Count && rI < rPEs.Count)
            {
                var pe = lPEs[lI];
                if (pe.Equals(rPEs[rI]))
                {
                    mergedRhs.Add(pe);
                    var (lChild, dup) = lObserved[pe];
                    output.Add(MergeItem(pe, !dup, lChild, rObserved[pe]));
                    lI++;
                    rI++;
                    AdvanceShared();
                    continue;
                }
                if (rObserved.ContainsKey(pe) && nextShared is not null && !nextShared.Equals(pe))
                {
                    lI++;
                    continue;
                }
            }
            if (lI < lPEs.Count)
            {
                var pe = lPEs[lI];
                if (!rObserved.ContainsKey(pe))
                {
                    output.Add(JsonValues.Clone(lhs[lI]));
                    lI++;
                    continue;
                }
                if (mergedRhs.Contains(pe))
                {
                    lI++;
                }
            }
            if (rI < rPEs.Count)
            {
                var pe = rPEs[rI];
                mergedRhs.Add(pe);
                var has = lObserved.TryGetValue(pe, out var l);
                output.Add(MergeItem(pe, has && !l.Duplicate, l.Item, rObserved[pe]));
                rI++;
                if (nextShared is not null && nextShared.Equals(pe))
                {
                    AdvanceShared();
                }
            }
        }
        return output;
    }
}
