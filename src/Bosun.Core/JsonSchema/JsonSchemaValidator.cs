using Bosun.Core.Text;

namespace Bosun.Core.JsonSchema;

/// <summary>
/// A compiled JSON Schema document that validates Go values (GoMap, GoList, long, GoInt, double, string,
/// bool, null) with the semantics and messages of santhosh-tekuri/jsonschema v6 (helm v4's validator).
/// </summary>
public sealed class JsonSchemaValidator
{
    private JsonSchemaValidator(JsonSchemaNode root, string documentUrl)
    {
        Root = root;
        DocumentUrl = documentUrl;
    }

    /// <summary>The root schema.</summary>
    public JsonSchemaNode Root { get; }

    /// <summary>The URL the document is known by (helm: file:///values.schema.json).</summary>
    public string DocumentUrl { get; }

    /// <summary>
    /// Parses and compiles a schema document. Throws <see cref="JsonSchemaException"/> when it is not JSON
    /// (<paramref name="syntaxLocation"/> then holds the line:col), not a valid schema, or refers outside itself.
    /// </summary>
    public static JsonSchemaValidator Compile(byte[] json, string fileName, JsonSchemaDraft defaultDraft, string documentUrl, out SourceLocation? syntaxLocation) =>
        Compile(json, fileName, defaultDraft, documentUrl, null, out syntaxLocation);

    /// <summary>
    /// As <see cref="Compile(byte[], string, JsonSchemaDraft, string, out SourceLocation?)"/>, fetching the documents
    /// that references name outside this one with <paramref name="loader"/> (failures in helm 4's words).
    /// </summary>
    public static JsonSchemaValidator Compile(byte[] json, string fileName, JsonSchemaDraft defaultDraft, string documentUrl, IJsonSchemaLoader? loader, out SourceLocation? syntaxLocation)
    {
        syntaxLocation = null;
        if (!JsonSchemaDocument.TryParse(json, fileName, out var doc, out var error, out var location))
        {
            syntaxLocation = location;
            throw new JsonSchemaException(JsonSchemaProblem.Syntax, JsonSchemaDocument.DecoderMessage(json, error ?? "invalid JSON", legacy: false));
        }

        return new JsonSchemaValidator(JsonSchemaCompiler.Compile(doc, documentUrl, defaultDraft, loader), documentUrl);
    }

    /// <summary>Validates a value; null when valid, else the error tree (its ToString is the library's Error()).</summary>
    public JsonSchemaError? Validate(object? value) => JsonSchemaEvaluator.ValidateRoot(Root, value, DocumentUrl);
}
