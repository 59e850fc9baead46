using Bosun.Kube.Rest;

namespace Bosun.Kube.Health;

/// <summary>An object to wait for.</summary>
public sealed record WaitTarget(ResourceMapping Mapping, string? Namespace, string Name)
{
    /// <summary><c>Kind/namespace/name</c> (or <c>Kind/name</c>).</summary>
    public override string ToString() =>
        Mapping.Namespaced && !string.IsNullOrEmpty(Namespace) ? $"{Mapping.Kind}/{Namespace}/{Name}" : $"{Mapping.Kind}/{Name}";
}
