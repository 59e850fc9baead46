using Bosun.Core.Diagnostics;

namespace Bosun.Kube.Diagnostics;

/// <summary>
/// A request the API server answered with a Status error. Carries the parsed <see cref="KubeStatus"/> so callers
/// branch on <see cref="KubeStatus.Code"/> and <see cref="KubeStatus.Reason"/>, never on message text.
/// </summary>
public sealed class KubeApiException : BosunException
{
    public KubeApiException(Diagnostic diagnostic, KubeStatus status)
        : base(diagnostic)
    {
        Status = status;
        Conflicts = KubeStatusMapper.ParseConflicts(status);
    }

    public KubeStatus Status { get; }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode => Status.Code;

    /// <summary>The conflicting managers and fields of a server-side apply conflict; empty otherwise.</summary>
    public IReadOnlyList<FieldManagerConflict> Conflicts { get; }

    public bool IsNotFound => Status.Code == 404;

    public bool IsAlreadyExists => Status.Code == 409 && Status.Reason == "AlreadyExists";

    public bool IsConflict => Status.Code == 409 && Status.Reason == "Conflict";

    public bool IsInvalid => Status.Code == 422;

    /// <summary>422 whose causes or message say a field is immutable (the recreate case).</summary>
    public bool IsImmutable => KubeStatusMapper.IsImmutable(Status);

    /// <summary>410 Gone/Expired: the resourceVersion or continue token is too old.</summary>
    public bool IsExpired => Status.Code == 410 || Status.Reason is "Expired" or "Gone";
}
