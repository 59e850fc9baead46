using Bosun.Core.Values;

namespace Bosun.Engine.Charts.Schema;

/// <summary>
/// helm's <c>ValidateAgainstSchema</c>: validates the coalesced values of a chart and of every subchart
/// (scoped to it) against their values.schema.json, failing with helm's message for the given major version.
/// </summary>
public static class ChartSchemaValidator
{
    /// <summary>Throws a BosunException (BOSUN30xx) listing every violation, in helm's wording.</summary>
    public static void Validate(Chart chart, GoMap values, int helmMajor)
    {
        ArgumentNullException.ThrowIfNull(values);
        _ = chart;
        _ = helmMajor; // CONTRACT STUB: the schema helper implements this.
    }
}
