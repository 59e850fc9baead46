using System.Collections.Concurrent;
using Bosun.Core.Hashing;
using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.JsonSchema;
using Bosun.Core.Text;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts.Schema;

/// <summary>
/// helm's <c>ValidateAgainstSchema</c>: validates the coalesced values of a chart and of every subchart
/// (scoped to it) against their values.schema.json, failing with helm's message for the given major version.
/// helm 4 validates with santhosh-tekuri/jsonschema v6 (default draft 2020-12), helm 3 with
/// xeipuuv/gojsonschema (drafts 4/6/7 mixed when $schema is absent).
/// </summary>
public static class ChartSchemaValidator
{
    /// <summary>The URL helm gives every values.schema.json document.</summary>
    public const string DocumentUrl = "file:///values.schema.json";

    private const int CacheLimit = 256;

    // Compiled schemas by helm major + content hash: a chart rendered again (or a subchart used twice) compiles once.
    private static readonly ConcurrentDictionary<string, object> s_compiled = new(StringComparer.Ordinal);

    /// <summary>Throws a BosunException (BOSUN3200) listing every violation, in helm's wording; BOSUN3201–3204 for an unusable schema.</summary>
    public static void Validate(Chart chart, GoMap values, int helmMajor) => Validate(chart, values, helmMajor, HttpJsonSchemaLoader.Shared);

    /// <summary>
    /// As <see cref="Validate(Chart, GoMap, int)"/>, fetching the documents that <c>$ref</c>s name outside a
    /// values.schema.json (http, https, file URLs) with <paramref name="loader"/>. A schema that is not JSON
    /// (BOSUN3201) or whose reference cannot be loaded (BOSUN3203) fails with helm's combined message.
    /// </summary>
    public static void Validate(Chart chart, GoMap values, int helmMajor, IJsonSchemaLoader loader)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(loader);
        var state = new CollectState(helmMajor, loader);
        Collect(chart, values, chart.Name, state);
        if (state.Text.Length == 0)
        {
            return;
        }

