using System.Globalization;
using System.Text.Json.Nodes;
using Bosun.Kube.Config;
using Bosun.Kube.Discovery;
using Bosun.Kube.Http;

namespace Bosun.Kube.Rest;

/// <summary>
/// The dynamic Kubernetes client the engine uses: discovery and REST mapping, get, list (selectors, paging), watch,
/// server-side apply with field manager <c>bosun</c>, create/update/patch and delete. Objects are
/// <see cref="JsonObject"/>. Every failure is a <see cref="Core.Diagnostics.BosunException"/> with a BOSUN5xxx code;
/// Status errors are <see cref="Diagnostics.KubeApiException"/>.
/// </summary>
public sealed partial class KubeClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>A client over an existing <see cref="HttpClient"/> whose BaseAddress is the server URL.</summary>
    public KubeClient(HttpClient http, string defaultNamespace = "default", TimeProvider? time = null, bool ownsHttp = false)
    {
        _http = http;
        _ownsHttp = ownsHttp;
        DefaultNamespace = defaultNamespace;
        Time = time ?? TimeProvider.System;
        Discovery = new DiscoveryClient(http);
        Mapper = new RestMapper(Discovery);
    }

    /// <summary>
    /// A client for a resolved connection. <paramref name="transport"/> replaces the socket transport, e.g. an
    /// in-process API server handler.
    /// </summary>
    public static KubeClient Create(KubeConnection connection, KubeHttpOptions? options = null, HttpMessageHandler? transport = null)
    {
        options ??= new KubeHttpOptions();
        var server = connection.Server.AbsoluteUri.EndsWith('/') ? connection.Server : new Uri(connection.Server.AbsoluteUri + "/");
        var http = KubeHttpClientFactory.CreateClient(connection with { Server = server }, options, transport);
        return new KubeClient(http, connection.Namespace, options.TimeProvider, ownsHttp: true);
    }

    /// <summary>
    /// A client for the kubeconfig (explicit path, else <c>KUBECONFIG</c>, else <c>~/.kube/config</c>, else the
    /// in-cluster service account) and the context, namespace, cluster and user overrides.
    /// </summary>
    public static KubeClient FromKubeconfig(string? kubeconfigPath = null, KubeConfigOverrides? overrides = null, KubeHttpOptions? options = null) =>
        Create(new KubeConfigLoader().Resolve(kubeconfigPath, overrides), options);

    public DiscoveryClient Discovery { get; }

    public RestMapper Mapper { get; }

    /// <summary>The namespace for namespaced objects that name none (the context's namespace).</summary>
    public string DefaultNamespace { get; }

    public TimeProvider Time { get; }

    /// <summary>The server's <c>/version</c> document.</summary>
    public async Task<JsonObject> GetVersionAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("version", UriKind.Relative));
        return await SendForObjectAsync(request, null, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private string Namespace(ResourceMapping mapping, string? ns) =>
        mapping.Namespaced ? (string.IsNullOrEmpty(ns) ? DefaultNamespace : ns) : string.Empty;

    private static string Subject(ResourceMapping mapping, string? ns, string name) =>
        string.IsNullOrEmpty(ns) || !mapping.Namespaced ? $"{mapping.Kind}/{name}" : $"{mapping.Kind}/{ns}/{name}";

    private static Uri Relative(string path, IEnumerable<(string Key, string? Value)> query)
    {
        var parts = query.Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value ?? string.Empty))
            .ToList();
        return new Uri(parts.Count == 0 ? path : path + "?" + string.Join("&", parts), UriKind.Relative);
    }

    private static string? Str(bool value) => value ? "true" : null;

    private static string? Num(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private async Task<JsonObject> SendForObjectAsync(HttpRequestMessage request, string? subject, CancellationToken cancellationToken)
    {
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await KubeHttp.SendAsync(_http, request, subject, cancellationToken).ConfigureAwait(false);
        string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(body) as JsonObject
                ?? throw Diagnostics.KubeErrors.ResponseInvalid.Create(request.Method.Method, request.RequestUri, "the body is not a JSON object").ToException();
        }
        catch (System.Text.Json.JsonException e)
        {
            throw Diagnostics.KubeErrors.ResponseInvalid.Create(request.Method.Method, request.RequestUri, e.Message).ToException();
        }
    }
}
