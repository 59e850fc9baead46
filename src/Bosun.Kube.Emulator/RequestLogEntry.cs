namespace Bosun.Kube.Emulator;

/// <summary>One served request: method, path, query, body content type, Accept header and status code.</summary>
public sealed record RequestLogEntry(string Method, string Path, string Query, string ContentType, string Accept, int StatusCode)
{
    /// <summary><c>GET /api/v1/namespaces?limit=500 200</c>.</summary>
    public override string ToString() => $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : "")} {StatusCode}";
}
