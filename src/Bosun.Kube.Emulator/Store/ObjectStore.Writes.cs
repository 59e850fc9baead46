using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Validation;

namespace Bosun.Kube.Emulator.Store;

/// <summary>Create, update, patch and apply: the write pipeline of kube-apiserver's generic registry.</summary>
public sealed partial class ObjectStore
{
    private const string NamespacesKey = "/namespaces";
    private const string CrdKey = "apiextensions.k8s.io/customresourcedefinitions";

    /// <summary>POST: creates an object; 409 when the name is taken, 404/403 for a missing/terminating namespace.</summary>
    public JsonObject Create(ResourceType type, string ns, JsonObject body, WriteOptions o)
    {
        JsonObject result;
        lock (_gate)
        {
            var obj = Json.Clone(body);
            PrepareIdentity(type, ns, obj, null);
            string name = Json.Name(obj);
            CheckNamespace(type, ns, name);
            if (GetLocked(type.StoreKey, ns, name) is not null)
            {
                throw ApiError.AlreadyExists(type, name);
            }

            obj = PrepareCreate(type, obj);
            obj = RunUpdate(type, null, obj, o);

            // The ownership engine keeps only the status a client may not set on create (none): re-apply the
            // server's status defaults (Namespace phase, PVC phase, Service loadBalancer) after it.
            Defaults.Apply(type, obj, NextClusterIp);
            result = Store(type, null, obj, o);
        }

        Notify();
        return result;
    }

    /// <summary>PUT: replaces an object (or its status); 409 on a stale resourceVersion.</summary>
    public JsonObject Replace(ResourceType type, string ns, string name, JsonObject body, WriteOptions o)
    {
        JsonObject result;
        lock (_gate)
        {
            var live = GetLocked(type.StoreKey, ns, name) ?? throw ApiError.NotFound(type, name);
            var obj = Json.Clone(body);
            PrepareIdentity(type, ns, obj, name);
            string rv = Json.Str(obj["metadata"]?["resourceVersion"]);
            if (rv.Length > 0 && rv != Json.Str(live["metadata"]?["resourceVersion"]))
            {
                throw ApiError.Conflict(type, name);
            }

            result = UpdateLocked(type, live, obj, o);
        }

        Notify();
        return result;
    }

    /// <summary>PATCH with a JSON, merge or strategic merge patch.</summary>
    public JsonObject Patch(ResourceType type, string ns, string name, string contentType, JsonNode patch, WriteOptions o)
    {
        JsonObject result;
        lock (_gate)
        {
            var live = GetLocked(type.StoreKey, ns, name) ?? throw ApiError.NotFound(type, name);
            var patched = RunPatch(type, Json.Clone(live), contentType, patch);
            string rv = Json.Str(patched["metadata"]?["resourceVersion"]);
            if (rv.Length > 0 && rv != Json.Str(live["metadata"]?["resourceVersion"]))
            {
                throw ApiError.Conflict(type, name);
            }

            PrepareIdentity(type, ns, patched, name);
            result = UpdateLocked(type, live, patched, o);
        }

        Notify();
        return result;
    }

    /// <summary>PATCH with <c>application/apply-patch+yaml</c>: server-side apply; creates a missing object.</summary>
    public (JsonObject Object, bool Created) ApplyObject(ResourceType type, string ns, string name, JsonObject config, WriteOptions o)
    {
        JsonObject result;
        bool created;
        lock (_gate)
        {
            var cfg = Json.Clone(config);
            PrepareIdentity(type, ns, cfg, name);
            var live = GetLocked(type.StoreKey, ns, name);
            created = live is null;
            if (live is null)
            {
                CheckNamespace(type, ns, name);
                if (o.Subresource is not null)
                {
                    throw ApiError.NotFound(type, name);
                }
            }

            var applyInput = SplitForSubresource(type, cfg, o.Subresource);
            var applied = RunApply(type, live is null ? null : Json.Clone(live), applyInput, o);
            if (applied.Object is null)
            {
                throw ConflictError(applied.Conflicts);
            }

            var merged = applied.Object;
            if (live is null)
            {
                merged = PrepareCreate(type, merged);
                result = Store(type, null, merged, o);
            }
            else
            {
                result = FinishUpdate(type, live, merged, o);
            }
        }

        Notify();
        return (result, created);
    }

    private static JsonObject SplitForSubresource(ResourceType type, JsonObject cfg, string? subresource)
    {
        if (!type.HasStatus)
        {
            return cfg;
        }

        if (subresource == "status")
        {
            var only = new JsonObject
            {
                ["apiVersion"] = cfg["apiVersion"]?.DeepClone(),
                ["kind"] = cfg["kind"]?.DeepClone(),
                ["metadata"] = new JsonObject { ["name"] = Json.Name(cfg) },
            };
            if (Json.Namespace(cfg).Length > 0)
            {
                Json.Meta(only)["namespace"] = Json.Namespace(cfg);
            }

            if (cfg["status"] is { } status)
            {
                only["status"] = status.DeepClone();
            }

            return only;
        }

        cfg.Remove("status");
        return cfg;
    }

