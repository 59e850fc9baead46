using Bosun.Core.Diagnostics;

namespace Bosun.Kube.Diagnostics;

/// <summary>Discovery, REST mapping, watch and wait problems (BOSUN5150–5199).</summary>
public static partial class KubeErrors
{
    /// <summary>No resource serves the kind, even after refreshing discovery (kubectl's message).</summary>
    public static readonly DiagnosticDescriptor KindNotFound =
        new(5150, Severity.Error, "no matches for kind \"{0}\" in version \"{1}\"");

    /// <summary>A discovery document could not be parsed.</summary>
    public static readonly DiagnosticDescriptor DiscoveryInvalid =
        new(5151, Severity.Error, "invalid discovery document from {0}: {1}");

    /// <summary>An object lacks apiVersion, kind or metadata.name, or has a malformed apiVersion.</summary>
    public static readonly DiagnosticDescriptor ObjectInvalid =
        new(5152, Severity.Error, "invalid object: {0}");

    /// <summary>A response body could not be read as the expected object, list or Status.</summary>
    public static readonly DiagnosticDescriptor ResponseInvalid =
        new(5153, Severity.Error, "invalid response for {0} {1}: {2}");

    /// <summary>A watch stream carried a line that is not a watch event.</summary>
    public static readonly DiagnosticDescriptor WatchEventInvalid =
        new(5170, Severity.Error, "invalid watch event from {0}: {1}");

    /// <summary>A wait ran out of time; lists each object that is not ready with what it still waits for.</summary>
    public static readonly DiagnosticDescriptor WaitTimeout =
        new(5171, Severity.Error, "timed out after {0} waiting for {1}");

    /// <summary>An awaited object reached the Failed status.</summary>
    public static readonly DiagnosticDescriptor ObjectFailed =
        new(5172, Severity.Error, "{0} failed: {1}");
}
