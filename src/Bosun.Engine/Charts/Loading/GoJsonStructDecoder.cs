using System.Globalization;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts.Loading;

/// <summary>
/// sigs.k8s.io/yaml's Unmarshal into one of helm's chart structs (Metadata, Dependency, Maintainer, Lock) over an
/// already parsed document: keys matched as encoding/json does (exact, then case-insensitive; in sorted key order, so
/// a later duplicate wins), numbers and bools coerced to strings where the target is a string (as sigs.k8s.io/yaml
/// does before handing JSON to encoding/json), and the first type mismatch reported with encoding/json's wording.
/// The result is a map keyed by the struct's JSON field names holding checked values.
/// </summary>
internal static class GoJsonStructDecoder
{
    private const string Prefix = "error unmarshaling JSON: while decoding JSON: ";

    /// <summary>Decodes <paramref name="document"/> into <paramref name="schema"/>; throws <see cref="GoFailure"/> on a type error.</summary>
    public static GoMap Decode(object? document, StructSchema schema, string package)
    {
        return document switch
        {
            null => new GoMap(),
            GoMap map => DecodeStruct(map, schema, package, string.Empty),
            _ => throw new GoFailure($"{Prefix}json: cannot unmarshal {JsonKind(document)} into Go value of type {package}.{schema.Name}"),
        };
    }

    private static GoMap DecodeStruct(GoMap map, StructSchema schema, string package, string path)
    {
        var result = new GoMap();
        var keys = new List<string>(map.Keys);
        keys.Sort(string.CompareOrdinal);
        foreach (string key in keys)
        {
            var field = schema.Find(key);
            if (field is null)
            {
                continue;
            }

            string fieldPath = path.Length == 0 ? field.JsonName : path + "." + field.JsonName;
            object? value = map[key];
            if (value is null)
            {
                continue;
            }

            result[field.JsonName] = DecodeField(value, field, schema.Name, fieldPath, package);
        }

        return result;
    }

    private static object? DecodeField(object value, FieldSchema field, string structName, string fieldPath, string package)
    {
        switch (field.Kind)
        {
            case FieldKind.String:
                return CoerceString(value) ?? throw Mismatch(value, structName, fieldPath, "string");
            case FieldKind.Bool:
                return value is bool b ? b : throw Mismatch(value, structName, fieldPath, "bool");
            case FieldKind.Time:
                return value as string ?? throw new GoFailure(Prefix + "Time.UnmarshalJSON: input is not a JSON string");
            case FieldKind.Any:
                return value;
            case FieldKind.AnyList:
                return value as GoList ?? throw Mismatch(value, structName, fieldPath, "[]interface {}");
            case FieldKind.StringList:
            {
                if (value is not GoList list)
                {
                    throw Mismatch(value, structName, fieldPath, "[]string");
                }

                var items = new List<object?>(list.Count);
                foreach (object? item in list.Items)
                {
                    items.Add(item is null ? string.Empty : CoerceString(item) ?? throw Mismatch(item, structName, fieldPath, "string"));
                }

                return new GoList(GoType.SliceOfInterface, items);
            }

            case FieldKind.StringMap:
            {
                if (value is not GoMap map)
                {
                    throw Mismatch(value, structName, fieldPath, "map[string]string");
                }

                var result = new GoMap();
                var keys = new List<string>(map.Keys);
                keys.Sort(string.CompareOrdinal);
                foreach (string key in keys)
                {
                    object? item = map[key];
                    result[key] = item is null ? string.Empty : CoerceString(item) ?? throw Mismatch(item, structName, fieldPath, "string");
                }

                return result;
            }

            case FieldKind.StructList:
            {
                var element = field.Element ?? throw new InvalidOperationException("struct list without element schema");
                if (value is not GoList list)
                {
                    throw Mismatch(value, structName, fieldPath, $"[]*{package}.{element.Name}");
                }

                var items = new List<object?>(list.Count);
                foreach (object? item in list.Items)
                {
                    items.Add(item switch
                    {
                        null => null,
                        GoMap m => DecodeStruct(m, element, package, fieldPath),
                        _ => throw Mismatch(item, structName, fieldPath, $"{package}.{element.Name}"),
                    });
                }

                return new GoList(GoType.SliceOfInterface, items);
            }

            default:
                throw new InvalidOperationException("unknown field kind");
        }
    }

    /// <summary>sigs.k8s.io/yaml's number/bool → string coercion for string targets; null when the value is not a scalar.</summary>
    private static string? CoerceString(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        GoInt i => i.ToString(),
        double d => FormatNumber(d),
        _ => null,
    };

    private static string FormatNumber(double d)
    {
        // The parsed document has every number as float64; a YAML integer was an int before that, which
        // sigs.k8s.io/yaml prints in decimal. Integral values are taken to have been integers.
        if (Math.Floor(d) == d && Math.Abs(d) < 9.2e18)
        {
            return ((long)d).ToString(CultureInfo.InvariantCulture);
        }

        return GoStrconv.FormatFloat(d, 'g', -1, 32);
    }

    private static GoFailure Mismatch(object? value, string structName, string fieldPath, string goType) =>
        new($"{Prefix}json: cannot unmarshal {JsonKind(value)} into Go struct field {structName}.{fieldPath} of type {goType}");

    internal static string JsonKind(object? value) => value switch
    {
        bool => "bool",
        string => "string",
        GoList => "array",
        GoMap => "object",
        long or double or GoInt => "number",
        _ => "value",
    };
}
