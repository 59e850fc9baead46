namespace Bosun.Kube.Tests;

/// <summary>
/// A clock that only moves when told: <see cref="Advance"/> fires due timers (so <c>Task.Delay(t, provider)</c>
/// completes without real sleeping). <see cref="AutoAdvance"/> makes every new timer fire at once, advancing the clock
/// by its due time, for code that sleeps in a loop (backoff).
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    }

    /// <summary>When set, a timer created with a finite due time fires immediately and the clock jumps forward.</summary>
    public bool AutoAdvance { get; set; }

    /// <summary>Timers longer than this never auto-fire (timeouts), even with <see cref="AutoAdvance"/>.</summary>
    public TimeSpan AutoAdvanceLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Every due time a timer was created with (the sleeps the code asked for).</summary>
    public List<TimeSpan> Sleeps { get; } = [];

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_lock)
        {
            _now += by;
            due = [.. _timers.Where(t => t.Due <= _now)];
            foreach (var t in due)
            {
                _timers.Remove(t);
            }
        }

        foreach (var t in due)
        {
            t.Fire();
        }
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        bool fireNow = false;
        lock (_lock)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            Sleeps.Add(dueTime);
            if (AutoAdvance && dueTime <= AutoAdvanceLimit)
            {
                _now += dueTime;
                fireNow = true;
            }
            else if (dueTime <= TimeSpan.Zero)
            {
                fireNow = true;
            }
            else
            {
                timer.Due = _now + dueTime;
                _timers.Add(timer);
            }
        }

        if (fireNow)
        {
            ThreadPool.QueueUserWorkItem(_ => timer.Fire());
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        public DateTimeOffset Due { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed)
            {
                return false;
            }

            owner.Schedule(this, dueTime);
            return true;
        }

        public void Fire()
        {
            if (!_disposed)
            {
                callback(state);
            }
        }

        public void Dispose()
        {
            _disposed = true;
            owner.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
