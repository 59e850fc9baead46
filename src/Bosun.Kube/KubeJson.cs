using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bosun.Kube;

/// <summary>
/// Typed reads of <see cref="JsonObject"/> fields by dotted path, with the semantics of apimachinery's
/// unstructured helpers: a value of the wrong type counts as absent.
/// </summary>
public static class KubeJson
{
    /// <summary>The node at a dotted path such as <c>status.readyReplicas</c>, or null.</summary>
    public static JsonNode? Get(JsonObject? obj, string path)
    {
        JsonNode? node = obj;
        foreach (string part in path.Split('.'))
        {
            if (node is not JsonObject o || !o.TryGetPropertyValue(part, out node))
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>A string field, or null when absent or not a string.</summary>
    public static string? GetString(JsonObject? obj, string path) =>
        Get(obj, path) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>An integer field (a JSON number without fraction), or null.</summary>
    public static long? GetInt(JsonObject? obj, string path) =>
        Get(obj, path) is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            && long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n)
            ? n
            : null;

    /// <summary>A boolean field, or null.</summary>
    public static bool? GetBool(JsonObject? obj, string path) =>
        Get(obj, path) is JsonValue v ? v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        } : null;

    /// <summary><c>apiVersion</c> split into group and version (<c>v1</c> → ("", "v1")).</summary>
    public static (string Group, string Version) SplitApiVersion(string apiVersion)
    {
        int slash = apiVersion.IndexOf('/');
        return slash < 0 ? (string.Empty, apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
    }

    /// <summary><c>Kind/namespace/name</c> or <c>Kind/name</c>, as diagnostics name objects.</summary>
    public static string Describe(JsonObject obj)
    {
        string kind = GetString(obj, "kind") ?? "?";
        string name = GetString(obj, "metadata.name") ?? "?";
        return GetString(obj, "metadata.namespace") is { Length: > 0 } ns ? $"{kind}/{ns}/{name}" : $"{kind}/{name}";
    }
}
