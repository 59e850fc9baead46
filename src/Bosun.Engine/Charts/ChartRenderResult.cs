using System.Collections.Immutable;
using Bosun.Core.Diagnostics;

namespace Bosun.Engine.Charts;

/// <summary>
/// The outcome of rendering a chart: manifests in install order, hooks, and the problems found. When
/// <see cref="Diagnostics"/> holds an error, <see cref="Manifests"/> and <see cref="Hooks"/> are empty.
/// </summary>
public sealed record ChartRenderResult(
    ImmutableArray<RenderedManifest> Manifests,
    ImmutableArray<RenderedManifest> Hooks,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>helm's informational stderr lines from sorting (e.g. skipped unknown hooks), as helm prints them.</summary>
    public ImmutableArray<string> Notices { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    internal static ChartRenderResult Failed(IEnumerable<Diagnostic> diagnostics) =>
        new([], [], [.. diagnostics]);
}
