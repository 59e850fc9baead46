namespace Bosun.Kube.Emulator.Apply;

/// <summary>Who writes, how, and with which merge schema. <paramref name="Subresource"/> is null or "status".</summary>
public sealed record ApplyContext(
    string Manager,
    bool Force,
    string? Subresource,
    MergeSchema Schema,
    DateTimeOffset Now)
{
    /// <summary>
    /// True (default) when the kind has a status subresource: writes to the main resource keep the live
    /// <c>.status</c>, writes to <c>/status</c> change nothing but <c>.status</c>. False for kinds without one
    /// (ConfigMap, custom resources whose CRD declares no <c>subresources.status</c>): the whole object is written.
    /// </summary>
    public bool HasStatusSubresource { get; init; } = true;
}
