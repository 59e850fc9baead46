namespace Bosun.Kube.Diagnostics;

/// <summary>
/// One field of a server-side apply conflict: the field path (<c>.spec.replicas</c>), the other manager that owns
/// it, and the API version when that manager wrote it with an Update operation (<c>using apps/v1</c>).
/// </summary>
public sealed record FieldManagerConflict(string Manager, string Field, string? ApiVersion);
