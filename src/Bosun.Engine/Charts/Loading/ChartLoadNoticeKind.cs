namespace Bosun.Engine.Charts.Loading;

/// <summary>The informational lines helm writes to stderr while loading a chart.</summary>
public enum ChartLoadNoticeKind
{
    /// <summary>sympath followed a symbolic link.</summary>
    SymlinkFollowed,

    /// <summary>requirements.yaml in a chart whose apiVersion is not v1.</summary>
    RequirementsInV2,

    /// <summary>requirements.lock in a chart whose apiVersion is not v1.</summary>
    RequirementsLockInV2,
}
