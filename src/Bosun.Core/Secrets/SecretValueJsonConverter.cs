using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bosun.Core.Secrets;

/// <summary>Serializes a <see cref="SecretValue"/> as <c>"***"</c>; secrets are never read from JSON.</summary>
public sealed class SecretValueJsonConverter : JsonConverter<SecretValue>
{
    public override SecretValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("secret values cannot be deserialized");

    public override void Write(Utf8JsonWriter writer, SecretValue value, JsonSerializerOptions options) =>
        writer.WriteStringValue(SecretValue.Mask);
}
