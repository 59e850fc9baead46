using Bosun.Core.Text;

namespace Bosun.Core.JsonSchema;

/// <summary>
/// A schema document validated with the semantics and messages of xeipuuv/gojsonschema v1.2.0 (helm v3):
/// a flat list of "field: description" errors, field "(root)" or a dotted path.
/// </summary>
public sealed class GoJsonSchemaValidator
{
    private readonly JsonSchemaNode _root;

    private GoJsonSchemaValidator(JsonSchemaNode root)
    {
        _root = root;
    }

    /// <summary>Parses and compiles a schema document (see <see cref="JsonSchemaValidator.Compile"/> for the exceptions).</summary>
    public static GoJsonSchemaValidator Compile(byte[] json, string fileName, string documentUrl, out SourceLocation? syntaxLocation) =>
        Compile(json, fileName, documentUrl, null, out syntaxLocation);

    /// <summary>As <see cref="Compile(byte[], string, string, out SourceLocation?)"/>, fetching external references with <paramref name="loader"/> (failures in helm 3's words).</summary>
    public static GoJsonSchemaValidator Compile(byte[] json, string fileName, string documentUrl, IJsonSchemaLoader? loader, out SourceLocation? syntaxLocation)
    {
        syntaxLocation = null;
        if (!JsonSchemaDocument.TryParse(json, fileName, out var doc, out var error, out var location))
        {
            syntaxLocation = location;
            throw new JsonSchemaException(JsonSchemaProblem.Syntax, JsonSchemaDocument.DecoderMessage(json, error ?? "invalid JSON", legacy: true));
        }

        return new GoJsonSchemaValidator(JsonSchemaCompiler.CompileLegacy(doc, documentUrl, loader));
    }

    /// <summary>A schema number as gojsonschema's messages print it (a *big.Float with %v: 1e+06, 0.5).</summary>
    public static string FormatNumber(JsonNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return GoJsonSchemaEvaluator.BigFloat(number);
    }

    /// <summary>Validates a value (helm's values map; null validates as {}); the errors in gojsonschema's order.</summary>
    public IReadOnlyList<string> Validate(object? value)
    {
        var result = new GoJsonSchemaResult();
        GoJsonSchemaEvaluator.ValidateRecursive(_root, value ?? new Values.GoMap(), result, "(root)", 0);
        return result.Errors;
    }
}
