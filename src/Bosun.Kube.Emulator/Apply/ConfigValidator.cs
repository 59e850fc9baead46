using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>Checks that an applied configuration can be typed: list items keyable and unique (SMD's validation errors).</summary>
internal static class ConfigValidator
{
    /// <summary>SMD's validation errors, e.g. <c>.spec.ports: duplicate entries for key [containerPort=80,protocol="TCP"]</c>.</summary>
    public static List<string> Errors(JsonNode? config, MergeSchema schema)
    {
        var errors = new List<string>();
        Walk(config, schema, [], errors);
        return errors;
    }

    /// <summary>SMD's <c>ValidationErrors.Error()</c>: one error alone, several as <c>errors:</c> and indented lines.</summary>
    public static string Join(List<string> errors) =>
        errors.Count == 1 ? errors[0] : "errors:\n" + string.Join("\n", errors.Select(e => "  " + e));

    private static void Walk(JsonNode? value, MergeSchema schema, List<PathElement> path, List<string> errors)
    {
        var shape = SchemaShapes.Shape(schema, value);
        switch (shape)
        {
            case ListSchema { Type: not ListType.Atomic } list when value is JsonArray array:
                {
                    var seen = new HashSet<PathElement>();
                    for (var i = 0; i < array.Count; i++)
                    {
                        PathElement pe;
                        try
                        {
                            pe = SchemaShapes.ItemElement(list, array[i]);
                        }
                        catch (ApplyException e)
                        {
                            errors.Add($"{new FieldPath(path)}: element {i}: {e.Message}");
                            continue;
                        }
                        if (!seen.Add(pe))
                        {
                            errors.Add($"{new FieldPath(path)}: duplicate entries for key {pe}");
                            continue;
                        }
                        path.Add(pe);
                        Walk(array[i], list.Element, path, errors);
                        path.RemoveAt(path.Count - 1);
                    }
                    return;
                }
            case StructSchema { Atomic: false } or MapSchema { Atomic: false } when value is JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    path.Add(PathElement.Field(key));
                    Walk(child, SchemaShapes.Child(shape, key).Schema, path, errors);
                    path.RemoveAt(path.Count - 1);
                }
                return;
            default:
                return;
        }
    }
}
