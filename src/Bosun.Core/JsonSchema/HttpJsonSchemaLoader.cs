using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Bosun.Core.JsonSchema;

/// <summary>
/// helm's schema URL loaders: <c>http</c>/<c>https</c> by GET (helm 4's HTTPURLLoader, 15 s client timeout),
/// <c>file</c> from the local filesystem path of the URL (jsonschema's FileLoader). Failures are worded as Go
/// words them. Successfully fetched documents are cached for the life of the loader (the process for
/// <see cref="Shared"/>), so a chart rendered again does not download again.
/// </summary>
public sealed partial class HttpJsonSchemaLoader : IJsonSchemaLoader, IDisposable
{
    /// <summary>helm 4's HTTP client timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private static readonly Lazy<HttpJsonSchemaLoader> s_shared = new(() => new HttpJsonSchemaLoader(DefaultTimeout));

    private readonly ConcurrentDictionary<string, byte[]> _cache = new(StringComparer.Ordinal);
    private readonly Lock _clientLock = new();
    private HttpClient? _client;

    /// <summary>Creates a loader whose every HTTP fetch (connect, headers and body) ends within <paramref name="timeout"/>.</summary>
    public HttpJsonSchemaLoader(TimeSpan timeout)
    {
        Timeout = timeout;
    }

    /// <summary>The loader bosun uses: process-wide, helm's 15 s timeout.</summary>
    public static HttpJsonSchemaLoader Shared => s_shared.Value;

    /// <summary>The total time one HTTP fetch may take.</summary>
    public TimeSpan Timeout { get; }

    /// <inheritdoc />
    public JsonSchemaFetch Fetch(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (_cache.TryGetValue(url, out var cached))
        {
            return JsonSchemaFetch.Success(cached);
        }

        var result = url.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? FetchFile(url) : FetchHttp(url);
        if (result.Body is { } body)
        {
            _cache[url] = body;
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _client?.Dispose();

    /// <summary>The HTTP client, created on the first download: most renders never need the network stack.</summary>
    private HttpClient Client
    {
        get
        {
            lock (_clientLock)
            {
                return _client ??= CreateClient();
            }
        }
    }

    private static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = ConnectAsync,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
            UseProxy = true,
        };
        var client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Helm/4");
        return client;
    }

    private static JsonSchemaFetch FetchFile(string url)
    {
        string path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.AbsolutePath) : url["file:".Length..];
        try
        {
            if (Directory.Exists(path))
            {
                return JsonSchemaFetch.Failure("read " + path + ": is a directory");
            }

            return JsonSchemaFetch.Success(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return JsonSchemaFetch.Failure("open " + path + ": no such file or directory");
        }
        catch (UnauthorizedAccessException)
        {
            return JsonSchemaFetch.Failure("open " + path + ": permission denied");
        }
        catch (IOException ex)
        {
            return JsonSchemaFetch.Failure("open " + path + ": " + ex.Message);
        }
    }

    private JsonSchemaFetch FetchHttp(string url)
    {
        string get = "Get " + Values.GoStrconv.Quote(url) + ": ";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return JsonSchemaFetch.Failure(get + "invalid URL");
        }

        using var cts = new CancellationTokenSource(Timeout);
        bool headers = false;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = Client.Send(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            headers = true;
            int code = (int)response.StatusCode;
            if (code != 200)
            {
                string reason = response.ReasonPhrase ?? StatusText(code);
                return JsonSchemaFetch.HttpStatus(code, code.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + reason);
            }

            using var stream = response.Content.ReadAsStream(cts.Token);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return JsonSchemaFetch.Success(buffer.ToArray());
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            return JsonSchemaFetch.Failure(get + (headers
                ? "context deadline exceeded (Client.Timeout or context cancellation while reading body)"
                : "context deadline exceeded (Client.Timeout exceeded while awaiting headers)"));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            return JsonSchemaFetch.Failure(get + GoNetError(ex));
        }
    }
}
