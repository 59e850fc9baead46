using Bosun.Core.Values;
using Bosun.Core.Yaml.Go;

namespace Bosun.Core.Yaml;

/// <summary>Serialisation half of <see cref="GoYaml"/>.</summary>
public static partial class GoYaml
{
    /// <summary>sigs.k8s.io/yaml.Marshal of a value (helm <c>toYaml</c> before its TrimSuffix of "\n"). Throws <see cref="GoYamlException"/> with Go's message.</summary>
    public static string Serialize(object? value)
    {
        object? yamlValue;
        var compat = new GoYamlJsonCompat();
        try
        {
            yamlValue = compat.Convert(value);
        }
        catch (GoFailure e)
        {
            throw new GoYamlException("error marshaling into JSON: " + e.Message);
        }

        if (compat.Unsafe)
        {
            return SerializeThroughJson(value);
        }

        return GoJsonUtf8.Decode(GoYamlEncoder.Marshal(yamlValue));
    }

    /// <summary>The literal sigs.k8s.io path: json.Marshal, go-yaml Unmarshal of that JSON, go-yaml Marshal.</summary>
    internal static string SerializeThroughJson(object? value)
    {
        string json;
        try
        {
            json = GoJson.Serialize(value, escapeHtml: true);
        }
        catch (GoFailure e)
        {
            throw new GoYamlException("error marshaling into JSON: " + e.Message);
        }

        object? decoded = DecodeFirstDocument(GoJsonUtf8.Encode(json));
        return GoJsonUtf8.Decode(GoYamlEncoder.Marshal(decoded));
    }

    /// <summary>
    /// go-yaml v3's Encoder with SetIndent(2), as helm's <c>toYamlPretty</c> uses it (no JSON round trip:
    /// float64 numbers print in 'g' form, e.g. <c>1e+06</c>). Throws <see cref="GoYamlException"/>.
    /// </summary>
    public static string SerializePretty(object? value) => GoJsonUtf8.Decode(GoYamlV3Encoder.Marshal(value));
}
