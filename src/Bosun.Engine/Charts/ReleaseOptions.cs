namespace Bosun.Engine.Charts;

/// <summary>The release a chart is rendered for (<c>.Release</c>); <see cref="Default"/> gives helm template's.</summary>
public sealed record ReleaseOptions
{
    /// <summary>helm template's release name when none is given.</summary>
    public const string DefaultName = "release-name";

    /// <summary>The release name (<c>.Release.Name</c>).</summary>
    public string Name { get; init; } = DefaultName;

    /// <summary>The namespace (<c>.Release.Namespace</c>); helm template uses <c>default</c>.</summary>
    public string Namespace { get; init; } = "default";

    /// <summary><c>.Release.Revision</c>: 1 for a first install.</summary>
    public long Revision { get; init; } = 1;

    /// <summary><c>.Release.IsInstall</c>.</summary>
    public bool IsInstall { get; init; } = true;

    /// <summary><c>.Release.IsUpgrade</c>.</summary>
    public bool IsUpgrade { get; init; }

    /// <summary>helm template's defaults: release-name in namespace default, first install.</summary>
    public static ReleaseOptions Default { get; } = new();
}
