using Bosun.Kube.Diagnostics;
using Bosun.Kube.Discovery;

namespace Bosun.Kube.Rest;

/// <summary>
/// Maps <c>apiVersion</c> + <c>kind</c> to a resource through discovery. A miss refreshes discovery once (a CRD may
/// have just been established) before failing with kubectl's <c>no matches for kind</c>.
/// </summary>
public sealed class RestMapper(DiscoveryClient discovery)
{
    public async Task<ResourceMapping> MapAsync(string apiVersion, string kind, CancellationToken cancellationToken)
    {
        var (group, version) = KubeJson.SplitApiVersion(apiVersion);
        long before = discovery.Generation;
        var catalog = await discovery.GetAsync(cancellationToken).ConfigureAwait(false);
        var resource = catalog.FindKind(group, version, kind);
        if (resource is null && discovery.Generation == before)
        {
            // The catalog came from the cache: it may predate a CRD. Fetch once more.
            catalog = await discovery.RefreshAsync(cancellationToken).ConfigureAwait(false);
            resource = catalog.FindKind(group, version, kind);
        }

        if (resource is null)
        {
            var diagnostic = KubeErrors.KindNotFound.Create(kind, apiVersion);
            if (catalog.FailedGroupVersions.TryGetValue(apiVersion, out string? reason))
            {
                diagnostic = diagnostic.WithHint($"discovery of {apiVersion} failed: {reason}");
            }
            else if (catalog.FindKind(group, kind) is { } other)
            {
                diagnostic = diagnostic.WithHint($"the server serves {kind} as {other.ApiVersion}");
            }
            else
            {
                diagnostic = diagnostic.WithHint("ensure CRDs are installed first");
            }

            throw diagnostic.ToException();
        }

        return ToMapping(resource);
    }

    /// <summary>The mapping for the kind of an object (its <c>apiVersion</c> and <c>kind</c>).</summary>
    public Task<ResourceMapping> MapAsync(System.Text.Json.Nodes.JsonObject obj, CancellationToken cancellationToken)
    {
        string apiVersion = KubeJson.GetString(obj, "apiVersion") ?? string.Empty;
        string kind = KubeJson.GetString(obj, "kind") ?? string.Empty;
        if (apiVersion.Length == 0 || kind.Length == 0)
        {
            throw KubeErrors.ObjectInvalid.Create(apiVersion.Length == 0 ? "apiVersion not set" : "kind not set").ToException();
        }

        return MapAsync(apiVersion, kind, cancellationToken);
    }

    public static ResourceMapping ToMapping(ApiResource resource) =>
        new(resource.Group, resource.Version, resource.Kind, resource.Name, resource.Namespaced);
}
