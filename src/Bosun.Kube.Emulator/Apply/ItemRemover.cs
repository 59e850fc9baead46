using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>Removes the paths of a field set from an object (SMD <c>typed/remove.go</c>); emptied maps and lists go too.</summary>
internal static class ItemRemover
{
    public static JsonObject RemoveItems(JsonObject obj, FieldSet toRemove, MergeSchema schema) =>
        Remove(obj, toRemove, schema) as JsonObject ?? new JsonObject();

    private static JsonNode? Remove(JsonNode? value, FieldSet toRemove, MergeSchema schema)
    {
        var shape = SchemaShapes.Shape(schema, value);
        switch (shape)
        {
            case ListSchema list when value is JsonArray array:
                {
                    if (array.Count == 0 || list.Type == ListType.Atomic)
                    {
                        return null;
                    }
                    var output = new JsonArray();
                    foreach (var item in array)
                    {
                        var pe = SchemaShapes.ItemElement(list, item);
                        if (toRemove.HasMember(pe))
                        {
                            continue;
                        }
                        var sub = toRemove.ChildOrNull(pe);
                        output.Add(sub is not null && !sub.IsEmpty ? Remove(item, sub, list.Element) : JsonValues.Clone(item));
                    }
                    return output.Count > 0 ? output : null;
                }
            case StructSchema or MapSchema when value is JsonObject obj:
                {
                    if (obj.Count == 0 || shape is StructSchema { Atomic: true } or MapSchema { Atomic: true })
                    {
                        return null;
                    }
                    var output = new JsonObject();
                    foreach (var (key, child) in obj)
                    {
                        var pe = PathElement.Field(key);
                        if (toRemove.HasMember(pe))
                        {
                            continue;
                        }
                        var sub = toRemove.ChildOrNull(pe);
                        if (sub is not null && !sub.IsEmpty)
                        {
                            var kept = Remove(child, sub, SchemaShapes.Child(shape, key).Schema);
                            if (kept is not null)
                            {
                                output[key] = kept;
                            }
                        }
                        else
                        {
                            output[key] = JsonValues.Clone(child);
                        }
                    }
                    return output.Count > 0 ? output : null;
                }
            default:
                return JsonValues.Clone(value);
        }
    }
}
