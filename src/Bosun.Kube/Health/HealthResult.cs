namespace Bosun.Kube.Health;

/// <summary>
/// A kstatus verdict with its message (<c>Ready: 1/3</c>) and the reason of the Reconciling or Stalled condition
/// kstatus would add (<c>LessReady</c>, <c>ProgressDeadlineExceeded</c>), when there is one.
/// </summary>
public sealed record HealthResult(HealthStatus Status, string Message, string? Reason = null)
{
    public static HealthResult Current(string message) => new(HealthStatus.Current, message);

    public static HealthResult InProgress(string? reason, string? message) => new(HealthStatus.InProgress, message ?? string.Empty, reason);

    public static HealthResult Failed(string? reason, string? message) => new(HealthStatus.Failed, message ?? string.Empty, reason);

    public override string ToString() => Message.Length > 0 ? $"{Status}: {Message}" : Status.ToString();
}
