using Bosun.Core.Diagnostics;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts.Dependencies;

/// <summary>
/// helm's <c>ProcessDependencies</c> (helm 4, chart/v2/util/dependencies.go) and
/// <c>ProcessDependenciesWithMerge</c> (helm 3.17, which <c>helm template</c> calls; the same steps):
/// decides which subcharts are enabled (tags, then conditions), applies aliases, drops disabled subcharts,
/// recurses into the enabled ones, and imports child values into parents (<c>import-values</c>) with
/// merge semantics. Returns a new chart tree; the input is not modified.
/// </summary>
public static partial class DependencyProcessor
{
    /// <summary>Processes the dependencies of <paramref name="chart"/> against the user's values as helm 4 does.</summary>
    public static Chart Process(Chart chart, GoMap userValues) => Process(chart, userValues, helmMajor: 4, log: null);

    /// <summary>
    /// Processes the dependencies as helm <paramref name="helmMajor"/> does; the warnings helm prints go to
    /// <paramref name="log"/>. Throws <see cref="Core.Diagnostics.BosunException"/> for helm's errors
    /// (BOSUN3155 when a subchart's values are not a map).
    /// </summary>
    public static Chart Process(Chart chart, GoMap userValues, int helmMajor, HelmLog? log)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(userValues);
        var processor = new Processing(helmMajor, log);
        try
        {
            Chart enabled = processor.Enabled(chart, userValues, string.Empty);
            return processor.ImportValues(enabled);
        }
        catch (BosunException ex) when (helmMajor >= 4)
        {
            // helm 4's install action logs the error, then wraps it.
            log?.Error("chart dependencies processing failed", ex.Diagnostic.Message);
            throw ChartErrors.DependencyProcessingFailed.Create(ex.Diagnostic.Message).ToException();
        }
    }
}
