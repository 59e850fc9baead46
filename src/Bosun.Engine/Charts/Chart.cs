using System.Collections.Immutable;
using Bosun.Core.Values;
using Bosun.Engine.Charts.Loading;

namespace Bosun.Engine.Charts;

/// <summary>
/// A loaded chart (helm's <c>chart.Chart</c>): metadata, default values, templates (everything under
/// <c>templates/</c>), the other files that <c>.Files</c> exposes (crds/ included, as in helm), the raw
/// values.schema.json, and the subcharts found under <c>charts/</c> (folders or archives), each loaded
/// the same way. Paths are slash-separated and relative to the chart root. Charts are immutable:
/// dependency processing (conditions, tags, aliases, import-values) returns a new tree.
/// </summary>
public sealed record Chart(
    ChartMetadata Metadata,
    GoMap Values,
    ImmutableArray<ChartFile> Templates,
    ImmutableArray<ChartFile> Files)
{
    public string Name => Metadata.Name;

    /// <summary>The subcharts under <c>charts/</c>, in helm's load order (by path).</summary>
    public ImmutableArray<Chart> Dependencies { get; init; } = [];

    /// <summary>values.schema.json as read, or null when the chart has none.</summary>
    public byte[]? Schema { get; init; }

    /// <summary>Chart.lock (requirements.lock for v1) as read, or null.</summary>
    public ChartFile? Lock { get; init; }

    /// <summary>
    /// On the root chart: the lines helm logs to stderr while loading this tree (followed symbolic links,
    /// requirements files in v2 charts), in helm's order. Print each with <see cref="ChartLoadNotice.Format"/>.
    /// </summary>
    public ImmutableArray<ChartLoadNotice> LoadNotices { get; init; } = [];
}
