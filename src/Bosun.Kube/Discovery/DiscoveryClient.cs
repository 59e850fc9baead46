using System.Net.Http.Headers;
using Bosun.Kube.Diagnostics;
using Bosun.Kube.Http;

namespace Bosun.Kube.Discovery;

/// <summary>
/// Fetches and caches what the server serves. It asks <c>/api</c> and <c>/apis</c> for aggregated discovery (the
/// Accept header kubectl sends) and decides by the response Content-Type; a legacy answer makes it read every group
/// version document. <see cref="Invalidate"/> drops the cache (after CRDs are applied, or when a kind is missing).
/// </summary>
public sealed class DiscoveryClient
{
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private ApiResourceCatalog? _cached;
    private long _generation;

    public DiscoveryClient(HttpClient http)
    {
        _http = http;
    }

    /// <summary>Increments on every fetch (tests and the mapper use it to avoid refetching twice).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The cached catalog, fetching it when there is none.</summary>
    public async Task<ApiResourceCatalog> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _cached) is { } cached)
        {
            return cached;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is null)
            {
                _cached = await FetchAsync(cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref _generation);
            }

            return _cached;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Forgets the cached catalog; the next <see cref="GetAsync"/> fetches again.</summary>
    public void Invalidate() => Volatile.Write(ref _cached, null);

    /// <summary>Drops the cache and fetches again.</summary>
    public async Task<ApiResourceCatalog> RefreshAsync(CancellationToken cancellationToken)
    {
        Invalidate();
        return await GetAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<ApiResourceCatalog> FetchAsync(CancellationToken cancellationToken)
    {
        var resources = new List<ApiResource>();
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        bool aggregated = true;
        foreach (string root in new[] { "api", "apis" })
        {
            var (body, contentType, found) = await GetRootAsync(root, cancellationToken).ConfigureAwait(false);
            if (!found)
            {
                continue;
            }

            try
            {
                if (DiscoveryParser.IsAggregated(contentType))
                {
                    resources.AddRange(DiscoveryParser.ParseAggregated(body, failed));
                    continue;
                }

                aggregated = false;
                if (root == "api")
                {
                    foreach (string version in DiscoveryParser.ParseApiVersions(body))
                    {
                        await AddGroupVersionAsync(resources, failed, string.Empty, version, version == "v1", cancellationToken).ConfigureAwait(false);
                    }
                }
                else
                {
                    foreach (var (group, versions, preferred) in DiscoveryParser.ParseGroupList(body))
                    {
                        foreach (string version in versions)
                        {
                            bool isPreferred = preferred is null ? version == versions[0] : version == preferred;
                            await AddGroupVersionAsync(resources, failed, group, version, isPreferred, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }
            catch (FormatException e)
            {
                throw KubeErrors.DiscoveryInvalid.Create("/" + root, e.Message).ToException();
            }
        }

        return new ApiResourceCatalog(resources, failed, aggregated);
    }

    private async Task AddGroupVersionAsync(List<ApiResource> resources, Dictionary<string, string> failed, string group, string version, bool preferred, CancellationToken cancellationToken)
    {
        string path = group.Length == 0 ? $"api/{version}" : $"apis/{group}/{version}";
        string gv = group.Length == 0 ? version : group + "/" + version;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path + "?timeout=32s", UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json, */*");
        try
        {
            using var response = await KubeHttp.SendAsync(_http, request, null, cancellationToken).ConfigureAwait(false);
            string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            resources.AddRange(DiscoveryParser.ParseResourceList(body, group, version, preferred));
        }
        catch (KubeApiException e) when (e.StatusCode is 404 or 503 or 500)
        {
            // An unavailable aggregated API must not hide the rest (client-go's partial discovery).
            failed[gv] = e.Status.Message;
        }
        catch (FormatException e)
        {
            throw KubeErrors.DiscoveryInvalid.Create("/" + path, e.Message).ToException();
        }
    }

    private async Task<(string Body, string? ContentType, bool Found)> GetRootAsync(string root, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(root + "?timeout=32s", UriKind.Relative));
        foreach (string accept in DiscoveryParser.AcceptHeader.Split(','))
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        try
        {
            using var response = await KubeHttp.SendAsync(_http, request, null, cancellationToken).ConfigureAwait(false);
            string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return (body, response.Content.Headers.ContentType?.ToString(), true);
        }
        catch (KubeApiException e) when (e.StatusCode == 404 && root == "apis")
        {
            return (string.Empty, null, false);
        }
    }
}
