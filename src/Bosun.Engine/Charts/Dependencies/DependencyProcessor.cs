using Bosun.Core.Values;

namespace Bosun.Engine.Charts.Dependencies;

/// <summary>
/// helm's <c>chartutil.ProcessDependenciesWithMerge</c>: decides which subcharts are enabled (conditions,
/// tags), applies aliases, drops disabled subcharts and imports child values into parents
/// (<c>import-values</c>). Returns a new chart tree; the input is not modified.
/// </summary>
public static class DependencyProcessor
{
    /// <summary>Processes the dependencies of <paramref name="chart"/> against the user's values.</summary>
    public static Chart Process(Chart chart, GoMap userValues)
    {
        ArgumentNullException.ThrowIfNull(userValues);
        return chart; // CONTRACT STUB: the values helper implements this.
    }
}
