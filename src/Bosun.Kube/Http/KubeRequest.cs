namespace Bosun.Kube.Http;

/// <summary>Per-request options the pipeline reads from <see cref="HttpRequestMessage.Options"/>.</summary>
public static class KubeRequest
{
    /// <summary>A streaming request (watch): the timeout covers only the response headers and the body is not buffered.</summary>
    public static readonly HttpRequestOptionsKey<bool> Streaming = new("bosun.kube.streaming");

    /// <summary>Forces the request to count as idempotent (or not) for retries of 5xx and broken connections.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("bosun.kube.idempotent");

    /// <summary>
    /// Whether a request may be repeated after a 5xx or a broken connection: GET, HEAD, OPTIONS, PUT, DELETE and
    /// server-side apply PATCHes are; POST and other patches are not unless marked.
    /// </summary>
    public static bool IsIdempotent(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(Idempotent, out bool forced))
        {
            return forced;
        }

        string method = request.Method.Method;
        return method is "GET" or "HEAD" or "OPTIONS" or "PUT" or "DELETE"
            || (method == "PATCH" && request.Content?.Headers.ContentType?.MediaType == "application/apply-patch+yaml");
    }

    public static bool IsStreaming(HttpRequestMessage request) =>
        request.Options.TryGetValue(Streaming, out bool streaming) && streaming;
}
