using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Bosun.Kube.Emulator.Http;

namespace Bosun.Kube.Emulator.Hosting;

/// <summary>
/// The emulator on a loopback HTTP port (Kestrel, plain http) so real kubectl and helm can talk to it. Start with
/// <see cref="StartAsync"/>, read <see cref="BaseUrl"/>, write a kubeconfig with <see cref="WriteKubeconfig"/>.
/// </summary>
public sealed class EmuServer : IAsyncDisposable
{
    private WebApplication? _app;

    public EmuServer(KubeEmulator emulator)
    {
        Emulator = emulator;
    }

    public KubeEmulator Emulator { get; }

    /// <summary><c>http://127.0.0.1:PORT</c> once started.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The bound port once started.</summary>
    public int Port { get; private set; }

    /// <summary>Starts a new emulator with <paramref name="options"/> on an ephemeral loopback port.</summary>
    public static async Task<EmuServer> StartNewAsync(EmulatorOptions? options = null, int port = 0, CancellationToken cancellationToken = default)
    {
        var server = new EmuServer(new KubeEmulator(options));
        await server.StartAsync(port, cancellationToken).ConfigureAwait(false);
        return server;
    }

    /// <summary>Listens on 127.0.0.1:<paramref name="port"/> (0: any free port).</summary>
    public async Task StartAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, port);
            o.Limits.MaxRequestBodySize = 8 * 1024 * 1024;
        });
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address");
        Port = new Uri(address).Port;
        BaseUrl = "http://127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Emulator.ServerAddress = "127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in context.Request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var request = new EmuRequest(context.Request.Method, context.Request.Path.Value ?? "/",
            context.Request.QueryString.Value ?? "", headers, body.ToArray());
        EmuResponse response;
        try
        {
            response = await Emulator.HandleAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = response.ContentType;
        context.Response.Headers["Audit-Id"] = Guid.NewGuid().ToString();
        context.Response.Headers["Cache-Control"] = "no-cache, private";
        foreach (var (key, value) in response.Headers)
        {
            context.Response.Headers[key] = value;
        }

        if (response.Stream is { } writer)
        {
            await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
            await writer(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes a kubeconfig whose current context <c>bosun-sim</c> points at <see cref="BaseUrl"/>.</summary>
    public void WriteKubeconfig(string path, string contextName = "bosun-sim", string ns = "default") =>
        Kubeconfig.Write(path, BaseUrl, contextName, ns);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            Emulator.Faults.DropWatches();

            // Bounded graceful shutdown: clients that keep connections open must not hold `bosun sim` or a test.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }

        Emulator.Dispose();
    }
}
