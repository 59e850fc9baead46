namespace Bosun.Kube.Rest;

/// <summary>Where a kind lives: group, version, plural resource name and whether it is namespaced.</summary>
public sealed record ResourceMapping(string Group, string Version, string Kind, string Resource, bool Namespaced)
{
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    /// <summary><c>deployments.apps</c> as the server names it in messages.</summary>
    public string QualifiedResource => Group.Length == 0 ? Resource : Resource + "." + Group;

    /// <summary>The collection path (relative to the server URL), in a namespace for namespaced resources.</summary>
    public string CollectionPath(string? ns)
    {
        string prefix = Group.Length == 0 ? $"api/{Version}" : $"apis/{Group}/{Version}";
        return Namespaced && !string.IsNullOrEmpty(ns)
            ? $"{prefix}/namespaces/{Uri.EscapeDataString(ns)}/{Resource}"
            : $"{prefix}/{Resource}";
    }

    /// <summary>The path of one object, optionally a subresource (<c>status</c>).</summary>
    public string ObjectPath(string? ns, string name, string? subresource = null) =>
        CollectionPath(ns) + "/" + Uri.EscapeDataString(name) + (string.IsNullOrEmpty(subresource) ? string.Empty : "/" + subresource);
}
