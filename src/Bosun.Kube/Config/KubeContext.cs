using Bosun.Core.Text;

namespace Bosun.Kube.Config;

/// <summary>A <c>contexts[]</c> entry: which cluster, which user, which default namespace.</summary>
public sealed record KubeContext(string Name)
{
    public string? Cluster { get; init; }

    public string? User { get; init; }

    public string? Namespace { get; init; }

    public string Origin { get; init; } = string.Empty;

    public SourceLocation? Location { get; init; }
}
