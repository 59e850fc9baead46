namespace Bosun.Kube.Health;

/// <summary>The kstatus verdicts (kubernetes-sigs/cli-utils <c>pkg/kstatus/status</c>).</summary>
public enum HealthStatus
{
    /// <summary>The object is still being reconciled.</summary>
    InProgress,

    /// <summary>Reconciling failed and will not recover by itself (e.g. progress deadline exceeded).</summary>
    Failed,

    /// <summary>The object is reconciled and ready.</summary>
    Current,

    /// <summary>The object is being deleted (<c>metadata.deletionTimestamp</c> is set).</summary>
    Terminating,

    /// <summary>The object does not exist.</summary>
    NotFound,

    /// <summary>The status could not be computed (malformed status).</summary>
    Unknown,
}
