using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Hosting;

namespace Bosun.Kube.Emulator.Tests.Support;

/// <summary>An emulator reached through <see cref="EmuApi"/> (no sockets) with small request helpers.</summary>
internal sealed class InProcessCluster : IDisposable
{
    public InProcessCluster(EmulatorOptions? options = null)
    {
        Emulator = new KubeEmulator(options ?? new EmulatorOptions());
        Client = new HttpClient(new EmuApi(Emulator)) { BaseAddress = EmuApi.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
    }

    public KubeEmulator Emulator { get; }

    public HttpClient Client { get; }

    public sealed record Reply(int Status, string Body, HttpResponseMessage Message)
    {
        public JsonObject Json => JsonNode.Parse(Body) as JsonObject ?? throw new InvalidOperationException("not an object: " + Body);
    }

    public async Task<Reply> SendAsync(string method, string path, string? body = null, string contentType = "application/json", string? accept = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await Client.SendAsync(request);
        return new Reply((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public Task<Reply> GetAsync(string path, string? accept = null) => SendAsync("GET", path, accept: accept);

    public Task<Reply> PostAsync(string path, string body) => SendAsync("POST", path, body);

    public Task<Reply> PutAsync(string path, string body) => SendAsync("PUT", path, body);

    public Task<Reply> ApplyAsync(string path, string body, string manager = "test", bool force = false, bool dryRun = false) =>
        SendAsync("PATCH", path + "?fieldManager=" + manager + (force ? "&force=true" : "") + (dryRun ? "&dryRun=All" : ""), body, "application/apply-patch+yaml");

    public Task<Reply> DeleteAsync(string path, string? body = null) => SendAsync("DELETE", path, body);

    public void Dispose()
    {
        Client.Dispose();
        Emulator.Dispose();
    }
}
