using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>The field set of an object (SMD <c>typed/tofieldset.go</c>).</summary>
internal static class FieldSetBuilder
{
    /// <summary>Every owned path of <paramref name="obj"/>: leaves, atomic values, list items, map keys, empty/null values.</summary>
    public static FieldSet ToFieldSet(JsonNode? obj, MergeSchema schema)
    {
        var set = new FieldSet();
        Walk(obj, schema, [], set);
        return set;
    }

    private static void Walk(JsonNode? value, MergeSchema schema, List<PathElement> path, FieldSet set)
    {
        var shape = SchemaShapes.Shape(schema, value);
        switch (shape)
        {
            case ListSchema list:
                if (list.Type == ListType.Atomic)
                {
                    set.Insert(path, 0);
                    return;
                }
                if (value is not JsonArray array)
                {
                    return;
                }
                var seen = new HashSet<PathElement>();
                var duplicates = new HashSet<PathElement>();
                var elements = new List<PathElement>();
                foreach (var item in array)
                {
                    var pe = SchemaShapes.ItemElement(list, item);
                    elements.Add(pe);
                    if (!seen.Add(pe) && duplicates.Add(pe))
                    {
                        path.Add(pe);
                        set.Insert(path, 0);
                        path.RemoveAt(path.Count - 1);
                    }
                }
                for (var i = 0; i < array.Count; i++)
                {
                    var pe = elements[i];
                    if (duplicates.Contains(pe))
                    {
                        continue;
                    }
                    path.Add(pe);
                    Walk(array[i], list.Element, path, set);
                    set.Insert(path, 0);
                    path.RemoveAt(path.Count - 1);
                }
                return;
            case StructSchema st when st.Atomic:
                set.Insert(path, 0);
                return;
            case MapSchema m when m.Atomic:
                set.Insert(path, 0);
                return;
            case StructSchema or MapSchema:
                if (value is not JsonObject obj)
                {
                    return;
                }
                foreach (var (key, child) in obj)
                {
                    var (childSchema, named) = SchemaShapes.Child(shape, key);
                    path.Add(PathElement.Field(key));
                    Walk(child, childSchema, path, set);
                    if (child is null || (child is JsonObject co && co.Count == 0) || !named)
                    {
                        set.Insert(path, 0);
                    }
                    path.RemoveAt(path.Count - 1);
                }
                return;
            default:
                set.Insert(path, 0);
                return;
        }
    }
}
