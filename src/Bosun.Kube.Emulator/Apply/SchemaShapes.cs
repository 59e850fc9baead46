using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>Resolves a schema against a value and finds list items' path elements (SMD <c>typed/helpers.go</c>).</summary>
internal static class SchemaShapes
{
    /// <summary>The concrete schema for a value; a value of another shape than declared is treated as a scalar.</summary>
    public static MergeSchema Shape(MergeSchema schema, JsonNode? value)
    {
        var r = schema.Resolve(value);
        return r switch
        {
            StructSchema or MapSchema when value is not null and not JsonObject => ScalarSchema.Instance,
            ListSchema when value is not null and not JsonArray => ScalarSchema.Instance,
            _ => r,
        };
    }

    /// <summary>The child schema and whether the child is a named struct field (not owned as a key member).</summary>
    public static (MergeSchema Schema, bool Named) Child(MergeSchema shape, string key) => shape switch
    {
        StructSchema s => s.Field(key),
        MapSchema m => (m.Element, false),
        _ => (DeducedSchema.MapLike, false),
    };

    /// <summary>The schema below a path element for an already resolved shape.</summary>
    public static MergeSchema ChildFor(MergeSchema shape, PathElement pe) => pe.Kind switch
    {
        PathElementKind.Field => Child(shape, pe.Name ?? "").Schema,
        _ => shape is ListSchema l ? l.Element : DeducedSchema.MapLike,
    };

    /// <summary>The path element of an associative-list item (<c>k:</c> with defaults for missing keys, or <c>v:</c>).</summary>
    /// <exception cref="ApplyException">The item cannot be keyed.</exception>
    public static PathElement ItemElement(ListSchema list, JsonNode? item)
    {
        if (list.Keys.Count > 0)
        {
            if (item is null)
            {
                throw new ApplyException("associative list with keys may not have a null element");
            }
            if (item is not JsonObject obj)
            {
                throw new ApplyException("associative list with keys may not have non-map elements");
            }
            var fields = new List<KeyValuePair<string, JsonNode?>>();
            foreach (var key in list.Keys)
            {
                if (obj.TryGetPropertyValue(key, out var v))
                {
                    fields.Add(new(key, v));
                }
                else if (list.KeyDefaults.TryGetValue(key, out var d) && d is not null)
                {
                    fields.Add(new(key, d));
                }
            }
            if (fields.Count == 0)
            {
                throw new ApplyException(
                    $"associative list with keys has an element that omits all key fields [{string.Join(" ", list.Keys.Select(JsonValues.GoQuote))}] (and doesn't have default values for any key fields)");
            }
            return PathElement.Key(fields);
        }
        return item switch
        {
            JsonObject => throw new ApplyException("associative list without keys has an element that's a map type"),
            JsonArray => throw new ApplyException("not supported: associative list with lists as elements"),
            null => throw new ApplyException("associative list without keys has an element that's an explicit null"),
            _ => PathElement.OfValue(item),
        };
    }

    /// <summary>
    /// Adds, for every child trie reached by a named struct field, that field as a member (SMD
    /// <c>EnsureNamedFieldsAreMembers</c>), so removing "spec.strategy" also removes the emptied parent.
    /// </summary>
    public static FieldSet EnsureNamedFieldsAreMembers(FieldSet set, MergeSchema schema)
    {
        var result = new FieldSet();
        Walk(set, schema, result);
        return result;

        static void Walk(FieldSet s, MergeSchema schema, FieldSet into)
        {
            var shape = schema;
            foreach (var m in s.Members)
            {
                into.AddMember(m);
            }
            foreach (var (pe, child) in s.Children)
            {
                MergeSchema childSchema;
                if (pe.Kind == PathElementKind.Field)
                {
                    var (cs, named) = NamedChild(shape, pe.Name ?? "");
                    childSchema = cs;
                    if (named)
                    {
                        into.AddMember(pe);
                    }
                }
                else
                {
                    childSchema = shape is ListSchema l ? l.Element : DeducedSchema.MapLike;
                }
                Walk(child, childSchema, into.Descend(pe));
            }
        }

        static (MergeSchema, bool) NamedChild(MergeSchema shape, string name) => shape switch
        {
            StructSchema st => st.Field(name),
            MapSchema m => (m.Element, false),
            DeducedSchema d when ReferenceEquals(d, DeducedSchema.StructLike) => (DeducedSchema.StructLike, true),
            _ => (DeducedSchema.MapLike, false),
        };
    }
}