    internal static ApiError ConflictError(IReadOnlyList<Apply.FieldConflict> conflicts) =>
        ApiError.FromStatus(Apply.FieldConflicts.ToStatus(conflicts), 409);

    /// <summary>Fills apiVersion/kind/namespace and checks name, namespace and kind against the URL.</summary>
    private void PrepareIdentity(ResourceType type, string ns, JsonObject obj, string? urlName)
    {
        var meta = Json.Meta(obj);
        string bodyNs = Json.Str(meta["namespace"]);
        if (type.Namespaced)
        {
            if (bodyNs.Length > 0 && bodyNs != ns)
            {
                throw ApiError.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            }

            meta["namespace"] = ns;
        }
        else
        {
            meta.Remove("namespace");
        }

        string kind = Json.Str(obj["kind"]);
        if (kind.Length > 0 && kind != type.Kind)
        {
            throw ApiError.BadRequest($"the kind in the data ({kind}) does not match the expected kind ({type.Kind})");
        }

        obj["apiVersion"] = type.ApiVersion;
        obj["kind"] = type.Kind;
        string name = Json.Str(meta["name"]);
        if (name.Length == 0 && urlName is null && Json.Str(meta["generateName"]) is { Length: > 0 } prefix)
        {
            name = prefix + RandomSuffix();
            meta["name"] = name;
        }

        if (urlName is not null)
        {
            if (name.Length > 0 && name != urlName)
            {
                throw ApiError.BadRequest("the name of the object (" + name + ") does not match the name on the URL (" + urlName + ")");
            }

            meta["name"] = urlName;
            name = urlName;
        }

        if (name.Length == 0)
        {
            throw ApiError.Invalid(type, "", [("metadata.name", "Required value: name or generateName is required")]);
        }

        if (!NameRules.IsValid(type, name, out string? problem))
        {
            throw ApiError.Invalid(type, name, [("metadata.name", $"Invalid value: \"{name}\": {problem}")]);
        }
    }

