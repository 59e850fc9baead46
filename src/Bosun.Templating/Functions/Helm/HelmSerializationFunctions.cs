using Bosun.Core.Values;
using Bosun.Core.Yaml;
using Bosun.Templating.Functions.Helm.Toml;

namespace Bosun.Templating.Functions.Helm;

/// <summary>
/// Helm's serialisation functions (pkg/engine/funcs.go) and the sprig JSON functions they sit beside:
/// toYaml, mustToYaml (helm 4), toYamlPretty, fromYaml, fromYamlArray, toJson, mustToJson, fromJson,
/// fromJsonArray, toToml, fromToml; sprig's toRawJson, mustToRawJson, toPrettyJson, mustToPrettyJson,
/// mustFromJson. Error behaviour follows helm: toYaml/toJson swallow errors (""), fromYaml/fromJson return
/// <c>map[Error:…]</c>, the must* variants fail the template.
/// </summary>
internal static class HelmSerializationFunctions
{
    private static readonly GoType Any = GoType.Interface;

    /// <summary>
    /// Functions registered here that only one helm major version defines (helm 3.17 has no mustToYaml;
    /// its templates fail at parse time with <c>function "mustToYaml" not defined</c>).
    /// </summary>
    public static bool IsDefined(string name, int helmMajor) => !(helmMajor < 4 && name == "mustToYaml");

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("toYaml", GoSignature.Of(Any), a => ToYaml(a[0]));
        table.Add("mustToYaml", GoSignature.Of(Any), a => MustToYaml(a[0]));
        table.Add("toYamlPretty", GoSignature.Of(Any), a => ToYamlPretty(a[0]));
        table.Add("fromYaml", GoSignature.Of(GoType.String), a => FromYaml(a[0] as string ?? string.Empty));
        table.Add("fromYamlArray", GoSignature.Of(GoType.String), a => FromYamlArray(a[0] as string ?? string.Empty));

        table.Add("toJson", GoSignature.Of(Any), a => ToJson(a[0], escapeHtml: true));
        table.Add("mustToJson", new GoSignature([Any], returnsError: true), a => MustToJson(a[0], escapeHtml: true));
        table.Add("toRawJson", GoSignature.Of(Any), a => MustToJson(a[0], escapeHtml: false));
        table.Add("mustToRawJson", new GoSignature([Any], returnsError: true), a => MustToJson(a[0], escapeHtml: false));
        table.Add("toPrettyJson", GoSignature.Of(Any), a => ToPrettyJson(a[0]));
        table.Add("mustToPrettyJson", new GoSignature([Any], returnsError: true), a => MustToPrettyJson(a[0]));
        table.Add("fromJson", GoSignature.Of(GoType.String), a => FromJson(a[0] as string ?? string.Empty));
        table.Add("fromJsonArray", GoSignature.Of(GoType.String), a => FromJsonArray(a[0] as string ?? string.Empty));
        table.Add("mustFromJson", new GoSignature([GoType.String], returnsError: true), a => GoJson.Deserialize(a[0] as string ?? string.Empty));

        table.Add("toToml", GoSignature.Of(Any), (context, a) => ToToml(a[0], context.Options.HelmMajor));
        table.Add("fromToml", GoSignature.Of(GoType.String), (context, a) => FromToml(a[0] as string ?? string.Empty, context.Options.HelmMajor, context.Time));
    }

    /// <summary>helm toYAML: sigs.k8s.io/yaml.Marshal, errors swallowed (""), final newline trimmed.</summary>
    public static string ToYaml(object? value)
    {
        try
        {
            return TrimNewline(GoYaml.Serialize(value));
        }
        catch (GoYamlException)
        {
            return string.Empty;
        }
    }

    /// <summary>helm 4 mustToYAML: as toYaml but the marshal error fails the template.</summary>
    public static string MustToYaml(object? value)
    {
        try
        {
            return TrimNewline(GoYaml.Serialize(value));
        }
        catch (GoYamlException e)
        {
            throw new GoFailure(e.Message);
        }
    }

    /// <summary>helm toYAMLPretty: go-yaml v3's encoder with indent 2, errors swallowed.</summary>
    public static string ToYamlPretty(object? value)
    {
        try
        {
            return TrimNewline(GoYaml.SerializePretty(value));
        }
        catch (GoYamlException)
        {
            return string.Empty;
        }
    }

    /// <summary>helm fromYAML: a map; on error the (empty) map gets the message under "Error".</summary>
    public static GoMap FromYaml(string text)
    {
        try
        {
            return GoYaml.DeserializeMap(text);
        }
        catch (GoYamlException e)
        {
            var map = new GoMap();
            map["Error"] = e.Message;
            return map;
        }
    }

    /// <summary>helm fromYAMLArray: a list; on error a list holding only the message.</summary>
    public static GoList FromYamlArray(string text)
    {
        try
        {
            return GoYaml.DeserializeList(text);
        }
        catch (GoYamlException e)
        {
            return new GoList([e.Message]);
        }
    }

    private static string ToJson(object? value, bool escapeHtml)
    {
        try
        {
            return GoJson.Serialize(value, escapeHtml);
        }
        catch (GoFailure)
        {
            return string.Empty;
        }
    }

    private static string MustToJson(object? value, bool escapeHtml) => GoJson.Serialize(value, escapeHtml);

    private static string ToPrettyJson(object? value)
    {
        try
        {
            return GoJson.SerializeIndented(value, string.Empty, "  ");
        }
        catch (GoFailure)
        {
            return string.Empty;
        }
    }

    private static string MustToPrettyJson(object? value) => GoJson.SerializeIndented(value, string.Empty, "  ");

    /// <summary>helm fromJSON: a map (nil for JSON null); on error the partial map gets the message under "Error".</summary>
    public static GoMap FromJson(string text)
    {
        var map = GoJson.DeserializeMap(text, out string? error) ?? new GoMap();
        if (error is not null)
        {
            map["Error"] = error;
        }

        return map;
    }

    /// <summary>helm fromJSONArray: a list (nil for JSON null); on error a list holding only the message.</summary>
    public static GoList FromJsonArray(string text)
    {
        var list = GoJson.DeserializeList(text, out string? error);
        return error is null ? list : new GoList([error]);
    }

    /// <summary>helm toTOML: BurntSushi/toml's output, or the encoder's error text as the result.</summary>
    public static string ToToml(object? value, int helmMajor)
    {
        try
        {
            return TomlEncoder.Encode(value, helmMajor);
        }
        catch (TomlEncodeException e)
        {
            return e.Message;
        }
    }

    /// <summary>helm fromTOML: a map; on a parse error the (empty) map gets the message under "Error".</summary>
    public static GoMap FromToml(string text, int helmMajor, TimeProvider clock)
    {
        try
        {
            return TomlDecoder.Decode(text, helmMajor, clock);
        }
        catch (TomlParseException e)
        {
            var map = new GoMap();
            map["Error"] = e.Message;
            return map;
        }
    }

    private static string TrimNewline(string s) => s.EndsWith('\n') ? s[..^1] : s;
}
