namespace Bosun.Engine.Charts.Dependencies;

/// <summary>helm's <c>action.CheckDependencies</c>, which helm template runs on the root chart first.</summary>
public static partial class DependencyProcessor
{
    /// <summary>
    /// Throws BOSUN3158 with helm's message when a Chart.yaml dependency has no loaded subchart of that name
    /// (versions are not compared here); does nothing for a chart without dependencies.
    /// </summary>
    public static void CheckDependencies(Chart chart, int helmMajor = 4)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var missing = chart.Metadata.Dependencies
            .Where(r => !chart.Dependencies.Any(d => d.Name == r.Name))
            .Select(r => r.Name)
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        string lead = helmMajor >= 4 ? "an" : "An";
        throw ChartErrors.DependenciesMissing.Create(lead, string.Join(", ", missing)).ToException();
    }
}
