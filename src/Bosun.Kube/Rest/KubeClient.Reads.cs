using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Rest;

/// <summary>GET and LIST.</summary>
public sealed partial class KubeClient
{
    /// <summary>The object; throws <see cref="KubeApiException"/> (404) when it does not exist.</summary>
    public async Task<JsonObject> GetAsync(ResourceMapping mapping, string? ns, string name, CancellationToken cancellationToken, string? subresource = null)
    {
        ns = Namespace(mapping, ns);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(mapping.ObjectPath(ns, name, subresource), UriKind.Relative));
        return await SendForObjectAsync(request, Subject(mapping, ns, name), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The object, or null when it does not exist.</summary>
    public async Task<JsonObject?> TryGetAsync(ResourceMapping mapping, string? ns, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await GetAsync(mapping, ns, name, cancellationToken).ConfigureAwait(false);
        }
        catch (KubeApiException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>One page of a LIST; <paramref name="ns"/> null lists across all namespaces.</summary>
    public async Task<ListResult> ListAsync(ResourceMapping mapping, string? ns, ListOptions? options, CancellationToken cancellationToken)
    {
        options ??= new ListOptions();
        var uri = Relative(mapping.CollectionPath(mapping.Namespaced ? ns : null), [
            ("labelSelector", options.LabelSelector),
            ("fieldSelector", options.FieldSelector),
            ("limit", options.Limit > 0 ? Num(options.Limit) : null),
            ("continue", options.Continue),
            ("resourceVersion", options.ResourceVersion),
            ("resourceVersionMatch", options.ResourceVersionMatch),
        ]);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        var list = await SendForObjectAsync(request, mapping.QualifiedResource, cancellationToken).ConfigureAwait(false);
        if (list["items"] is not JsonArray items && list["items"] is not null)
        {
            throw KubeErrors.ResponseInvalid.Create("GET", uri, "items is not a list").ToException();
        }

        var result = new List<JsonObject>();
        foreach (var item in list["items"] as JsonArray ?? [])
        {
            if (item is JsonObject obj)
            {
                var copy = (JsonObject)obj.DeepClone();
                // Items of a list may omit apiVersion and kind; fill them so every object is self-describing.
                copy["apiVersion"] ??= mapping.ApiVersion;
                copy["kind"] ??= mapping.Kind;
                result.Add(copy);
            }
        }

        string? next = KubeJson.GetString(list, "metadata.continue") is { Length: > 0 } c ? c : null;
        return new ListResult(result, KubeJson.GetString(list, "metadata.resourceVersion") ?? string.Empty, next, KubeJson.GetInt(list, "metadata.remainingItemCount"));
    }

    /// <summary>Every item, following <c>continue</c> tokens page by page.</summary>
    public async IAsyncEnumerable<JsonObject> ListAllAsync(ResourceMapping mapping, string? ns, ListOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        options ??= new ListOptions { Limit = 500 };
        while (true)
        {
            var page = await ListAsync(mapping, ns, options, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (page.Continue is null)
            {
                yield break;
            }

            options = options with { Continue = page.Continue, ResourceVersion = null, ResourceVersionMatch = null };
        }
    }

    /// <summary>All pages collected, with the resourceVersion of the first page (the list's snapshot).</summary>
    public async Task<ListResult> ListCompleteAsync(ResourceMapping mapping, string? ns, ListOptions? options, CancellationToken cancellationToken)
    {
        options ??= new ListOptions { Limit = 500 };
        var items = new List<JsonObject>();
        string? resourceVersion = null;
        while (true)
        {
            var page = await ListAsync(mapping, ns, options, cancellationToken).ConfigureAwait(false);
            resourceVersion ??= page.ResourceVersion;
            items.AddRange(page.Items);
            if (page.Continue is null)
            {
                return new ListResult(items, resourceVersion, null, null);
            }

            options = options with { Continue = page.Continue, ResourceVersion = null, ResourceVersionMatch = null };
        }
    }
}
