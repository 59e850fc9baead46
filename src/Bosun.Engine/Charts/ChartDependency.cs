using System.Collections.Immutable;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// One entry of Chart.yaml <c>dependencies</c> (or requirements.yaml for apiVersion v1 charts): helm's
/// <c>chart.Dependency</c>. <see cref="Enabled"/> starts true and is decided by conditions and tags.
/// </summary>
public sealed record ChartDependency
{
    public required string Name { get; init; }

    public string Version { get; init; } = string.Empty;

    public string Repository { get; init; } = string.Empty;

    /// <summary>A comma-separated list of values paths; the first that resolves to a bool decides.</summary>
    public string Condition { get; init; } = string.Empty;

    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Chart.yaml's <c>enabled</c> (default true in helm's processing).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// <c>import-values</c> as written: each item a string (child path, imported at the parent's root) or a map
    /// with <c>child</c> and <c>parent</c>. Empty when absent.
    /// </summary>
    public ImmutableArray<object?> ImportValues { get; init; } = [];

    public string Alias { get; init; } = string.Empty;

    /// <summary>The dependency as <c>.Chart.Dependencies</c> shows it (helm's structToMap field names).</summary>
    public GoMap ToTemplateMap()
    {
        var map = new GoMap();
        map["Alias"] = Alias;
        map["Condition"] = Condition;
        map["Enabled"] = GoValue.Bool(Enabled);
        map["ImportValues"] = new GoList(ImportValues);
        map["Name"] = Name;
        map["Repository"] = Repository;
        map["Tags"] = new GoList(Tags.Cast<object?>());
        map["Version"] = Version;
        return map;
    }
}
