using Bosun.Core.Diagnostics;

namespace Bosun.Engine.Charts;

/// <summary>values.schema.json problems (BOSUN3200–3249).</summary>
public static partial class ChartErrors
{
    /// <summary>The values violate a chart's values.schema.json (helm's combined message, verbatim).</summary>
    public static readonly DiagnosticDescriptor SchemaValidationFailed =
        new(3200, Severity.Error, "values don't meet the specifications of the schema(s) in the following chart(s):\n{0}");

    /// <summary>A values.schema.json is not valid JSON (helm's combined message, verbatim; located at the syntax error).</summary>
    public static readonly DiagnosticDescriptor SchemaSyntaxInvalid =
        new(3201, Severity.Error, "values don't meet the specifications of the schema(s) in the following chart(s):\n{0}");

    /// <summary>values.schema.json is JSON but not a valid schema (wrong keyword value, invalid regex, unresolvable pointer).</summary>
    public static readonly DiagnosticDescriptor SchemaInvalid =
        new(3202, Severity.Error, "{0} is not a valid JSON Schema: {1}");

    /// <summary>A $ref leaves values.schema.json (http, https, file URL) and the document cannot be loaded (helm's combined message, verbatim).</summary>
    public static readonly DiagnosticDescriptor SchemaRemoteReference =
        new(3203, Severity.Error, "values don't meet the specifications of the schema(s) in the following chart(s):\n{0}");

    /// <summary>$schema names a metaschema that is not a known draft.</summary>
    public static readonly DiagnosticDescriptor SchemaDraftUnknown =
        new(3204, Severity.Error, "{0}: {1}");
}
