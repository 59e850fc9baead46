namespace Bosun.Kube.Health;

/// <summary>How long and for what a <see cref="HealthWaiter"/> waits.</summary>
public sealed record WaitOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    public WaitFor For { get; init; } = WaitFor.Current;

    /// <summary>Stop as soon as one object is Failed (Flux's FailFast, helm's --wait behaviour).</summary>
    public bool FailFast { get; init; } = true;
}
