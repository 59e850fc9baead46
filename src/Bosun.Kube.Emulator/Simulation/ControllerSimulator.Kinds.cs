using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator.Simulation;

/// <summary>What each simulated controller writes.</summary>
public sealed partial class ControllerSimulator
{
    private static readonly HashSet<string> s_simulated =
    [
        "apps/Deployment", "apps/StatefulSet", "apps/DaemonSet", "apps/ReplicaSet", "batch/Job", "/Pod",
        "/PersistentVolumeClaim", "/Service", "apiextensions.k8s.io/CustomResourceDefinition",
    ];

    private (bool Failed, string? Reason)? Plan(ResourceType type, JsonObject obj)
    {
        string kindKey = KindKey(type.Group, type.Kind);
        bool custom = type.CrdName is not null && type.HasStatus;
        if (!s_simulated.Contains(kindKey) && !custom)
        {
            return null;
        }

        if (kindKey == "/Service" && Json.Str(obj["spec"]?["type"]) != "LoadBalancer")
        {
            return null;
        }

        if (kindKey == "batch/Job" && IsFinished(obj))
        {
            return null;
        }

        string key = ObjectKey(type.Group, type.Kind, Json.Namespace(obj), Json.Name(obj));
        bool never = SimKnobs.Annotation(obj, SimKnobs.NeverReady) == "true";
        if (never)
        {
            return null;
        }

        string? reason = SimKnobs.Annotation(obj, SimKnobs.FailReason);
        bool failed = SimKnobs.Annotation(obj, SimKnobs.Fail) == "true";
        lock (_gate)
        {
            if (_failures.TryGetValue(key, out var r))
            {
                failed = true;
                reason ??= r.Length > 0 ? r : null;
            }
        }

        if (kindKey == "batch/Job" && obj["status"]?["startTime"] is null)
        {
            string ns = Json.Namespace(obj);
            string name = Json.Name(obj);
            After(TimeSpan.Zero, () => _emulator.Store.UpdateStatus(type, ns, name, o =>
            {
                if (o["status"]?["startTime"] is not null)
                {
                    return false;
                }

                var status = Json.Obj(o, "status");
                status["startTime"] = Now();
                status["active"] = 1;
                status["ready"] = 0;
                return true;
            }));
        }

        return (failed, reason);
    }

    private string Now() => ObjectStore.FormatTime(_emulator.Time.GetUtcNow());

    private static bool IsFinished(JsonObject job) =>
        (job["status"]?["conditions"] as JsonArray)?.OfType<JsonObject>().Any(c =>
            Json.Str(c["type"]) is "Complete" or "Failed" && Json.Str(c["status"]) == "True") == true;

    private void Reconcile(ResourceType type, string ns, string name, string version, bool failed, string? reason)
    {
        if (_disposed)
        {
            return;
        }

        _emulator.Store.UpdateStatus(type, ns, name, obj =>
        {
            string current = Json.Uid(obj) + "/" + Json.Str(obj["metadata"]?["generation"]) + "/" + failed;
            if (current != version || obj["metadata"]?["deletionTimestamp"] is not null)
            {
                return false;
            }

            var before = obj["status"]?.DeepClone();
            var status = Json.Obj(obj, "status");
            long generation = Json.Long(obj["metadata"]?["generation"]) ?? 1;
            long replicas = Json.Long(obj["spec"]?["replicas"]) ?? 1;
            switch (type.Group, type.Kind)
            {
                case ("apps", "Deployment"):
                    Deployment(status, name, generation, replicas, failed, reason);
                    break;
                case ("apps", "StatefulSet"):
                    StatefulSet(status, name, generation, replicas, failed);
                    break;
                case ("apps", "DaemonSet"):
                    DaemonSet(status, generation, failed);
                    break;
                case ("apps", "ReplicaSet"):
                    status["observedGeneration"] = generation;
                    status["replicas"] = replicas;
                    status["fullyLabeledReplicas"] = replicas;
                    status["readyReplicas"] = failed ? 0 : replicas;
                    status["availableReplicas"] = failed ? 0 : replicas;
                    break;
                case ("batch", "Job"):
                    Job(obj, status, failed, reason);
                    break;
                case ("", "Pod"):
                    Pod(status, failed);
                    break;
                case ("", "PersistentVolumeClaim"):
                    if (!failed)
                    {
                        status["phase"] = "Bound";
                        status["accessModes"] = obj["spec"]?["accessModes"]?.DeepClone();
                        if (obj["spec"]?["resources"]?["requests"]?["storage"] is { } storage)
                        {
                            status["capacity"] = new JsonObject { ["storage"] = storage.DeepClone() };
                        }
                    }

                    break;
                case ("", "Service"):
                    if (!failed)
                    {
                        int n = Math.Abs(Json.Uid(obj).GetHashCode()) % 200;
                        status["loadBalancer"] = new JsonObject
                        {
                            ["ingress"] = new JsonArray(new JsonObject { ["ip"] = $"172.18.255.{n + 1}", ["ipMode"] = "VIP" }),
                        };
                    }

                    break;
                case ("apiextensions.k8s.io", "CustomResourceDefinition"):
                    Crd(obj, status, failed, reason);
                    break;
                default:
                    status["observedGeneration"] = generation;
                    SetCondition(status, "Ready", failed ? "False" : "True", failed ? reason ?? "SimulatedFailure" : "Ready",
                        failed ? "simulated failure" : "simulated ready", false);
                    if (failed)
                    {
                        SetCondition(status, "Stalled", "True", reason ?? "SimulatedFailure", "simulated failure", false);
                    }

                    break;
            }

            return !Json.Equal(before, obj["status"]);
        });

        if (type.Group == "batch" && type.Kind == "Job")
        {
            ScheduleTtl(type, ns, name);
        }
    }

