namespace Bosun.Engine.Charts;

/// <summary>
/// One YAML document of the rendered output: the template it came from (<c>chart/templates/file.yaml</c>,
/// as helm's <c># Source:</c> comment prints it), its text (trimmed, as helm keeps it) and its kind.
/// </summary>
public sealed record RenderedManifest(string Source, string Content, string Kind)
{
    /// <summary>The <c>helm.sh/hook</c> events when the document is a hook; empty otherwise.</summary>
    public IReadOnlyList<string> HookEvents { get; init; } = [];

    public bool IsHook => HookEvents.Count > 0;
}
