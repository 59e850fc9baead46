namespace Bosun.Kube.Discovery;

/// <summary>One resource served by the API server, as discovery describes it.</summary>
public sealed record ApiResource(string Group, string Version, string Kind, string Name, bool Namespaced)
{
    public string SingularName { get; init; } = string.Empty;

    public IReadOnlyList<string> Verbs { get; init; } = [];

    public IReadOnlyList<string> ShortNames { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Subresource names (<c>status</c>, <c>scale</c>).</summary>
    public IReadOnlyList<string> Subresources { get; init; } = [];

    /// <summary>True when <see cref="Version"/> is the group's preferred version.</summary>
    public bool Preferred { get; init; }

    /// <summary><c>group/version</c>, or <c>version</c> for the core group.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    /// <summary><c>deployments.apps</c>, or <c>configmaps</c> for the core group.</summary>
    public string QualifiedName => Group.Length == 0 ? Name : Name + "." + Group;
}
