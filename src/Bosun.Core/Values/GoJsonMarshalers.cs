using System.Text;

namespace Bosun.Core.Values;

/// <summary>
/// Go's marshaler interfaces on host objects: a <c>MarshalJSON</c> method (json.Marshaler) or a
/// <c>MarshalText</c> method (encoding.TextMarshaler) returning <c>[]byte</c>, as encoding/json uses them
/// (<c>time.Time</c>, <c>*semver.Version</c>).
/// </summary>
internal static class GoJsonMarshalers
{
    /// <summary>The compacted JSON of a json.Marshaler, HTML-escaped when asked; null when the object has none.</summary>
    public static string? MarshalJson(IGoObject obj, bool escapeHtml)
    {
        if (!obj.TryGetMethod("MarshalJSON", out var method) || method is null || method.Signature.Parameters.Count != 0)
        {
            return null;
        }

        byte[] bytes = Invoke(obj, method, "MarshalJSON");
        if (GoJsonSyntax.Check(bytes) is { } error)
        {
            throw new GoFailure($"json: error calling MarshalJSON for type {obj.Type.Name}: {error}");
        }

        return Compact(GoJsonUtf8.Decode(bytes), escapeHtml);
    }

    /// <summary>The text of an encoding.TextMarshaler; null when the object has none.</summary>
    public static string? MarshalText(IGoObject obj, string errorVerb = "MarshalText")
    {
        if (!obj.TryGetMethod("MarshalText", out var method) || method is null || method.Signature.Parameters.Count != 0)
        {
            return null;
        }

        return GoJsonUtf8.Decode(Invoke(obj, method, errorVerb));
    }

    private static byte[] Invoke(IGoObject obj, GoMethod method, string name)
    {
        object? result;
        try
        {
            result = method.Invoke([]);
        }
        catch (GoFailure e)
        {
            throw new GoFailure($"json: error calling {name} for type {obj.Type.Name}: {e.Message}");
        }

        return result switch
        {
            byte[] bytes => bytes,
            string s => GoJsonUtf8.Encode(s),
            _ => [],
        };
    }

    /// <summary>encoding/json's appendCompact: insignificant spaces dropped, &lt; &gt; &amp; U+2028 U+2029 escaped in strings when asked.</summary>
    private static string Compact(string json, bool escapeHtml)
    {
        var sb = new StringBuilder(json.Length);
        bool inString = false;
        bool escaped = false;
        foreach (char c in json)
        {
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                if (escapeHtml && (c == '<' || c == '>' || c == '&'))
                {
                    sb.Append("\\u00").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }
                else if (escapeHtml && (c == '\u2028' || c == '\u2029'))
                {
                    sb.Append("\\u202").Append(c == '\u2028' ? '8' : '9');
                }
                else
                {
                    sb.Append(c);
                }

                continue;
            }

            if (c is ' ' or '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == '"')
            {
                inString = true;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
