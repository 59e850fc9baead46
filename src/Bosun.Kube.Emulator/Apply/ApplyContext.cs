namespace Bosun.Kube.Emulator.Apply;

/// <summary>Who writes, how, and with which merge schema. <paramref name="Subresource"/> is null or "status".</summary>
public sealed record ApplyContext(
    string Manager,
    bool Force,
    string? Subresource,
    MergeSchema Schema,
    DateTimeOffset Now);
