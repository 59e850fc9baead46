using Bosun.Core.Diagnostics;

namespace Bosun.Kube.Health;

/// <summary>The outcome of a wait: the last known health of every object and how the wait ended.</summary>
public sealed record WaitResult(IReadOnlyList<(WaitTarget Target, HealthResult Health)> Objects, bool TimedOut, TimeSpan Timeout, WaitFor For)
{
    /// <summary>True when every object reached the awaited state.</summary>
    public bool Succeeded => !TimedOut && Objects.All(o => HealthWaiter.IsDone(o.Health, For));

    /// <summary>The objects that are not there yet, with what they still wait for.</summary>
    public IEnumerable<(WaitTarget Target, HealthResult Health)> Pending => Objects.Where(o => !HealthWaiter.IsDone(o.Health, For));

    /// <summary>Null on success; otherwise BOSUN5172 for a failed object or BOSUN5171 for a timeout, one related line per object.</summary>
    public Diagnostic? ToDiagnostic()
    {
        if (Succeeded)
        {
            return null;
        }

        var pending = Pending.ToList();
        var related = pending.Select(p => new RelatedLocation($"{p.Target}: {p.Health}", null)).ToArray();
        if (pending.FirstOrDefault(p => p.Health.Status == HealthStatus.Failed) is { Target: not null } failed && !TimedOut)
        {
            return KubeErrorsFacade.ObjectFailed(failed.Target.ToString(), failed.Health.Message) with { Related = [.. related] };
        }

        string what = string.Join(", ", pending.Select(p => $"{p.Target} ({p.Health})"));
        return KubeErrorsFacade.WaitTimeout(Http.RetryHandler.FormatSpan(Timeout), what) with { Related = [.. related] };
    }
}
