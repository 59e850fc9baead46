using System.Collections.Immutable;
using Bosun.Core.Diagnostics;

namespace Bosun.Engine.Charts.Rendering;

/// <summary>
/// What helm's <c>engine.Render</c> returns: every executed template's output by template name
/// (<c>chart/templates/x.yaml</c>, <c>chart/charts/sub/templates/y.yaml</c>; NOTES.txt included), or the
/// problems that stopped rendering.
/// </summary>
public sealed record RenderedTemplates(IReadOnlyDictionary<string, string> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when rendering failed; <see cref="Files"/> is then empty.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
