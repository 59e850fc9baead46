using System.Collections.Concurrent;
using System.Security.Cryptography;
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
    public static void Validate(Chart chart, GoMap values, int helmMajor)
    {
        if (Check(chart, values, helmMajor) is { } combined)
        {
            throw ChartErrors.SchemaValidationFailed.Create(combined).ToException();
        }
    }

    /// <summary>
    /// The text helm wraps after "values don't meet the specifications of the schema(s) in the following
    /// chart(s):\n" (one "name:\n" block per failing chart), or null when every schema passes.
    /// </summary>
    public static string? Check(Chart chart, GoMap values, int helmMajor)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(values);
        var sb = new StringBuilder();
        Collect(chart, values, helmMajor, chart.Name, sb);
        return sb.Length > 0 ? sb.ToString() : null;
    }

    private static void Collect(Chart chart, GoMap values, int helmMajor, string path, StringBuilder sb)
    {
        if (chart.Schema is { } schema)
        {
            string? err = ValidateSingle(values, schema, helmMajor, path + "/values.schema.json");
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

                Collect(sub, subValues, helmMajor, subPath, sb);
            }
            else
            {
                // helm 3 asserts map[string]interface{} (coalescing always makes one); anything else would panic there.
                Collect(sub, raw as GoMap ?? new GoMap(), helmMajor, subPath, sb);
            }
        }
    }

    /// <summary>ValidateAgainstSingleSchema: the error text for one schema (already ending in "\n" for violations), or null.</summary>
    public static string? ValidateSingle(GoMap values, byte[] schemaJson, int helmMajor, string fileName)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        try
        {
            if (helmMajor >= 4)
            {
                var validator = Cached(schemaJson, 4, () => JsonSchemaValidator.Compile(schemaJson, fileName, JsonSchemaDraft.Draft2020, DocumentUrl, out _));
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

            var legacy = Cached(schemaJson, 3, () => GoJsonSchemaValidator.Compile(schemaJson, fileName, DocumentUrl, out _));
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
        catch (JsonSchemaException ex)
        {
            throw Diagnose(ex, fileName, schemaJson).ToException();
        }
    }

    private static T Cached<T>(byte[] schemaJson, int major, Func<T> compile)
        where T : class
    {
        string key = major.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + Convert.ToHexString(SHA256.HashData(schemaJson));
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
                JsonSchemaDocument.TryParse(schemaJson, fileName, out _, out _, out SourceLocation? location);
                return ChartErrors.SchemaSyntaxInvalid.At(location, fileName, ex.Message);
            case JsonSchemaProblem.RemoteReference:
                return ChartErrors.SchemaRemoteReference.Create(fileName, ex.Message);
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