    private static string RandomSuffix()
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        return string.Concat(Enumerable.Range(0, 5).Select(_ => alphabet[Random.Shared.Next(alphabet.Length)]));
    }

    private void CheckNamespace(ResourceType type, string ns, string name)
    {
        if (!type.Namespaced)
        {
            return;
        }

        var nsObj = GetLocked(NamespacesKey, "", ns) ?? throw ApiError.NamespaceNotFound(ns);
        if (nsObj["metadata"]?["deletionTimestamp"] is not null)
        {
            throw ApiError.NamespaceTerminating(type, name, ns);
        }
    }

    /// <summary>Server-set fields of a new object: uid, creationTimestamp, generation, cleared status, defaults.</summary>
    private JsonObject PrepareCreate(ResourceType type, JsonObject obj)
    {
        var meta = Json.Meta(obj);
        meta.Remove("resourceVersion");
        meta.Remove("deletionTimestamp");
        meta.Remove("deletionGracePeriodSeconds");
        meta["uid"] = Guid.NewGuid().ToString();
        meta["creationTimestamp"] = Timestamp();
        if (type.HasGeneration)
        {
            meta["generation"] = 1;
        }
        else
        {
            meta.Remove("generation");
        }

        if (type.HasStatus)
        {
            obj.Remove("status");
        }

        Defaults.Apply(type, obj, NextClusterIp);
        return obj;
    }

    private string NextClusterIp()
    {
        int n = _nextClusterIp++;
        return $"10.96.{n / 250}.{(n % 250) + 1}";
    }

    /// <summary>Ordinary update (PUT, patch): status split, ownership, then <see cref="FinishUpdate"/>.</summary>
    private JsonObject UpdateLocked(ResourceType type, JsonObject live, JsonObject candidate, WriteOptions o)
    {
        if (type.HasStatus)
        {
            if (o.Subresource == "status")
            {
                var status = candidate["status"]?.DeepClone();
                candidate = Json.Clone(live);
                candidate.Remove("status");
                if (status is not null)
                {
                    candidate["status"] = status;
                }
            }
            else
            {
                candidate.Remove("status");
                if (live["status"] is { } liveStatus)
                {
                    candidate["status"] = liveStatus.DeepClone();
                }
            }
        }

        CarryServerMeta(live, candidate);
        Defaults.Apply(type, candidate, NextClusterIp);
        candidate = RunUpdate(type, live, candidate, o);
        return FinishUpdate(type, live, candidate, o);
    }

    private static void CarryServerMeta(JsonObject live, JsonObject candidate)
    {
        var meta = Json.Meta(candidate);
        var liveMeta = Json.Meta(live);
        foreach (var key in new[] { "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "managedFields" })
        {
            meta.Remove(key);
            if (liveMeta[key] is { } value)
            {
                meta[key] = value.DeepClone();
            }
        }
    }

    /// <summary>Immutability, generation, no-op detection, finalizer-driven removal, commit.</summary>
    private JsonObject FinishUpdate(ResourceType type, JsonObject live, JsonObject updated, WriteOptions o)
    {
        CarryServerMetaExceptManagedFields(live, updated);
        if (o.Subresource is null && type.HasStatus)
        {
            updated.Remove("status");
            if (live["status"] is { } liveStatus)
            {
                updated["status"] = liveStatus.DeepClone();
            }
        }

        Defaults.Apply(type, updated, NextClusterIp);
        var causes = RunImmutable(type, live, updated);
        if (causes.Count > 0)
        {
            throw ApiError.FromStatus(ImmutableFields.ToStatus(type.Group, type.Kind, Json.Name(live), causes), 422);
        }

        if (type.HasGeneration && SpecChanged(type, live, updated))
        {
            Json.Meta(updated)["generation"] = (Json.Long(live["metadata"]?["generation"]) ?? 0) + 1;
        }

        Json.Meta(updated)["resourceVersion"] = Json.Str(live["metadata"]?["resourceVersion"]);
        if (IsNoOp(live, updated))
        {
            return Json.Clone(live);
        }

        return Store(type, live, updated, o);
    }

    private static void CarryServerMetaExceptManagedFields(JsonObject live, JsonObject candidate)
    {
        var meta = Json.Meta(candidate);
        var liveMeta = Json.Meta(live);
        foreach (var key in new[] { "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation" })
        {
            meta.Remove(key);
            if (liveMeta[key] is { } value)
            {
                meta[key] = value.DeepClone();
            }
        }
    }

    private static bool SpecChanged(ResourceType type, JsonObject live, JsonObject updated)
    {
        var keys = live.Select(p => p.Key).Concat(updated.Select(p => p.Key)).Distinct();
        foreach (var key in keys)
        {
            if (key is "metadata" or "apiVersion" or "kind" || (key == "status" && type.HasStatus))
            {
                continue;
            }

            if (!Json.Equal(live[key], updated[key]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when only managedFields timestamps differ.</summary>
    private static bool IsNoOp(JsonObject live, JsonObject updated) =>
        Json.Equal(WithoutTimes(live), WithoutTimes(updated));

    private static JsonObject WithoutTimes(JsonObject obj)
    {
        var copy = Json.Clone(obj);
        if (copy["metadata"]?["managedFields"] is JsonArray entries)
        {
            foreach (var entry in entries.OfType<JsonObject>())
            {
                entry.Remove("time");
            }
        }

        return copy;
    }

    /// <summary>Commits (unless dry run) and returns the stored object; handles finalizer-complete deletions.</summary>
    private JsonObject Store(ResourceType type, JsonObject? live, JsonObject obj, WriteOptions o)
    {
        if (o.DryRun)
        {
            if (live is null)
            {
                Json.Meta(obj).Remove("resourceVersion");
            }

            return obj;
        }

        if (live is not null && obj["metadata"]?["deletionTimestamp"] is not null && Finalizers(obj).Count == 0)
        {
            var gone = CommitLocked(type.StoreKey, "DELETED", obj);
            AfterRemoval(type, gone.Object);
            CollectGarbageLocked();
            return Json.Clone(gone.Object);
        }

        var ev = CommitLocked(type.StoreKey, live is null ? "ADDED" : "MODIFIED", obj);
        if (type.StoreKey == CrdKey)
        {
            Registry.AddCustomResourceDefinition(ev.Object);
        }

        if (live?["metadata"]?["deletionTimestamp"] is not null)
        {
            CollectGarbageLocked();
        }

        return Json.Clone(ev.Object);
    }

    internal static List<string> Finalizers(JsonObject obj) =>
        obj["metadata"]?["finalizers"] is JsonArray array ? [.. array.Select(Json.Str)] : [];

    /// <summary>
    /// A controller's status write (simulator): mutates the live object under the lock and commits it as an Update
    /// by <paramref name="manager"/> on the status subresource, unless nothing changed.
    /// </summary>
    public JsonObject? UpdateStatus(ResourceType type, string ns, string name, Func<JsonObject, bool> mutate, string manager = "kube-controller-manager")
    {
        JsonObject? result = null;
        lock (_gate)
        {
            if (GetLocked(type.StoreKey, ns, name) is { } live)
            {
                var candidate = Json.Clone(live);
                if (mutate(candidate))
                {
                    var o = new WriteOptions(manager, Subresource: type.HasStatus ? "status" : null);
                    candidate = RunUpdate(type, live, candidate, o);
                    result = FinishUpdate(type, live, candidate, o);
                }
            }
        }

        Notify();
        return result;
    }

    /// <summary>A controller's metadata/spec write (simulator, GC): same as <see cref="UpdateStatus"/> on the main resource.</summary>
    internal JsonObject? UpdateMain(ResourceType type, string ns, string name, Func<JsonObject, bool> mutate, string manager)
    {
        JsonObject? result = null;
        lock (_gate)
        {
            if (GetLocked(type.StoreKey, ns, name) is { } live)
            {
                var candidate = Json.Clone(live);
                if (mutate(candidate))
                {
                    result = UpdateLocked(type, live, candidate, new WriteOptions(manager));
                }
            }
        }

        Notify();
        return result;
    }
}
