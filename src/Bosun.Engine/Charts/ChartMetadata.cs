using System.Collections.Immutable;

namespace Bosun.Engine.Charts;

/// <summary>
/// The fields of Chart.yaml (helm's <c>chart.Metadata</c>), already sanitised and validated as helm does.
/// Missing strings are empty, missing lists empty; <see cref="Annotations"/> is null when absent.
/// </summary>
public sealed record ChartMetadata
{
    public string ApiVersion { get; init; } = "v2";

    public required string Name { get; init; }

    public required string Version { get; init; }

    public string AppVersion { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public string Home { get; init; } = string.Empty;

    public string Icon { get; init; } = string.Empty;

    public string Condition { get; init; } = string.Empty;

    public string Tags { get; init; } = string.Empty;

    public string KubeVersion { get; init; } = string.Empty;

    /// <summary><c>application</c>, <c>library</c> or empty (= application).</summary>
    public string Type { get; init; } = string.Empty;

    public bool Deprecated { get; init; }

    public ImmutableArray<string> Sources { get; init; } = [];

    public ImmutableArray<string> Keywords { get; init; } = [];

    public ImmutableArray<ChartMaintainer> Maintainers { get; init; } = [];

    /// <summary>Chart.yaml <c>annotations</c>; null when the key is absent.</summary>
    public ImmutableSortedDictionary<string, string>? Annotations { get; init; }

    /// <summary>Declared dependencies (Chart.yaml, or requirements.yaml for apiVersion v1).</summary>
    public ImmutableArray<ChartDependency> Dependencies { get; init; } = [];

    public bool IsLibrary => string.Equals(Type, "library", StringComparison.OrdinalIgnoreCase);
}
