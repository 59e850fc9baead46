namespace Bosun.Engine.Charts.Loading;

/// <summary>
/// helm's <c>action.CheckDependencies</c>, which <c>helm install</c>/<c>template</c> run on the root chart after
/// loading it (and after the library-chart check): every dependency declared in Chart.yaml (or requirements.yaml)
/// must have a loaded subchart of that name under charts/.
/// </summary>
public static class DependencyChecker
{
    /// <summary>Throws BOSUN3124 naming the declared dependencies that have no subchart, in declaration order.</summary>
    public static void Check(Chart chart, int helmMajor = 4)
    {
        var missing = new List<string>();
        foreach (var dependency in chart.Metadata.Dependencies)
        {
            if (!chart.Dependencies.Any(d => d.Name == dependency.Name))
            {
                missing.Add(dependency.Name);
            }
        }

        if (missing.Count > 0)
        {
            throw ChartErrors.DependenciesMissing.Create(helmMajor == 3 ? "An" : "an", string.Join(", ", missing)).ToException();
        }
    }
}
