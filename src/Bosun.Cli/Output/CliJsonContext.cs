using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bosun.Cli.Output;

/// <summary>Source-generated JSON for everything the CLI prints (trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DiagnosticJson[]))]
[JsonSerializable(typeof(ManifestJson[]))]
[JsonSerializable(typeof(VersionJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>The context used for output: relaxed escaping so messages stay readable (quotes are not \u0022).</summary>
    public static CliJsonContext Output { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
