using System.Text.Json;
using Bosun.Core.Text;
using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>
/// Reads a schema document as encoding/json with UseNumber does: objects → <see cref="GoMap"/>, arrays →
/// <see cref="GoList"/>, numbers → <see cref="JsonNumber"/>, strings, bools and null.
/// </summary>
public static class JsonSchemaDocument
{
    /// <summary>Parses <paramref name="json"/>; on a syntax error returns null with Go's message and its location.</summary>
    public static bool TryParse(byte[] json, string fileName, out object? document, out string? error, out SourceLocation? location)
    {
        ArgumentNullException.ThrowIfNull(json);
        document = null;
        location = null;
        error = GoJsonSyntax.Check(json);
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 10000, AllowTrailingCommas = false });
            if (error is not null)
            {
                return false;
            }

            document = Convert(doc.RootElement);
            return true;
        }
        catch (JsonException ex)
        {
            error ??= "invalid JSON: " + ex.Message;
            location = Locate(json, fileName, (int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0));
            return false;
        }
    }

    /// <summary>
    /// The message of a json.Decoder (how both schema libraries read documents) for a syntax error that
    /// json.Unmarshal words as <paramref name="unmarshalMessage"/>: an empty document is "EOF", a truncated one
    /// "unexpected EOF"; santhosh-tekuri/jsonschema reports any trailing data as "invalid character after
    /// top-level value" (gojsonschema, <paramref name="legacy"/>, keeps the message).
    /// </summary>
    public static string DecoderMessage(byte[] json, string unmarshalMessage, bool legacy)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(unmarshalMessage);
        if (Array.TrueForAll(json, b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return "EOF";
        }

        if (unmarshalMessage == "unexpected end of JSON input")
        {
            return "unexpected EOF";
        }

        if (!legacy && unmarshalMessage.EndsWith("after top-level value", StringComparison.Ordinal))
        {
            return "invalid character after top-level value";
        }

        return unmarshalMessage;
    }

    private static SourceLocation Locate(byte[] json, string fileName, int line, int bytePos)
    {
        int offset = 0;
        for (int l = 0; l < line && offset < json.Length; offset++)
        {
            if (json[offset] == '\n')
            {
                l++;
            }
        }

        offset = Math.Min(json.Length, offset + bytePos);
        string before = System.Text.Encoding.UTF8.GetString(json, 0, offset);
        var file = new SourceFile(fileName, System.Text.Encoding.UTF8.GetString(json));
        return new SourceLocation(file, new TextSpan(Math.Min(before.Length, file.Text.Length), 0));
    }

    private static object? Convert(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new GoMap();
                foreach (var p in e.EnumerateObject())
                {
                    map.Entries[p.Name] = Convert(p.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new GoList();
                foreach (var item in e.EnumerateArray())
                {
                    list.Items.Add(Convert(item));
                }

                return list;
            case JsonValueKind.String:
                return e.GetString() ?? string.Empty;
            case JsonValueKind.Number:
                return new JsonNumber(e.GetRawText());
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
