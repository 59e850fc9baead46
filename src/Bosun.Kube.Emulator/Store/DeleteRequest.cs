namespace Bosun.Kube.Emulator.Store;

/// <summary>The parts of <c>DeleteOptions</c> the emulator honours.</summary>
public sealed record DeleteRequest(
    string? PropagationPolicy = null,
    bool DryRun = false,
    string? PreconditionUid = null,
    string? PreconditionResourceVersion = null,
    bool? OrphanDependents = null);
