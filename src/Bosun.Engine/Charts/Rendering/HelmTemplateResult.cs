using System.Collections.Immutable;

namespace Bosun.Engine.Charts.Rendering;

/// <summary>
/// The outcome of <see cref="HelmTemplate.Run"/>: exactly what helm template writes to stdout
/// (<c>wrote FILE</c> lines included), the sorted render result, the CRDs that were included, and the files
/// written under --output-dir (as helm names them).
/// </summary>
public sealed record HelmTemplateResult(
    string Stdout,
    ChartRenderResult Render,
    ImmutableArray<RenderedManifest> Crds,
    ImmutableArray<string> WrittenFiles)
{
    /// <summary>The release name rendered for.</summary>
    public string ReleaseName { get; init; } = ReleaseOptions.DefaultName;
}
