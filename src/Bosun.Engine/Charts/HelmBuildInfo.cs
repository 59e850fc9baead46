namespace Bosun.Engine.Charts;

/// <summary>helm's <c>version.BuildInfo</c> as <c>.Capabilities.HelmVersion</c> exposes it.</summary>
public sealed record HelmBuildInfo(string Version, string GitCommit, string GitTreeState, string GoVersion, string KubeClientVersion)
{
    /// <summary>The build of helm v4.1.4 that bosun's output is compared with.</summary>
    public static readonly HelmBuildInfo Helm414 =
        new("v4.1.4", "05fa37973dc9e42b76e1d2883494c87174b6074f", "clean", "go1.25.9", "v1.35");
}
