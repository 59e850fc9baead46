using Bosun.Core.Values;
using Bosun.Core.Yaml.Go;
using Bosun.Core.Yaml.Syntax;

namespace Bosun.Core.Yaml;

/// <summary>
/// YAML the way helm sees it: <c>sigs.k8s.io/yaml</c> over go-yaml v2 (YAML 1.1 scalars, YAML → JSON → Go
/// values, so every number is float64), and helm's <c>toYaml</c> output (go-yaml's emitter: sorted keys,
/// ~80-column folding, quoting rules).
/// </summary>
public static partial class GoYaml
{
    /// <summary>sigs.k8s.io/yaml.Unmarshal into interface{}: maps → GoMap, lists → GoList, numbers → float64. Throws <see cref="GoYamlException"/>.</summary>
    public static object? Deserialize(string yaml) => Deserialize(GoJsonUtf8.Encode(yaml));

    /// <summary>sigs.k8s.io/yaml.Unmarshal of raw file bytes (UTF-8, or UTF-16 with a byte order mark).</summary>
    public static object? Deserialize(byte[] yaml) => ToJsonValue(yaml, null);

    /// <summary>
    /// sigs.k8s.io/yaml.Unmarshal toward a typed Go value: as <see cref="Deserialize(string)"/>, except that
    /// YAML booleans and numbers bound for a Go string field become their text (<c>name: y</c> gives "true").
    /// </summary>
    public static object? Deserialize(string yaml, GoYamlJsonTarget target) => ToJsonValue(GoJsonUtf8.Encode(yaml), target);

    /// <summary>
    /// sigs.k8s.io/yaml.Unmarshal into a <c>map[string]interface{}</c> (helm's values files, <c>fromYaml</c>):
    /// null input gives an empty map; any other non-mapping fails with encoding/json's type error.
    /// </summary>
    public static GoMap DeserializeMap(string yaml) => DeserializeMap(GoJsonUtf8.Encode(yaml));

    /// <inheritdoc cref="DeserializeMap(string)"/>
    public static GoMap DeserializeMap(byte[] yaml)
    {
        object? value = ToJsonValue(yaml, null);
        return value switch
        {
            null => new GoMap(),
            GoMap map => map,
            _ => throw UnmarshalTypeError(value, "map[string]interface {}"),
        };
    }

    /// <summary>sigs.k8s.io/yaml.Unmarshal into a <c>[]interface{}</c> (helm's <c>fromYamlArray</c>); null gives an empty list.</summary>
    public static GoList DeserializeList(string yaml)
    {
        object? value = ToJsonValue(GoJsonUtf8.Encode(yaml), null);
        return value switch
        {
            null => new GoList(),
            GoList list => list,
            _ => throw UnmarshalTypeError(value, "[]interface {}"),
        };
    }

    /// <summary>
    /// The value sigs.k8s.io/yaml would produce for an already loaded document (YAML 1.1 typing, merge keys,
    /// numbers as float64). Throws <see cref="GoYamlException"/> as <see cref="Deserialize(string)"/> does.
    /// </summary>
    public static object? ToValue(YamlDocument document)
    {
        try
        {
            return GoYamlJsonBridge.ToValue(new GoYamlDecoder().DecodeDocument(document));
        }
        catch (GoYamlException e)
        {
            throw new GoYamlException("error converting YAML to JSON: " + e.Message, e.Line, e.Column);
        }
    }

    private static GoYamlException UnmarshalTypeError(object value, string target)
    {
        string kind = value switch
        {
            GoMap => "object",
            GoList => "array",
            string => "string",
            bool => "bool",
            _ => "number",
        };
        return new GoYamlException($"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {kind} into Go value of type {target}");
    }

    private static object? ToJsonValue(byte[] yaml, GoYamlJsonTarget? target)
    {
        object? decoded;
        try
        {
            decoded = DecodeFirstDocument(yaml);
            return GoYamlJsonBridge.ToValue(decoded, target);
        }
        catch (GoYamlException e)
        {
            throw new GoYamlException("error converting YAML to JSON: " + e.Message, e.Line, e.Column);
        }
    }

    /// <summary>go-yaml v2's Unmarshal into interface{} of the first document (nil for an empty stream).</summary>
    internal static object? DecodeFirstDocument(byte[] yaml)
    {
        if (yaml.Length == 0)
        {
            yaml = "\n"u8.ToArray();
        }

        try
        {
            var composer = new YamlComposer(yaml, file: null, unknownAlias: null);
            var document = composer.NextDocument();
            return document is null ? null : new GoYamlDecoder().DecodeDocument(document);
        }
        catch (YamlSyntaxException e)
        {
            var mark = e.ProblemMark.Index >= 0 ? e.ProblemMark : e.ContextMark;
            throw new GoYamlException(e.GoMessage, mark.Index >= 0 ? mark.Line + 1 : 0, mark.Index >= 0 ? mark.Column + 1 : 0);
        }
    }
}
