using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Simulation;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator;

/// <summary>
/// A simulated Kubernetes API server: the type registry, the object store, the controller simulator, fault
/// injection and a request log, behind one request handler (<see cref="HandleAsync"/>). Serve it over loopback
/// with <see cref="Hosting.EmuServer"/> (real kubectl and helm) or in-process with <see cref="Hosting.EmuApi"/>.
/// No workload really runs: controllers only write the status a real cluster's controllers would.
/// </summary>
public sealed partial class KubeEmulator : IDisposable
{
    private readonly List<RequestLogEntry> _log = [];

    public KubeEmulator(EmulatorOptions? options = null)
    {
        Options = options ?? new EmulatorOptions();
        Time = Options.TimeProvider;
        Registry = new TypeRegistry();
        Store = new ObjectStore(Registry, Time);
        Faults = new FaultInjector();
        Controllers = new ControllerSimulator(this);
        if (Options.CreateDefaultNamespaces)
        {
            foreach (var ns in new[] { "default", "kube-node-lease", "kube-public", "kube-system" })
            {
                EnsureNamespace(ns);
            }
        }

        if (Options.RunControllers)
        {
            Controllers.Start();
        }
    }

    public EmulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public TypeRegistry Registry { get; }

    public ObjectStore Store { get; }

    /// <summary>Latency, 429/500 bursts, conflicts, dropped watches.</summary>
    public FaultInjector Faults { get; }

    /// <summary>The controller simulator: readiness delays and failures per object or kind.</summary>
    public ControllerSimulator Controllers { get; }

    /// <summary>The <c>host:port</c> legacy <c>/api</c> advertises; set by the server once bound.</summary>
    public string ServerAddress { get; set; } = "127.0.0.1:0";

    /// <summary>A copy of the request log (oldest first).</summary>
    public IReadOnlyList<RequestLogEntry> RequestLog
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>Empties the request log.</summary>
    public void ClearRequestLog()
    {
        lock (_log)
        {
            _log.Clear();
        }
    }

    /// <summary>Creates a namespace if it does not exist.</summary>
    public void EnsureNamespace(string name)
    {
        var type = Registry.FindKind("", "Namespace") ?? throw new InvalidOperationException("no Namespace type");
        if (Store.Get(type, "", name) is null)
        {
            Store.Create(type, "", new JsonObject { ["metadata"] = new JsonObject { ["name"] = name } }, new WriteOptions("bosun-sim"));
        }
    }

    /// <summary>Handles one request: faults, routing, Status errors, request log.</summary>
    public async Task<EmuResponse> HandleAsync(EmuRequest request, CancellationToken cancellationToken)
    {
        EmuResponse response;
        try
        {
            var (delay, fault) = Faults.Evaluate(request);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, Time, cancellationToken).ConfigureAwait(false);
            }

            if (fault is not null)
            {
                throw fault;
            }

            response = Route(request);
        }
        catch (ApiError error)
        {
            response = ErrorResponse(error);
        }

        lock (_log)
        {
            _log.Add(new RequestLogEntry(request.Method, request.Path, request.RawQuery, request.Header("Content-Type"),
                request.Header("Accept"), response.StatusCode));
        }

        return response;
    }

    internal static EmuResponse ErrorResponse(ApiError error)
    {
        var response = EmuResponse.Json(error.Code, error.ToStatus());
        if (error.RetryAfterSeconds is { } seconds)
        {
            response.Headers["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return response;
    }

    public void Dispose() => Controllers.Dispose();
}