    private void Deployment(JsonObject status, string name, long generation, long replicas, bool failed, string? reason)
    {
        status["observedGeneration"] = generation;
        status["replicas"] = replicas;
        status["updatedReplicas"] = replicas;
        string rs = name + "-" + Hash(name + generation);
        if (failed)
        {
            status.Remove("readyReplicas");
            status.Remove("availableReplicas");
            status["unavailableReplicas"] = replicas;
            SetCondition(status, "Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.", true);
            SetCondition(status, "Progressing", "False", reason ?? "ProgressDeadlineExceeded", $"ReplicaSet \"{rs}\" has timed out progressing.", true);
        }
        else
        {
            status["readyReplicas"] = replicas;
            status["availableReplicas"] = replicas;
            status.Remove("unavailableReplicas");
            SetCondition(status, "Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.", true);
            SetCondition(status, "Progressing", "True", "NewReplicaSetAvailable", $"ReplicaSet \"{rs}\" has successfully progressed.", true);
        }
    }

    private static void StatefulSet(JsonObject status, string name, long generation, long replicas, bool failed)
    {
        string revision = name + "-" + Hash(name + generation);
        status["observedGeneration"] = generation;
        status["replicas"] = replicas;
        status["readyReplicas"] = failed ? 0 : replicas;
        status["currentReplicas"] = replicas;
        status["updatedReplicas"] = replicas;
        status["availableReplicas"] = failed ? 0 : replicas;
        status["currentRevision"] = revision;
        status["updateRevision"] = revision;
        status["collisionCount"] = 0;
    }

    private static void DaemonSet(JsonObject status, long generation, bool failed)
    {
        status["observedGeneration"] = generation;
        status["desiredNumberScheduled"] = 1;
        status["currentNumberScheduled"] = 1;
        status["updatedNumberScheduled"] = 1;
        status["numberMisscheduled"] = 0;
        status["numberReady"] = failed ? 0 : 1;
        status["numberAvailable"] = failed ? 0 : 1;
        if (failed)
        {
            status["numberUnavailable"] = 1;
        }
        else
        {
            status.Remove("numberUnavailable");
        }
    }

    private void Job(JsonObject job, JsonObject status, bool failed, string? reason)
    {
        string now = Now();
        if (status["startTime"] is null)
        {
            status["startTime"] = now;
        }

        status.Remove("active");
        status["ready"] = 0;
        if (failed)
        {
            status["failed"] = 1;
            SetCondition(status, "FailureTarget", "True", reason ?? "BackoffLimitExceeded", "Job has reached the specified backoff limit", false);
            SetCondition(status, "Failed", "True", reason ?? "BackoffLimitExceeded", "Job has reached the specified backoff limit", false);
        }
        else
        {
            long completions = Json.Long(job["spec"]?["completions"]) ?? 1;
            status["succeeded"] = completions;
            status["completionTime"] = now;
            SetCondition(status, "SuccessCriteriaMet", "True", "CompletionsReached", "Reached expected number of succeeded pods", false);
            SetCondition(status, "Complete", "True", "CompletionsReached", "Reached expected number of succeeded pods", false);
        }
    }

    private void Pod(JsonObject status, bool failed)
    {
        status["phase"] = failed ? "Pending" : "Running";
        status["podIP"] = "10.244.0.10";
        status["startTime"] ??= Now();
        foreach (var condition in new[] { "PodScheduled", "Initialized", "ContainersReady", "Ready" })
        {
            bool ok = !failed || condition is "PodScheduled" or "Initialized";
            SetCondition(status, condition, ok ? "True" : "False", ok ? "" : "ContainersNotReady", "", false);
        }
    }

