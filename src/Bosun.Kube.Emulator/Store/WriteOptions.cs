namespace Bosun.Kube.Emulator.Store;

/// <summary>Who writes and how: field manager, dry run, subresource (null or "status"), apply force.</summary>
public sealed record WriteOptions(string Manager, bool DryRun = false, string? Subresource = null, bool Force = false);