        string combined = state.Text.ToString();
        var diagnostic = state.Unusable is { } unusable
            ? unusable.Descriptor.At(unusable.Location, combined)
            : ChartErrors.SchemaValidationFailed.Create(combined);
        throw diagnostic.ToException();
    }

    /// <summary>
    /// The text helm wraps after "values don't meet the specifications of the schema(s) in the following
    /// chart(s):\n" (one "name:\n" block per failing chart), or null when every schema passes.
    /// </summary>
    public static string? Check(Chart chart, GoMap values, int helmMajor)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(values);
        var state = new CollectState(helmMajor, HttpJsonSchemaLoader.Shared);
        Collect(chart, values, chart.Name, state);
        return state.Text.Length > 0 ? state.Text.ToString() : null;
    }

    private static void Collect(Chart chart, GoMap values, string path, CollectState state)
    {
        int helmMajor = state.HelmMajor;
        var sb = state.Text;
        if (chart.Schema is { } schema)
        {
            string fileName = path + "/values.schema.json";
            string? err;
            try
            {
                err = ValidateSingle(values, schema, helmMajor, fileName, state.Loader);
            }
            catch (JsonSchemaException ex) when (ex.Problem is JsonSchemaProblem.Syntax or JsonSchemaProblem.RemoteReference)
            {
                // helm appends the error's text as is (no line break of its own) and goes on with the subcharts.
                err = ex.Message;
                if (state.Unusable is null)
                {
                    var descriptor = ex.Problem == JsonSchemaProblem.Syntax ? ChartErrors.SchemaSyntaxInvalid : ChartErrors.SchemaRemoteReference;
                    state.Unusable = (descriptor, ex.Problem == JsonSchemaProblem.Syntax ? SyntaxLocation(schema, fileName) : ReferenceLocation(schema, fileName, ex.Message));
                }
            }

            if (err is not null)
            {
                sb.Append(chart.Name).Append(":\n").Append(err);
            }
        }

        foreach (var sub in chart.Dependencies)
        {
            values.TryGetValue(sub.Name, out var raw);
            string subPath = path + "/charts/" + sub.Name;
            if (helmMajor >= 4)
            {
                if (raw is null)
                {
                    continue;
                }

                if (raw is not GoMap subValues)
                {
                    sb.Append(sub.Name).Append(":\ninvalid type for values: expected object (map), got ").Append(GoTypeName(raw)).Append('\n');
                    continue;
                }

                Collect(sub, subValues, subPath, state);
            }
            else
            {
                // helm 3 asserts map[string]interface{} (coalescing always makes one); anything else would panic there.
                Collect(sub, raw as GoMap ?? new GoMap(), subPath, state);
            }
        }
    }

    /// <summary>ValidateAgainstSingleSchema: the error text for one schema (already ending in "\n" for violations), or null.</summary>
    public static string? ValidateSingle(GoMap values, byte[] schemaJson, int helmMajor, string fileName)
    {
        try
        {
            return ValidateSingle(values, schemaJson, helmMajor, fileName, HttpJsonSchemaLoader.Shared);
        }
        catch (JsonSchemaException ex)
        {
            throw Diagnose(ex, fileName, schemaJson).ToException();
        }
    }

    // Throws JsonSchemaException for a schema that is not JSON or whose reference cannot be loaded (helm's text),
    // BosunException for the other unusable schemas.
    private static string? ValidateSingle(GoMap values, byte[] schemaJson, int helmMajor, string fileName, IJsonSchemaLoader loader)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        try
        {
            if (helmMajor >= 4)
            {
                var validator = Cached(schemaJson, 4, loader, () => JsonSchemaValidator.Compile(schemaJson, fileName, JsonSchemaDraft.Draft2020, DocumentUrl, loader, out _));
                var error = validator.Validate(values);
                if (error is null)
                {
                    return null;
                }

                string text = error.ToString();
                string prefix = "jsonschema validation failed with " + JsonSchemaText.Quote(DocumentUrl + "#") + "\n";
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    text = text[prefix.Length..];
                }

                return text + "\n";
            }

            var legacy = Cached(schemaJson, 3, loader, () => GoJsonSchemaValidator.Compile(schemaJson, fileName, DocumentUrl, loader, out _));
            var errors = legacy.Validate(values);
            if (errors.Count == 0)
            {
                return null;
            }

            var sb = new StringBuilder();
            foreach (var e in errors)
            {
                sb.Append("- ").Append(e).Append('\n');
            }

            return sb.ToString();
        }
        catch (JsonSchemaException ex) when (ex.Problem is not (JsonSchemaProblem.Syntax or JsonSchemaProblem.RemoteReference))
        {
            throw Diagnose(ex, fileName, schemaJson).ToException();
        }
    }

    private static SourceLocation? SyntaxLocation(byte[] schemaJson, string fileName)
    {
        JsonSchemaDocument.TryParse(schemaJson, fileName, out _, out _, out SourceLocation? location);
        return location;
    }

    // Where the unloadable reference is written: the first occurrence of the URL the message names (else the file's start).
    private static SourceLocation ReferenceLocation(byte[] schemaJson, string fileName, string message)
    {
        var file = new SourceFile(fileName, Encoding.UTF8.GetString(schemaJson));
        int start = message.IndexOf('"', StringComparison.Ordinal);
        int end = start < 0 ? -1 : message.IndexOf('"', start + 1);
        int at = -1;
        if (end > start + 1)
        {
            string url = message[(start + 1)..end];
            at = file.Text.IndexOf(url, StringComparison.Ordinal);
            if (at < 0 && url.StartsWith("file:///", StringComparison.Ordinal))
            {
                at = file.Text.IndexOf(url["file:///".Length..], StringComparison.Ordinal);
            }
        }

        return new SourceLocation(file, new TextSpan(Math.Max(at, 0), 0));
    }

    private static T Cached<T>(byte[] schemaJson, int major, IJsonSchemaLoader loader, Func<T> compile)
        where T : class
    {
        if (!ReferenceEquals(loader, HttpJsonSchemaLoader.Shared))
        {
            // Only the shared loader's documents are stable for the process; another loader compiles afresh.
            return compile();
        }

        string key = major.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + Convert.ToHexString(Sha256.HashData(schemaJson));
        if (s_compiled.TryGetValue(key, out var hit) && hit is T cached)
        {
            return cached;
        }

        var compiled = compile();
        if (s_compiled.Count >= CacheLimit)
        {
            s_compiled.Clear();
        }

        s_compiled[key] = compiled;
        return compiled;
    }

    private static Diagnostic Diagnose(JsonSchemaException ex, string fileName, byte[] schemaJson)
    {
        switch (ex.Problem)
        {
            case JsonSchemaProblem.Syntax:
                return ChartErrors.SchemaSyntaxInvalid.At(SyntaxLocation(schemaJson, fileName), fileName.Split('/')[^2] + ":\n" + ex.Message);
            case JsonSchemaProblem.RemoteReference:
                return ChartErrors.SchemaRemoteReference.At(ReferenceLocation(schemaJson, fileName, ex.Message), fileName.Split('/')[^2] + ":\n" + ex.Message);
            case JsonSchemaProblem.UnknownDraft:
                return ChartErrors.SchemaDraftUnknown.Create(fileName, ex.Message);
            default:
                return ChartErrors.SchemaInvalid.Create(fileName, ex.Message);
        }
    }

    private static string GoTypeName(object? v) => v switch
    {
        string => "string",
        bool => "bool",
        long => "int64",
        double => "float64",
        GoInt gi => gi.Type.Name,
        GoList => "[]interface {}",
        byte[] => "[]uint8",
        _ => v?.GetType().Name ?? "<nil>",
    };
}
