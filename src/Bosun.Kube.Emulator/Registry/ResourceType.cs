using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Registry;

/// <summary>
/// One servable resource: group/version/kind, its plural and singular names, scope, short names, categories and
/// the subresources and bookkeeping rules the store applies to it. Built-in kinds come from
/// <see cref="BuiltInTypes"/>; custom resources from their CustomResourceDefinition.
/// </summary>
public sealed record ResourceType(
    string Group,
    string Version,
    string Kind,
    string Plural,
    bool Namespaced,
    IReadOnlyList<string> ShortNames,
    IReadOnlyList<string> Categories,
    bool HasStatus = false,
    bool HasScale = false,
    bool HasGeneration = false)
{
    /// <summary>The CRD that declared this type, or null for a built-in kind.</summary>
    public string? CrdName { get; init; }

    /// <summary>The CRD version's <c>openAPIV3Schema</c>, when declared.</summary>
    public JsonObject? OpenApiV3Schema { get; init; }

    /// <summary>The verbs a type supports (Namespaces have no deletecollection).</summary>
    public IReadOnlyList<string> Verbs { get; init; } = StandardVerbs;

    /// <summary>create, delete, deletecollection, get, list, patch, update, watch.</summary>
    public static readonly IReadOnlyList<string> StandardVerbs =
        ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

    /// <summary>The discovery <c>singularName</c>: the lower-case kind unless a CRD names it.</summary>
    public string Singular { get; init; } = Kind.ToLowerInvariant();

    /// <summary><c>v1</c> or <c>apps/v1</c>.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    /// <summary><c>configmaps</c> or <c>deployments.apps</c>: how the API server names the resource in messages.</summary>
    public string GroupResource => Group.Length == 0 ? Plural : Plural + "." + Group;

    /// <summary><c>ConfigMap</c> or <c>Deployment.apps</c>: how 422 Invalid messages name the kind.</summary>
    public string GroupKind => Group.Length == 0 ? Kind : Kind + "." + Group;

    /// <summary>The store key of the type, independent of version: <c>group/plural</c>.</summary>
    public string StoreKey => Group + "/" + Plural;

    /// <summary>The URL prefix of the group/version: <c>/api/v1</c> or <c>/apis/apps/v1</c>.</summary>
    public string PathPrefix => Group.Length == 0 ? "/api/" + Version : "/apis/" + Group + "/" + Version;
}
