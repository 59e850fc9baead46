using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Store;

/// <summary>Small helpers over <see cref="JsonObject"/> objects: typed reads, metadata access, deep equality.</summary>
internal static class Json
{
    public static string Str(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? s) ? s : "";

    public static long? Long(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue(out long l))
        {
            return l;
        }

        if (value.TryGetValue(out int i))
        {
            return i;
        }

        if (value.TryGetValue(out double d))
        {
            return (long)d;
        }

        if (value.TryGetValue(out JsonElement e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out long el))
        {
            return el;
        }

        if (value.TryGetValue(out string? s) && long.TryParse(s, out long parsed))
        {
            return parsed;
        }

        return null;
    }

    public static bool Bool(JsonNode? node) =>
        node is JsonValue value && ((value.TryGetValue(out bool b) && b) || (value.TryGetValue(out string? s) && s == "true"));

    public static JsonObject Meta(JsonObject obj)
    {
        if (obj["metadata"] is JsonObject meta)
        {
            return meta;
        }

        meta = [];
        obj["metadata"] = meta;
        return meta;
    }

    public static string Name(JsonObject obj) => Str(obj["metadata"]?["name"]);

    public static string Namespace(JsonObject obj) => Str(obj["metadata"]?["namespace"]);

    public static string Uid(JsonObject obj) => Str(obj["metadata"]?["uid"]);

    public static long ResourceVersion(JsonObject obj) =>
        long.TryParse(Str(obj["metadata"]?["resourceVersion"]), out long rv) ? rv : 0;

    public static JsonObject Obj(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject child)
        {
            return child;
        }

        child = [];
        parent[key] = child;
        return child;
    }

    public static JsonObject Clone(JsonObject obj) => (JsonObject)obj.DeepClone();

    public static bool Equal(JsonNode? a, JsonNode? b) => JsonNode.DeepEquals(a, b);

    public static Dictionary<string, string> StringMap(JsonNode? node)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                map[key] = Str(value);
            }
        }

        return map;
    }

    /// <summary>Parses a JSON object body; 400 BadRequest with the decoder's message otherwise.</summary>
    public static JsonObject ParseObject(byte[] body)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            throw Http.ApiError.BadRequest("the body of the request could not be decoded: " + ex.Message);
        }

        return node as JsonObject ?? throw Http.ApiError.BadRequest("the body of the request must be a JSON object");
    }
}
