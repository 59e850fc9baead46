using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator.Simulation;

/// <summary>
/// Stands in for kube-controller-manager and friends: after a configurable delay on the emulator's clock it writes
/// the status that makes Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, Pods, PVCs, LoadBalancer
/// Services, CRDs and custom resources with a status subresource ready (kstatus Current) — or failed on cue.
/// Nothing runs: there are no Pods, images or containers. Knobs come from <see cref="SimKnobs"/> annotations or
/// this C# API (per kind or per object).
/// </summary>
public sealed partial class ControllerSimulator : IDisposable
{
    private readonly KubeEmulator _emulator;
    private readonly object _gate = new();
    private readonly Dictionary<string, TimeSpan> _kindDelays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _objectDelays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _failures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _scheduled = new(StringComparer.Ordinal);
    private readonly HashSet<ITimer> _timers = [];
    private readonly HashSet<string> _cleaning = new(StringComparer.Ordinal);
    private bool _started;
    private bool _disposed;

    internal ControllerSimulator(KubeEmulator emulator)
    {
        _emulator = emulator;
    }

    private static string KindKey(string group, string kind) => group + "/" + kind;

    private static string ObjectKey(string group, string kind, string ns, string name) => group + "/" + kind + "/" + ns + "/" + name;

    /// <summary>Every object of a kind becomes ready after <paramref name="delay"/> (unless an annotation says otherwise).</summary>
    public void SetReadyAfter(string group, string kind, TimeSpan delay)
    {
        lock (_gate)
        {
            _kindDelays[KindKey(group, kind)] = delay;
        }
    }

    /// <summary>One object becomes ready after <paramref name="delay"/>.</summary>
    public void SetReadyAfter(string group, string kind, string ns, string name, TimeSpan delay)
    {
        lock (_gate)
        {
            _objectDelays[ObjectKey(group, kind, ns, name)] = delay;
        }
    }

    /// <summary>One object fails instead of becoming ready (Deployment ProgressDeadlineExceeded, Job BackoffLimitExceeded, …).</summary>
    public void Fail(string group, string kind, string ns, string name, string? reason = null)
    {
        lock (_gate)
        {
            _failures[ObjectKey(group, kind, ns, name)] = reason ?? "";
        }

        Resync();
    }

    /// <summary>One object never becomes ready until <see cref="Release"/>.</summary>
    public void Hold(string group, string kind, string ns, string name)
    {
        lock (_gate)
        {
            _held.Add(ObjectKey(group, kind, ns, name));
        }
    }

    /// <summary>Undoes <see cref="Hold"/> and <see cref="Fail"/> for one object and reconciles it.</summary>
    public void Release(string group, string kind, string ns, string name)
    {
        string key = ObjectKey(group, kind, ns, name);
        lock (_gate)
        {
            _held.Remove(key);
            _failures.Remove(key);
            _scheduled.Remove(key);
        }

        Resync();
    }

    internal void Start()
    {
        lock (_gate)
        {
            if (_started)
            {
                return;
            }

            _started = true;
        }

        _emulator.Store.Changed += OnChanged;
        Resync();
    }

    /// <summary>Reconciles every stored object (start-up, state file load, knob changes).</summary>
    public void Resync()
    {
        if (!_started)
        {
            return;
        }

        foreach (var (storeKey, obj) in _emulator.Store.Snapshot())
        {
            OnChanged(new StoreEvent(0, "MODIFIED", storeKey, Json.Namespace(obj), Json.Name(obj), obj));
        }
    }

    private void OnChanged(StoreEvent ev)
    {
        if (_disposed)
        {
            return;
        }

        if (ev.Type == "DELETED")
        {
            bool cleaning;
            lock (_gate)
            {
                cleaning = _cleaning.Contains(ev.Namespace);
            }

            if (cleaning && ev.StoreKey != "/namespaces")
            {
                string ns = ev.Namespace;
                After(TimeSpan.Zero, () => _emulator.Store.FinalizeNamespace(ns));
            }

            return;
        }

        if (ev.StoreKey == "/namespaces" && ev.Object["metadata"]?["deletionTimestamp"] is not null)
        {
            string nsKey = "namespace/" + Json.Uid(ev.Object);
            lock (_gate)
            {
                if (!_scheduled.TryAdd(nsKey, nsKey))
                {
                    return;
                }
            }

            string name = ev.Name;
            After(_emulator.Options.NamespaceCleanupDelay, () =>
            {
                lock (_gate)
                {
                    _cleaning.Add(name);
                }

                _emulator.Store.FinalizeNamespace(name);
            });
            return;
        }

        var type = _emulator.Registry.FindByStoreKey(ev.StoreKey);
        if (type is null)
        {
            return;
        }

        var obj = ev.Object;
        if (obj["metadata"]?["deletionTimestamp"] is not null)
        {
            ScheduleFinalize(type, obj);
            return;
        }

        var plan = Plan(type, obj);
        if (plan is null)
        {
            return;
        }

        string key = ObjectKey(type.Group, type.Kind, ev.Namespace, ev.Name);
        string version = Json.Uid(obj) + "/" + Json.Str(obj["metadata"]?["generation"]) + "/" + plan.Value.Failed;
        TimeSpan delay;
        lock (_gate)
        {
            if (_held.Contains(key) || (_scheduled.TryGetValue(key, out var scheduled) && scheduled == version))
            {
                return;
            }

            _scheduled[key] = version;
            delay = DelayFor(type, obj, key);
        }

        After(delay, () => Reconcile(type, ev.Namespace, ev.Name, version, plan.Value.Failed, plan.Value.Reason));
    }

    private TimeSpan DelayFor(ResourceType type, JsonObject obj, string key)
    {
        if (SimKnobs.ParseDuration(SimKnobs.Annotation(obj, SimKnobs.ReadyAfter)) is { } annotated)
        {
            return annotated;
        }

        if (_objectDelays.TryGetValue(key, out var perObject))
        {
            return perObject;
        }

        return _kindDelays.TryGetValue(KindKey(type.Group, type.Kind), out var perKind) ? perKind : _emulator.Options.DefaultReadyAfter;
    }

    private void After(TimeSpan delay, Action action)
    {
        if (delay <= TimeSpan.Zero)
        {
            _ = Task.Run(action);
            return;
        }

        ITimer? timer = null;
        lock (_gate)
        {
            timer = _emulator.Time.CreateTimer(_ =>
            {
                lock (_gate)
                {
                    if (timer is not null)
                    {
                        _timers.Remove(timer);
                        timer.Dispose();
                    }
                }

                action();
            }, null, delay, Timeout.InfiniteTimeSpan);
            _timers.Add(timer);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var timer in _timers)
            {
                timer.Dispose();
            }

            _timers.Clear();
        }

        _emulator.Store.Changed -= OnChanged;
    }
}
