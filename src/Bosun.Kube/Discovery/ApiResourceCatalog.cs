namespace Bosun.Kube.Discovery;

/// <summary>Everything discovery returned: the resources and the group versions that could not be read.</summary>
public sealed class ApiResourceCatalog
{
    public ApiResourceCatalog(IReadOnlyList<ApiResource> resources, IReadOnlyDictionary<string, string>? failedGroupVersions = null, bool aggregated = false)
    {
        Resources = resources;
        FailedGroupVersions = failedGroupVersions ?? new Dictionary<string, string>();
        Aggregated = aggregated;
    }

    public IReadOnlyList<ApiResource> Resources { get; }

    /// <summary>Group versions whose discovery failed or is stale, with the reason (client-go's ErrGroupDiscoveryFailed).</summary>
    public IReadOnlyDictionary<string, string> FailedGroupVersions { get; }

    /// <summary>True when the server answered with aggregated discovery (v2).</summary>
    public bool Aggregated { get; }

    /// <summary>The resource serving <paramref name="kind"/> in exactly <c>group/version</c>.</summary>
    public ApiResource? FindKind(string group, string version, string kind) =>
        Resources.FirstOrDefault(r => r.Group == group && r.Version == version && r.Kind == kind);

    /// <summary>The preferred version's resource for a group and kind, else any version's.</summary>
    public ApiResource? FindKind(string group, string kind) =>
        Resources.FirstOrDefault(r => r.Group == group && r.Kind == kind && r.Preferred)
        ?? Resources.FirstOrDefault(r => r.Group == group && r.Kind == kind);

    /// <summary>Looks a user-typed name up as kubectl does: plural, singular, short name or kind, optionally <c>name.group</c>.</summary>
    public ApiResource? FindByName(string name)
    {
        string lower = name.ToLowerInvariant();
        var preferred = Resources.OrderByDescending(r => r.Preferred).ToList();
        return preferred.FirstOrDefault(r => r.Name == lower || r.QualifiedName == lower)
            ?? preferred.FirstOrDefault(r => r.SingularName == lower || (r.SingularName.Length > 0 && r.SingularName + "." + r.Group == lower))
            ?? preferred.FirstOrDefault(r => r.ShortNames.Contains(lower))
            ?? preferred.FirstOrDefault(r => r.Kind.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
