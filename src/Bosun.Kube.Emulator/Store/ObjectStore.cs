using System.Text.Json.Nodes;
using System.Threading.Channels;
using Bosun.Kube.Emulator.Registry;

namespace Bosun.Kube.Emulator.Store;

/// <summary>
/// The objects of the simulated cluster: one <see cref="JsonObject"/> per (group, resource, namespace, name),
/// one global resourceVersion counter like etcd's, and a bounded event log that feeds watches. Every method is
/// serialized by one lock; reads return deep copies. The API semantics (create, update, apply, delete) live in
/// the partial files next to this one.
/// </summary>
public sealed partial class ObjectStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SortedDictionary<string, JsonObject>> _objects = new(StringComparer.Ordinal);
    private readonly LinkedList<StoreEvent> _log = new();
    private readonly List<Subscription> _subscriptions = [];
    private readonly TimeProvider _time;
    private long _rv = 1;
    private long _floor;
    private int _nextClusterIp = 10;

    public ObjectStore(TypeRegistry registry, TimeProvider time)
    {
        Registry = registry;
        _time = time;
    }

    /// <summary>The served types; CRD writes add and remove entries.</summary>
    public TypeRegistry Registry { get; }

    /// <summary>Events kept for watches that resume from an older resourceVersion.</summary>
    public int EventLogCapacity { get; set; } = 10_000;

    /// <summary>Raised (outside the lock) after every committed change; the controller simulator listens.</summary>
    public event Action<StoreEvent>? Changed;

    /// <summary>The current resourceVersion (of the last write).</summary>
    public long ResourceVersion
    {
        get
        {
            lock (_gate)
            {
                return _rv;
            }
        }
    }

    /// <summary>Watches and list continuations older than this answer 410 Expired.</summary>
    public long CompactionFloor
    {
        get
        {
            lock (_gate)
            {
                return _floor;
            }
        }
    }

    /// <summary>Forgets the event log up to the current resourceVersion (watches from older RVs get 410).</summary>
    public void Compact()
    {
        lock (_gate)
        {
            _floor = _rv;
            _log.Clear();
        }
    }

    internal DateTimeOffset Now => _time.GetUtcNow();

    internal string Timestamp() => FormatTime(Now);

    internal static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private static string Key(string ns, string name) => ns + "/" + name;

    private SortedDictionary<string, JsonObject> Bucket(string storeKey)
    {
        if (!_objects.TryGetValue(storeKey, out var bucket))
        {
            bucket = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
            _objects[storeKey] = bucket;
        }

        return bucket;
    }

    /// <summary>A copy of one stored object (as stored: its apiVersion is the one it was written with), or null.</summary>
    public JsonObject? Get(ResourceType type, string ns, string name)
    {
        lock (_gate)
        {
            return GetLocked(type.StoreKey, ns, name) is { } obj ? Json.Clone(obj) : null;
        }
    }

    private JsonObject? GetLocked(string storeKey, string ns, string name) =>
        _objects.TryGetValue(storeKey, out var bucket) && bucket.TryGetValue(Key(ns, name), out var obj) ? obj : null;

    /// <summary>Copies of every object of a type (in one namespace, or all when <paramref name="ns"/> is null), by namespace then name, and the RV of the read.</summary>
    public (List<JsonObject> Items, long ResourceVersion) List(ResourceType type, string? ns)
    {
        lock (_gate)
        {
            var items = new List<JsonObject>();
            if (_objects.TryGetValue(type.StoreKey, out var bucket))
            {
                foreach (var obj in bucket.Values)
                {
                    if (ns is null || Json.Namespace(obj) == ns)
                    {
                        items.Add(Json.Clone(obj));
                    }
                }
            }

            return (items, _rv);
        }
    }

    /// <summary>Every stored object with its store key (state file, namespace cleanup).</summary>
    public List<(string StoreKey, JsonObject Object)> Snapshot()
    {
        lock (_gate)
        {
            return [.. _objects.SelectMany(b => b.Value.Values.Select(o => (b.Key, Json.Clone(o))))];
        }
    }

    /// <summary>Stores an object as-is (state file load); no event.</summary>
    internal void Restore(string storeKey, JsonObject obj, long rv)
    {
        lock (_gate)
        {
            Bucket(storeKey)[Key(Json.Namespace(obj), Json.Name(obj))] = obj;
            _rv = Math.Max(_rv, rv);
            _floor = _rv;
            if (storeKey == "apiextensions.k8s.io/customresourcedefinitions")
            {
                Registry.AddCustomResourceDefinition(obj);
            }
        }
    }

    /// <summary>Commits a write: new RV, store or remove, log, notify. Caller holds the lock.</summary>
    private StoreEvent CommitLocked(string storeKey, string type, JsonObject obj)
    {
        _rv++;
        var meta = Json.Meta(obj);
        meta["resourceVersion"] = _rv.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string ns = Json.Namespace(obj);
        string name = Json.Name(obj);
        var previous = type == "MODIFIED" ? GetLocked(storeKey, ns, name) : null;
        if (type == "DELETED")
        {
            Bucket(storeKey).Remove(Key(ns, name));
        }
        else
        {
            Bucket(storeKey)[Key(ns, name)] = obj;
        }

        var ev = new StoreEvent(_rv, type, storeKey, ns, name, Json.Clone(obj)) { Previous = previous };
        _log.AddLast(ev);
        while (_log.Count > EventLogCapacity && _log.First is { } first)
        {
            _floor = first.Value.ResourceVersion;
            _log.RemoveFirst();
        }

        foreach (var sub in _subscriptions)
        {
            if (sub.StoreKey == storeKey)
            {
                sub.Channel.Writer.TryWrite(ev);
            }
        }

        _pending.Add(ev);
        return ev;
    }

    private readonly List<StoreEvent> _pending = [];

    /// <summary>Raises <see cref="Changed"/> for the events committed under the lock. Call after releasing it.</summary>
    private void Notify()
    {
        List<StoreEvent> events;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            events = [.. _pending];
            _pending.Clear();
        }

        foreach (var ev in events)
        {
            Changed?.Invoke(ev);
        }
    }

    /// <summary>A live feed of one type's events with RV greater than <paramref name="fromRv"/>.</summary>
    internal sealed class Subscription(string storeKey) : IDisposable
    {
        public string StoreKey { get; } = storeKey;

        public Channel<StoreEvent> Channel { get; } = System.Threading.Channels.Channel.CreateUnbounded<StoreEvent>();

        public Action? OnDispose { get; set; }

        public void Dispose() => OnDispose?.Invoke();
    }

    /// <summary>
    /// Starts a watch feed: with <paramref name="fromRv"/> null, returns the current objects (for synthetic ADDED
    /// events) and the RV they were read at; otherwise replays the logged events after <paramref name="fromRv"/>.
    /// Throws 410 Expired when <paramref name="fromRv"/> is below the compaction floor.
    /// </summary>
    internal (Subscription Feed, List<JsonObject> Initial, long Rv) Subscribe(ResourceType type, long? fromRv)
    {
        lock (_gate)
        {
            if (fromRv is { } from && from < _floor)
            {
                throw Http.ApiError.Expired($"too old resource version: {from} ({_rv})");
            }

            var sub = new Subscription(type.StoreKey);
            sub.OnDispose = () =>
            {
                lock (_gate)
                {
                    _subscriptions.Remove(sub);
                }
            };
            var initial = new List<JsonObject>();
            if (fromRv is null)
            {
                if (_objects.TryGetValue(type.StoreKey, out var bucket))
                {
                    initial.AddRange(bucket.Values.Select(Json.Clone));
                }
            }
            else
            {
                foreach (var ev in _log)
                {
                    if (ev.ResourceVersion > fromRv && ev.StoreKey == type.StoreKey)
                    {
                        sub.Channel.Writer.TryWrite(ev);
                    }
                }
            }

            _subscriptions.Add(sub);
            return (sub, initial, _rv);
        }
    }
}
