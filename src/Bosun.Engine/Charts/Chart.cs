using System.Collections.Immutable;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// A loaded chart: metadata, default values, templates (everything under <c>templates/</c>) and the other
/// files that <c>.Files</c> exposes. Paths are slash-separated and relative to the chart root.
/// </summary>
public sealed record Chart(
    ChartMetadata Metadata,
    GoMap Values,
    ImmutableArray<ChartFile> Templates,
    ImmutableArray<ChartFile> Files)
{
    public string Name => Metadata.Name;
}
