namespace Bosun.Core.JsonSchema;

/// <summary>
/// Fetches a schema document that a <c>$ref</c> names outside the document being compiled (helm's
/// <c>http</c>, <c>https</c> and <c>file</c> URL loaders). Implementations never throw for a failed
/// fetch: they describe it in a <see cref="JsonSchemaFetch"/> with Go's wording.
/// </summary>
public interface IJsonSchemaLoader
{
    /// <summary>Fetches the document at an absolute URL without fragment.</summary>
    JsonSchemaFetch Fetch(string url);
}
