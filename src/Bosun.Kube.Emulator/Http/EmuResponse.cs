using System.Text;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Http;

/// <summary>
/// What the emulator answers: a status code, a content type and either a complete body or a streaming writer
/// (watches), plus extra headers such as <c>Retry-After</c>.
/// </summary>
public sealed class EmuResponse
{
    public EmuResponse(int statusCode, string contentType, byte[] body)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
    }

    public int StatusCode { get; }

    public string ContentType { get; }

    public byte[] Body { get; }

    /// <summary>For watches: writes the chunked body until the watch ends or the token is cancelled.</summary>
    public Func<Stream, CancellationToken, Task>? Stream { get; init; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A JSON answer.</summary>
    public static EmuResponse Json(int statusCode, JsonNode body, string contentType = "application/json") =>
        new(statusCode, contentType, Encoding.UTF8.GetBytes(body.ToJsonString(Serialization)));

    /// <summary>How the emulator writes JSON: quotes as <c>\"</c> like Go, not <c>\u0022</c>.</summary>
    public static System.Text.Json.JsonSerializerOptions Serialization { get; } = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The body as text (tests).</summary>
    public string Text => Encoding.UTF8.GetString(Body);
}
