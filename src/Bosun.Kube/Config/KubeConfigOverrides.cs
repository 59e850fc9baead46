namespace Bosun.Kube.Config;

/// <summary>Command-line overrides (<c>--context</c>, <c>--namespace</c>, <c>--cluster</c>, <c>--user</c>).</summary>
public sealed record KubeConfigOverrides
{
    public string? Context { get; init; }

    public string? Namespace { get; init; }

    public string? Cluster { get; init; }

    public string? User { get; init; }
}
