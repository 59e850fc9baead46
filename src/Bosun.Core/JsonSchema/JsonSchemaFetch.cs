namespace Bosun.Core.JsonSchema;

/// <summary>
/// The outcome of <see cref="IJsonSchemaLoader.Fetch"/>: the document's bytes, an HTTP status other than
/// 200, or a transport failure worded as Go's net/http or os package words it.
/// </summary>
public sealed class JsonSchemaFetch
{
    private JsonSchemaFetch(byte[]? body, int status, string statusLine, string? error)
    {
        Body = body;
        Status = status;
        StatusLine = statusLine;
        Error = error;
    }

    /// <summary>The document bytes when the fetch succeeded (HTTP 200 or a readable file).</summary>
    public byte[]? Body { get; }

    /// <summary>The HTTP status code when the server answered other than 200 (else 0).</summary>
    public int Status { get; }

    /// <summary>Go's <c>resp.Status</c>: the code and the server's reason phrase ("404 Not Found").</summary>
    public string StatusLine { get; }

    /// <summary>
    /// A transport failure in Go's words: for HTTP the client's error
    /// (<c>Get "URL": dial tcp 127.0.0.1:9: connect: connection refused</c>), for a file the os error
    /// (<c>open /x.json: no such file or directory</c>).
    /// </summary>
    public string? Error { get; }

    /// <summary>A successful fetch.</summary>
    public static JsonSchemaFetch Success(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new JsonSchemaFetch(body, 0, string.Empty, null);
    }

    /// <summary>An HTTP answer other than 200.</summary>
    public static JsonSchemaFetch HttpStatus(int status, string statusLine) => new(null, status, statusLine, null);

    /// <summary>A transport or file-system failure, worded as Go words it.</summary>
    public static JsonSchemaFetch Failure(string goError) => new(null, 0, string.Empty, goError);
}
