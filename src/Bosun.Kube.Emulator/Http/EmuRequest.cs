using System.Web;

namespace Bosun.Kube.Emulator.Http;

/// <summary>One HTTP request as the emulator sees it, whichever transport (Kestrel or in-process) carried it.</summary>
public sealed class EmuRequest
{
    public EmuRequest(string method, string path, string query, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        Method = method.ToUpperInvariant();
        Path = path;
        RawQuery = query.StartsWith('?') ? query[1..] : query;
        Headers = headers;
        Body = body;
        var parsed = HttpUtility.ParseQueryString(RawQuery);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string? key in parsed.AllKeys)
        {
            if (key is not null)
            {
                values[key] = parsed[key] ?? "";
            }
        }

        Query = values;
    }

    public string Method { get; }

    /// <summary>The URL path, e.g. <c>/api/v1/namespaces/default/configmaps</c>.</summary>
    public string Path { get; }

    /// <summary>The query string without <c>?</c>.</summary>
    public string RawQuery { get; }

    public IReadOnlyDictionary<string, string> Query { get; }

    /// <summary>Request headers, case-insensitive names.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    /// <summary>A query parameter, or null.</summary>
    public string? Param(string name) => Query.TryGetValue(name, out var value) ? value : null;

    /// <summary>A header, or "".</summary>
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";

    /// <summary>The media type of the body without parameters, lower case.</summary>
    public string ContentType => Header("Content-Type").Split(';')[0].Trim().ToLowerInvariant();
}
