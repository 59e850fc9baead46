using System.Text.Json.Nodes;

namespace Bosun.Kube.Health;

/// <summary>kstatus rules for Deployment, StatefulSet, DaemonSet and ReplicaSet.</summary>
public static partial class KStatus
{
    private static HealthResult Deployment(JsonObject obj, IReadOnlyList<Condition> conditions)
    {
        // Without progressDeadlineSeconds the controller never sets Progressing, so it counts as progressing.
        bool progressing = KubeJson.GetInt(obj, "spec.progressDeadlineSeconds") is null or int.MaxValue;
        bool available = false;
        foreach (var c in conditions)
        {
            if (c.Type == "Progressing")
            {
                if (c.Reason == "ProgressDeadlineExceeded")
                {
                    return HealthResult.Failed(c.Reason, "Progress deadline exceeded");
                }

                if (c.Status == "True" && c.Reason == "NewReplicaSetAvailable")
                {
                    progressing = true;
                }
            }
            else if (c.Type == "Available" && c.Status == "True")
            {
                available = true;
            }
        }

        long spec = Int(obj, "spec.replicas", 1);
        long replicas = Int(obj, "status.replicas", 0);
        long updated = Int(obj, "status.updatedReplicas", 0);
        long ready = Int(obj, "status.readyReplicas", 0);
        long availableReplicas = Int(obj, "status.availableReplicas", 0);
        if (spec > replicas)
        {
            return HealthResult.InProgress("LessReplicas", $"Replicas: {replicas}/{spec}");
        }

        if (spec > updated)
        {
            return HealthResult.InProgress("LessUpdated", $"Updated: {updated}/{spec}");
        }

        if (replicas > spec)
        {
            return HealthResult.InProgress("ExtraPods", $"Pending termination: {replicas - spec}");
        }

        if (updated > availableReplicas)
        {
            return HealthResult.InProgress("LessAvailable", $"Available: {availableReplicas}/{updated}");
        }

        if (spec > ready)
        {
            return HealthResult.InProgress("LessReady", $"Ready: {ready}/{spec}");
        }

        if (!progressing)
        {
            return HealthResult.InProgress("ReplicaSetNotAvailable", "ReplicaSet not Available");
        }

        if (!available)
        {
            return HealthResult.InProgress("DeploymentNotAvailable", "Deployment not Available");
        }

        return HealthResult.Current($"Deployment is available. Replicas: {replicas}");
    }

    private static HealthResult StatefulSet(JsonObject obj)
    {
        if (Str(obj, "spec.updateStrategy.type", string.Empty) == "OnDelete")
        {
            return HealthResult.Current("StatefulSet is using the ondelete update strategy");
        }

        long spec = Int(obj, "spec.replicas", 1);
        long ready = Int(obj, "status.readyReplicas", 0);
        long current = Int(obj, "status.currentReplicas", 0);
        long updated = Int(obj, "status.updatedReplicas", 0);
        long replicas = Int(obj, "status.replicas", 0);
        long partition = Int(obj, "spec.updateStrategy.rollingUpdate.partition", -1);
        if (spec > replicas)
        {
            return HealthResult.InProgress("LessReplicas", $"Replicas: {replicas}/{spec}");
        }

        if (spec > ready)
        {
            return HealthResult.InProgress("LessReady", $"Ready: {ready}/{spec}");
        }

        if (replicas > spec)
        {
            return HealthResult.InProgress("ExtraPods", $"Pending termination: {replicas - spec}");
        }

        if (partition != -1)
        {
            if (updated < spec - partition)
            {
                return HealthResult.InProgress("PartitionRollout", $"updated: {updated}/{spec - partition}");
            }

            return HealthResult.Current($"Partition rollout complete. updated: {updated}");
        }

        if (spec > current)
        {
            return HealthResult.InProgress("LessCurrent", $"current: {current}/{spec}");
        }

        if (Str(obj, "status.currentRevision", string.Empty) != Str(obj, "status.updateRevision", string.Empty))
        {
            return HealthResult.InProgress("RevisionMismatch", "Waiting for updated revision to match current");
        }

        return HealthResult.Current($"All replicas scheduled as expected. Replicas: {replicas}");
    }

    private static HealthResult DaemonSet(JsonObject obj)
    {
        string kind = Str(obj, "kind", string.Empty);
        if (KubeJson.GetInt(obj, "metadata.generation") is null)
        {
            return HealthResult.InProgress("NoGeneration", $"{kind} metadata.generation not found");
        }

        if (KubeJson.GetInt(obj, "status.observedGeneration") is null)
        {
            return HealthResult.InProgress("NoObservedGeneration", $"{kind} status.observedGeneration not found");
        }

        long desired = Int(obj, "status.desiredNumberScheduled", -1);
        long current = Int(obj, "status.currentNumberScheduled", 0);
        long updated = Int(obj, "status.updatedNumberScheduled", 0);
        long available = Int(obj, "status.numberAvailable", 0);
        long ready = Int(obj, "status.numberReady", 0);
        if (desired == -1)
        {
            return HealthResult.InProgress("NoDesiredNumber", "Missing .status.desiredNumberScheduled");
        }

        if (desired > current)
        {
            return HealthResult.InProgress("LessCurrent", $"Current: {current}/{desired}");
        }

        if (desired > updated)
        {
            return HealthResult.InProgress("LessUpdated", $"Updated: {updated}/{desired}");
        }

        if (desired > available)
        {
            return HealthResult.InProgress("LessAvailable", $"Available: {available}/{desired}");
        }

        if (desired > ready)
        {
            return HealthResult.InProgress("LessReady", $"Ready: {ready}/{desired}");
        }

        return HealthResult.Current($"All replicas scheduled as expected. Replicas: {desired}");
    }

    private static HealthResult ReplicaSet(JsonObject obj, IReadOnlyList<Condition> conditions)
    {
        if (conditions.Any(c => c.Type == "ReplicaFailure" && c.Status == "True"))
        {
            return HealthResult.InProgress("ReplicaFailure", "Replica Failure condition. Check Pods");
        }

        long spec = Int(obj, "spec.replicas", 1);
        long replicas = Int(obj, "status.replicas", 0);
        long ready = Int(obj, "status.readyReplicas", 0);
        long available = Int(obj, "status.availableReplicas", 0);
        long labelled = Int(obj, "status.fullyLabeledReplicas", 0);
        if (spec > labelled)
        {
            return HealthResult.InProgress("LessLabelled", $"Labelled: {labelled}/{spec}");
        }

        if (spec > available)
        {
            return HealthResult.InProgress("LessAvailable", $"Available: {available}/{spec}");
        }

        if (spec > ready)
        {
            return HealthResult.InProgress("LessReady", $"Ready: {ready}/{spec}");
        }

        if (replicas > spec)
        {
            return HealthResult.InProgress("ExtraPods", $"Pending termination: {replicas - spec}");
        }

        return HealthResult.Current($"ReplicaSet is available. Replicas: {replicas}");
    }
}