    private void Crd(JsonObject crd, JsonObject status, bool failed, string? reason)
    {
        var names = crd["spec"]?["names"]?.DeepClone() as JsonObject ?? [];
        if (names["singular"] is null && names["kind"] is { } kind)
        {
            names["singular"] = Json.Str(kind).ToLowerInvariant();
        }

        if (names["listKind"] is null && names["kind"] is { } k)
        {
            names["listKind"] = Json.Str(k) + "List";
        }

        status["acceptedNames"] = failed ? new JsonObject { ["plural"] = "", ["kind"] = "" } : names;
        var stored = (crd["spec"]?["versions"] as JsonArray)?.OfType<JsonObject>()
            .Where(v => Json.Bool(v["storage"])).Select(v => (JsonNode?)JsonValue.Create(Json.Str(v["name"]))).ToArray() ?? [];
        status["storedVersions"] = new JsonArray(stored);
        if (failed)
        {
            SetCondition(status, "NamesAccepted", "False", reason ?? "NameConflict", "simulated name conflict", false);
            SetCondition(status, "Established", "False", "NotAccepted", "not all names are accepted", false);
        }
        else
        {
            SetCondition(status, "NamesAccepted", "True", "NoConflicts", "no conflicts found", false);
            SetCondition(status, "Established", "True", "InitialNamesAccepted", "the initial names have been accepted", false);
        }
    }

    private void SetCondition(JsonObject status, string type, string value, string reason, string message, bool updateTime)
    {
        if (status["conditions"] is not JsonArray conditions)
        {
            conditions = [];
            status["conditions"] = conditions;
        }

        var existing = conditions.OfType<JsonObject>().FirstOrDefault(c => Json.Str(c["type"]) == type);
        if (existing is not null && Json.Str(existing["status"]) == value && Json.Str(existing["reason"]) == reason
            && Json.Str(existing["message"]) == message)
        {
            return;
        }

        string now = Now();
        var condition = new JsonObject { ["type"] = type, ["status"] = value };
        if (updateTime)
        {
            condition["lastUpdateTime"] = now;
        }

        condition["lastTransitionTime"] = existing is not null && Json.Str(existing["status"]) == value
            ? existing["lastTransitionTime"]?.DeepClone()
            : now;
        if (reason.Length > 0)
        {
            condition["reason"] = reason;
        }

        if (message.Length > 0)
        {
            condition["message"] = message;
        }

        if (existing is not null)
        {
            conditions[conditions.IndexOf(existing)] = condition;
        }
        else
        {
            conditions.Push(condition);
        }
    }

    private static string Hash(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10].ToLowerInvariant();

    private void ScheduleTtl(ResourceType type, string ns, string name)
    {
        var job = _emulator.Store.Get(type, ns, name);
        if (job is null || !IsFinished(job) || Json.Long(job["spec"]?["ttlSecondsAfterFinished"]) is not { } ttl)
        {
            return;
        }

        After(TimeSpan.FromSeconds(ttl), () =>
        {
            try
            {
                _emulator.Store.Delete(type, ns, name, new DeleteRequest("Background"));
            }
            catch (Http.ApiError)
            {
                // Already gone.
            }
        });
    }

    private void ScheduleFinalize(ResourceType type, JsonObject obj)
    {
        if (SimKnobs.ParseDuration(SimKnobs.Annotation(obj, SimKnobs.FinalizeAfter)) is not { } delay)
        {
            return;
        }

        var removable = ObjectStore.Finalizers(obj).Where(f => f is not ("foregroundDeletion" or "orphan" or "kubernetes")).ToList();
        if (removable.Count == 0)
        {
            return;
        }

        string key = "finalize/" + Json.Uid(obj);
        lock (_gate)
        {
            if (!_scheduled.TryAdd(key, key))
            {
                return;
            }
        }

        string ns = Json.Namespace(obj);
        string name = Json.Name(obj);
        After(delay, () => _emulator.Store.UpdateMain(type, ns, name, o =>
        {
            var kept = ObjectStore.Finalizers(o).Where(f => !removable.Contains(f)).ToList();
            if (kept.Count == 0)
            {
                Json.Meta(o).Remove("finalizers");
            }
            else
            {
                Json.Meta(o)["finalizers"] = new JsonArray([.. kept.Select(f => (JsonNode?)JsonValue.Create(f))]);
            }

            return true;
        }, "bosun-sim-finalizer"));
    }
}
