using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Rest;

/// <summary>Server-side apply, create, update, patch and delete.</summary>
public sealed partial class KubeClient
{
    /// <summary>The content type of a server-side apply patch (the body is JSON, which is valid YAML).</summary>
    public const string ApplyPatchContentType = "application/apply-patch+yaml";

    /// <summary>
    /// Server-side apply: <c>PATCH …/name?fieldManager=bosun&amp;force=…[&amp;dryRun=All]</c> with the object as an
    /// <c>application/apply-patch+yaml</c> body. Creates the object when missing. The namespace defaults to the
    /// client's for namespaced kinds; <c>metadata.managedFields</c> is never sent. Returns the object the server
    /// stored (or would store, for a dry run).
    /// </summary>
    public async Task<JsonObject> ApplyAsync(JsonObject obj, ApplyOptions? options, CancellationToken cancellationToken)
    {
        options ??= new ApplyOptions();
        var mapping = await Mapper.MapAsync(obj, cancellationToken).ConfigureAwait(false);
        return await ApplyAsync(mapping, obj, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Server-side apply with a known mapping.</summary>
    public async Task<JsonObject> ApplyAsync(ResourceMapping mapping, JsonObject obj, ApplyOptions options, CancellationToken cancellationToken)
    {
        string name = KubeJson.GetString(obj, "metadata.name") is { Length: > 0 } n
            ? n
            : throw KubeErrors.ObjectInvalid.Create($"{mapping.Kind} has no metadata.name").ToException();
        var body = (JsonObject)obj.DeepClone();
        string ns = Namespace(mapping, KubeJson.GetString(obj, "metadata.namespace"));
        if (body["metadata"] is JsonObject metadata)
        {
            metadata.Remove("managedFields");
            if (mapping.Namespaced)
            {
                metadata["namespace"] = ns;
            }
        }

        var uri = Relative(mapping.ObjectPath(ns, name, options.Subresource), [
            ("dryRun", options.DryRun ? "All" : null),
            ("fieldManager", options.FieldManager),
            ("fieldValidation", options.FieldValidation),
            ("force", options.Force ? "true" : "false"),
        ]);
        using var request = new HttpRequestMessage(HttpMethod.Patch, uri) { Content = Json(body, ApplyPatchContentType) };
        return await SendForObjectAsync(request, Subject(mapping, ns, name), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>POST: creates the object (409 AlreadyExists when the name is taken).</summary>
    public async Task<JsonObject> CreateAsync(JsonObject obj, CancellationToken cancellationToken, string? fieldManager = "bosun", bool dryRun = false)
    {
        var mapping = await Mapper.MapAsync(obj, cancellationToken).ConfigureAwait(false);
        string name = KubeJson.GetString(obj, "metadata.name") ?? string.Empty;
        string ns = Namespace(mapping, KubeJson.GetString(obj, "metadata.namespace"));
        var uri = Relative(mapping.CollectionPath(ns), [("dryRun", dryRun ? "All" : null), ("fieldManager", fieldManager)]);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = Json(obj, "application/json") };
        return await SendForObjectAsync(request, Subject(mapping, ns, name), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>PUT: replaces the object; a set <c>metadata.resourceVersion</c> is a precondition (409 Conflict when stale).</summary>
    public async Task<JsonObject> UpdateAsync(JsonObject obj, CancellationToken cancellationToken, string? fieldManager = "bosun", string? subresource = null)
    {
        var mapping = await Mapper.MapAsync(obj, cancellationToken).ConfigureAwait(false);
        string name = KubeJson.GetString(obj, "metadata.name") ?? throw KubeErrors.ObjectInvalid.Create($"{mapping.Kind} has no metadata.name").ToException();
        string ns = Namespace(mapping, KubeJson.GetString(obj, "metadata.namespace"));
        var uri = Relative(mapping.ObjectPath(ns, name, subresource), [("fieldManager", fieldManager)]);
        using var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = Json(obj, "application/json") };
        return await SendForObjectAsync(request, Subject(mapping, ns, name), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>PATCH with <c>application/merge-patch+json</c>, <c>json-patch+json</c> or <c>strategic-merge-patch+json</c>.</summary>
    public async Task<JsonObject> PatchAsync(ResourceMapping mapping, string? ns, string name, string contentType, JsonNode patch, CancellationToken cancellationToken, string? fieldManager = "bosun", string? subresource = null)
    {
        ns = Namespace(mapping, ns);
        var uri = Relative(mapping.ObjectPath(ns, name, subresource), [("fieldManager", fieldManager)]);
        using var request = new HttpRequestMessage(HttpMethod.Patch, uri) { Content = Json(patch, contentType) };
        return await SendForObjectAsync(request, Subject(mapping, ns, name), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// DELETE with a <c>DeleteOptions</c> body (propagationPolicy, dryRun, grace period, preconditions). Returns the
    /// object when the server returns it (e.g. still present with deletionTimestamp because of finalizers), or null
    /// when it answers with a success Status. A missing object throws <see cref="KubeApiException"/> (404).
    /// </summary>
    public async Task<JsonObject?> DeleteAsync(ResourceMapping mapping, string? ns, string name, DeleteOptions? options, CancellationToken cancellationToken)
    {
        options ??= new DeleteOptions();
        ns = Namespace(mapping, ns);
        var body = new JsonObject
        {
            ["kind"] = "DeleteOptions",
            ["apiVersion"] = "v1",
            ["propagationPolicy"] = options.PropagationPolicy,
        };
        if (options.GracePeriodSeconds is { } grace)
        {
            body["gracePeriodSeconds"] = grace;
        }

        if (options.DryRun)
        {
            body["dryRun"] = new JsonArray("All");
        }

        if (options.PreconditionUid is not null || options.PreconditionResourceVersion is not null)
        {
            var preconditions = new JsonObject();
            if (options.PreconditionUid is { } uid)
            {
                preconditions["uid"] = uid;
            }

            if (options.PreconditionResourceVersion is { } rv)
            {
                preconditions["resourceVersion"] = rv;
            }

            body["preconditions"] = preconditions;
        }

        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(mapping.ObjectPath(ns, name), UriKind.Relative)) { Content = Json(body, "application/json") };
        var result = await SendForObjectAsync(request, Subject(mapping, ns, name), cancellationToken).ConfigureAwait(false);
        return KubeJson.GetString(result, "kind") == "Status" ? null : result;
    }

    private static ByteArrayContent Json(JsonNode node, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(node.ToJsonString()));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }
}
