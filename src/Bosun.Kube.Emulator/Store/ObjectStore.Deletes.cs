using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Emulator.Registry;

namespace Bosun.Kube.Emulator.Store;

/// <summary>DELETE with propagation policies, finalizers, the namespace lifecycle and the garbage collector.</summary>
public sealed partial class ObjectStore
{
    /// <summary>
    /// Deletes an object. Returns the object and whether it is gone now (false: it carries finalizers and got a
    /// <c>deletionTimestamp</c>). Foreground adds <c>foregroundDeletion</c>, Orphan adds <c>orphan</c>; the
    /// collector then deletes or releases the dependents and removes the finalizer.
    /// </summary>
    public (JsonObject Object, bool Gone) Delete(ResourceType type, string ns, string name, DeleteRequest request)
    {
        (JsonObject, bool) result;
        lock (_gate)
        {
            result = DeleteLocked(type, ns, name, request);
        }

        Notify();
        return result;
    }

    private (JsonObject, bool) DeleteLocked(ResourceType type, string ns, string name, DeleteRequest request)
    {
        var live = GetLocked(type.StoreKey, ns, name) ?? throw ApiError.NotFound(type, name);
        if (request.PreconditionUid is { Length: > 0 } uid && uid != Json.Uid(live))
        {
            throw ApiError.Conflict(type, name,
                $"Precondition failed: UID in precondition: {uid}, UID in object meta: {Json.Uid(live)}");
        }

        if (request.PreconditionResourceVersion is { Length: > 0 } rv && rv != Json.Str(live["metadata"]?["resourceVersion"]))
        {
            throw ApiError.Conflict(type, name,
                $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {Json.Str(live["metadata"]?["resourceVersion"])}");
        }

        var obj = Json.Clone(live);
        string policy = request.PropagationPolicy
            ?? (request.OrphanDependents == true ? "Orphan" : "Background");
        var finalizers = Finalizers(obj);
        if (policy == "Foreground" && !finalizers.Contains("foregroundDeletion"))
        {
            finalizers.Add("foregroundDeletion");
        }
        else if (policy == "Orphan" && !finalizers.Contains("orphan"))
        {
            finalizers.Add("orphan");
        }

        bool isNamespace = type.StoreKey == NamespacesKey;
        if (finalizers.Count == 0 && !isNamespace)
        {
            if (request.DryRun)
            {
                return (obj, true);
            }

            var gone = CommitLocked(type.StoreKey, "DELETED", obj);
            AfterRemoval(type, gone.Object);
            CollectGarbageLocked();
            return (Json.Clone(gone.Object), true);
        }

        var meta = Json.Meta(obj);
        if (meta["deletionTimestamp"] is null)
        {
            meta["deletionTimestamp"] = Timestamp();
            meta["deletionGracePeriodSeconds"] = 0;
        }

        if (finalizers.Count > 0)
        {
            meta["finalizers"] = new JsonArray([.. finalizers.Select(f => (JsonNode?)JsonValue.Create(f))]);
        }

        if (isNamespace)
        {
            Json.Obj(obj, "status")["phase"] = "Terminating";
        }

        if (request.DryRun)
        {
            return (obj, false);
        }

        if (Json.Equal(obj, live))
        {
            return (obj, false);
        }

        CommitLocked(type.StoreKey, "MODIFIED", obj);
        CollectGarbageLocked();
        bool stillThere = GetLocked(type.StoreKey, ns, name) is not null;
        return (Json.Clone(GetLocked(type.StoreKey, ns, name) ?? obj), !stillThere);
    }

    private void AfterRemoval(ResourceType type, JsonObject removed)
    {
        if (type.StoreKey == CrdKey)
        {
            Registry.RemoveCustomResourceDefinition(Json.Name(removed));
        }
    }

    /// <summary>
    /// Runs the garbage collector and the namespace controller to a fixed point: dependents of removed owners
    /// are deleted (background), foreground owners wait for their dependents, orphan owners release them,
    /// terminating namespaces are emptied and then removed, CRDs being deleted take their objects with them.
    /// </summary>
    private void CollectGarbageLocked()
    {
        for (int round = 0; round < 100; round++)
        {
            if (!GarbagePassLocked())
            {
                return;
            }
        }
    }

    private bool GarbagePassLocked()
    {
        var uids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bucket in _objects.Values)
        {
            foreach (var o in bucket.Values)
            {
                uids.Add(Json.Uid(o));
            }
        }

        foreach (var (storeKey, bucket) in _objects.ToList())
        {
            foreach (var obj in bucket.Values.ToList())
            {
                if (obj["metadata"]?["ownerReferences"] is JsonArray refs && refs.Count > 0)
                {
                    var owners = refs.OfType<JsonObject>().Select(r => Json.Str(r["uid"])).ToList();
                    if (owners.All(u => !uids.Contains(u)) && obj["metadata"]?["deletionTimestamp"] is null)
                    {
                        if (DeleteInternal(storeKey, obj, "Background"))
                        {
                            return true;
                        }
                    }
                }

                if (obj["metadata"]?["deletionTimestamp"] is null)
                {
                    continue;
                }

                var finalizers = Finalizers(obj);
                string uid = Json.Uid(obj);
                if (finalizers.Contains("foregroundDeletion"))
                {
                    var dependents = Dependents(uid);
                    if (dependents.Count == 0)
                    {
                        RemoveFinalizer(storeKey, obj, "foregroundDeletion");
                        return true;
                    }

                    foreach (var (depKey, dep) in dependents)
                    {
                        if (dep["metadata"]?["deletionTimestamp"] is null && DeleteInternal(depKey, dep, "Foreground"))
                        {
                            return true;
                        }
                    }
                }

                if (finalizers.Contains("orphan"))
                {
                    foreach (var (depKey, dep) in Dependents(uid))
                    {
                        var copy = Json.Clone(dep);
                        var refsArray = (JsonArray)Json.Meta(copy)["ownerReferences"]!;
                        foreach (var r in refsArray.OfType<JsonObject>().Where(r => Json.Str(r["uid"]) == uid).ToList())
                        {
                            refsArray.Remove(r);
                        }

                        if (refsArray.Count == 0)
                        {
                            Json.Meta(copy).Remove("ownerReferences");
                        }

                        CommitLocked(depKey, "MODIFIED", copy);
                    }

                    RemoveFinalizer(storeKey, obj, "orphan");
                    return true;
                }

                if (storeKey == CrdKey && CrdStep(obj))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private List<(string StoreKey, JsonObject Object)> Dependents(string ownerUid)
    {
        var result = new List<(string, JsonObject)>();
        foreach (var (storeKey, bucket) in _objects)
        {
            foreach (var obj in bucket.Values)
            {
                if (obj["metadata"]?["ownerReferences"] is JsonArray refs
                    && refs.OfType<JsonObject>().Any(r => Json.Str(r["uid"]) == ownerUid))
                {
                    result.Add((storeKey, obj));
                }
            }
        }

        return result;
    }

    /// <summary>Deletes from inside the collector; true when something changed.</summary>
    private bool DeleteInternal(string storeKey, JsonObject obj, string policy)
    {
        var type = Registry.FindByStoreKey(storeKey);
        if (type is null)
        {
            CommitLocked(storeKey, "DELETED", Json.Clone(obj));
            return true;
        }

        var before = _rv;
        DeleteLocked(type, Json.Namespace(obj), Json.Name(obj), new DeleteRequest(policy));
        return _rv != before;
    }

    private void RemoveFinalizer(string storeKey, JsonObject obj, string finalizer)
    {
        var copy = Json.Clone(obj);
        var remaining = Finalizers(copy).Where(f => f != finalizer).ToList();
        if (remaining.Count == 0)
        {
            Json.Meta(copy).Remove("finalizers");
            var gone = CommitLocked(storeKey, "DELETED", copy);
            if (Registry.FindByStoreKey(storeKey) is { } type)
            {
                AfterRemoval(type, gone.Object);
            }
        }
        else
        {
            Json.Meta(copy)["finalizers"] = new JsonArray([.. remaining.Select(f => (JsonNode?)JsonValue.Create(f))]);
            CommitLocked(storeKey, "MODIFIED", copy);
        }
    }

    /// <summary>
    /// The namespace controller's work for one terminating namespace: deletes its contents (objects with
    /// finalizers stay until those are removed), then drops the <c>kubernetes</c> finalizer and the namespace.
    /// The controller simulator calls it a moment after the namespace DELETE, as a real cluster's controller would.
    /// </summary>
    public void FinalizeNamespace(string name)
    {
        lock (_gate)
        {
            for (int round = 0; round < 1000; round++)
            {
                if (GetLocked(NamespacesKey, "", name) is not { } ns || ns["metadata"]?["deletionTimestamp"] is null || !NamespaceStep(ns))
                {
                    break;
                }

                CollectGarbageLocked();
            }
        }

        Notify();
    }

    /// <summary>One step of the namespace controller: delete some content, or drop the finalizer, or remove the namespace.</summary>
    private bool NamespaceStep(JsonObject ns)
    {
        string name = Json.Name(ns);
        bool any = false;
        foreach (var (storeKey, bucket) in _objects.ToList())
        {
            if (storeKey == NamespacesKey)
            {
                continue;
            }

            foreach (var obj in bucket.Values.ToList())
            {
                if (Json.Namespace(obj) != name)
                {
                    continue;
                }

                any = true;
                if (obj["metadata"]?["deletionTimestamp"] is null && DeleteInternal(storeKey, obj, "Background"))
                {
                    return true;
                }
            }
        }

        if (any)
        {
            return false;
        }

        var copy = Json.Clone(ns);
        if (copy["spec"] is JsonObject spec && spec["finalizers"] is JsonArray { Count: > 0 })
        {
            spec.Remove("finalizers");
            CommitLocked(NamespacesKey, "MODIFIED", copy);
            return true;
        }

        if (Finalizers(copy).Count == 0)
        {
            CommitLocked(NamespacesKey, "DELETED", copy);
            return true;
        }

        return false;
    }

    /// <summary>CRD deletion: delete every custom resource of it, then let the CRD go.</summary>
    private bool CrdStep(JsonObject crd)
    {
        string group = Json.Str(crd["spec"]?["group"]);
        string plural = Json.Str(crd["spec"]?["names"]?["plural"]);
        string key = group + "/" + plural;
        if (_objects.TryGetValue(key, out var bucket) && bucket.Count > 0)
        {
            foreach (var obj in bucket.Values.ToList())
            {
                if (obj["metadata"]?["deletionTimestamp"] is null && DeleteInternal(key, obj, "Background"))
                {
                    return true;
                }
            }

            return false;
        }

        if (Finalizers(crd).Contains("customresourcecleanup.apiextensions.k8s.io"))
        {
            RemoveFinalizer(CrdKey, crd, "customresourcecleanup.apiextensions.k8s.io");
            return true;
        }

        return false;
    }
}
