namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// One conflicting field: the other manager and the path as kube-apiserver prints it in
/// <c>Apply failed with 1 conflict: conflict with "kubectl": .spec.replicas</c>.
/// </summary>
public sealed record FieldConflict(string Manager, string Path);
