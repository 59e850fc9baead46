using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Validation;

/// <summary>
/// The immutable-field rules of the built-in kinds (Deployment/StatefulSet/DaemonSet/Job selector, Job template,
/// Service clusterIP, PVC storageClassName/accessModes/volumeName, immutable ConfigMap/Secret data, RoleBinding
/// roleRef). CONTRACT STUB (owner: kube-ssa).
/// </summary>
public static class ImmutableFields
{
    /// <summary>The violations of an update from <paramref name="old"/> to <paramref name="updated"/>; empty when allowed.</summary>
    public static IReadOnlyList<FieldCause> Check(string group, string kind, JsonObject old, JsonObject updated) =>
        throw new NotImplementedException("CONTRACT STUB: ImmutableFields.Check");
}
