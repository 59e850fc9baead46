namespace Bosun.Kube.Emulator;

/// <summary>How a <see cref="KubeEmulator"/> behaves: clock, advertised version, discovery style, simulator timing.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The clock for timestamps, ages, controller delays, watch timeouts and bookmarks.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// <c>gitVersion</c> of <c>/version</c>. v1.34 is within kubectl's ±1 minor skew of 1.33, 1.34 and 1.35, so none
    /// of them prints a skew warning.
    /// </summary>
    public string GitVersion { get; init; } = "v1.34.0-emu";

    /// <summary>Answer <c>/api</c> and <c>/apis</c> only in the legacy format (tests the clients' fallback).</summary>
    public bool LegacyDiscoveryOnly { get; init; }

    /// <summary>How often watches with <c>allowWatchBookmarks=true</c> get a BOOKMARK (real servers: about a minute).</summary>
    public TimeSpan BookmarkInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Watch length when the client gives no <c>timeoutSeconds</c>.</summary>
    public TimeSpan DefaultWatchTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long simulated workloads, Jobs, PVCs, LoadBalancers and CRDs take to become ready by default.</summary>
    public TimeSpan DefaultReadyAfter { get; init; } = TimeSpan.Zero;

    /// <summary>How long after a Namespace DELETE the namespace controller empties and removes it.</summary>
    public TimeSpan NamespaceCleanupDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Create Namespaces <c>default</c>, <c>kube-system</c>, <c>kube-public</c>, <c>kube-node-lease</c> at start.</summary>
    public bool CreateDefaultNamespaces { get; init; } = true;

    /// <summary>Run the controller simulator (workload status, Jobs, PVCs, LoadBalancers, CRD conditions).</summary>
    public bool RunControllers { get; init; } = true;
}
