namespace Bosun.Kube.Rest;

/// <summary>DELETE parameters, sent as a <c>DeleteOptions</c> body like kubectl and helm do.</summary>
public sealed record DeleteOptions
{
    /// <summary><c>Background</c> (default), <c>Foreground</c> or <c>Orphan</c>.</summary>
    public string PropagationPolicy { get; init; } = "Background";

    public bool DryRun { get; init; }

    public long? GracePeriodSeconds { get; init; }

    /// <summary>Delete only if the object still has this uid.</summary>
    public string? PreconditionUid { get; init; }

    /// <summary>Delete only if the object still has this resourceVersion.</summary>
    public string? PreconditionResourceVersion { get; init; }
}
