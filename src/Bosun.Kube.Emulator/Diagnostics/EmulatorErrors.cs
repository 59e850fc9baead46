using Bosun.Core.Diagnostics;

namespace Bosun.Kube.Emulator.Diagnostics;

/// <summary>Catalog of the simulated cluster (<c>bosun sim</c>, BOSUN5200–5299).</summary>
public static class EmulatorErrors
{
    /// <summary>The state file exists but cannot be read or is not an emulator state document.</summary>
    public static readonly DiagnosticDescriptor StateFileInvalid =
        new(5200, Severity.Error, "cannot load the simulated cluster state {0}: {1}");

    /// <summary>The state file cannot be written.</summary>
    public static readonly DiagnosticDescriptor StateFileUnwritable =
        new(5201, Severity.Error, "cannot save the simulated cluster state {0}: {1}");

    /// <summary>The port for the simulated API server cannot be bound.</summary>
    public static readonly DiagnosticDescriptor PortUnavailable =
        new(5202, Severity.Error, "cannot listen on 127.0.0.1:{0}: {1}", transient: true);
}
