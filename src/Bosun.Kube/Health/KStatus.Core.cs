using System.Globalization;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Health;

/// <summary>kstatus rules for Pod, PVC, Service, Job and CustomResourceDefinition.</summary>
public static partial class KStatus
{
    private static HealthResult Service(JsonObject obj)
    {
        if (Str(obj, "spec.type", "ClusterIP") == "LoadBalancer" && Str(obj, "spec.clusterIP", string.Empty).Length == 0)
        {
            return HealthResult.InProgress("NoIPAssigned", "ClusterIP not set. Service type: LoadBalancer");
        }

        return HealthResult.Current("Service is ready");
    }

    private static HealthResult Pvc(JsonObject obj)
    {
        string phase = Str(obj, "status.phase", "unknown");
        return phase != "Bound"
            ? HealthResult.InProgress("NotBound", $"PVC is not Bound. phase: {phase}")
            : HealthResult.Current("PVC is Bound");
    }

    private static HealthResult Pod(JsonObject obj, IReadOnlyList<Condition> conditions, TimeProvider time)
    {
        string phase = Str(obj, "status.phase", string.Empty);
        switch (phase)
        {
            case "Succeeded":
                return HealthResult.Current("Pod has completed successfully");
            case "Failed":
                return HealthResult.Current("Pod has completed, but not successfully");
            case "Running":
            {
                if (conditions.Any(c => c.Type == "Ready" && c.Status == "True"))
                {
                    return HealthResult.Current("Pod is Ready");
                }

                var crashLooping = new List<string>();
                if (obj["status"]?["containerStatuses"] is JsonArray statuses)
                {
                    foreach (var item in statuses)
                    {
                        if (item is JsonObject cs && KubeJson.GetString(cs, "name") is { } name
                            && KubeJson.GetString(cs, "state.waiting.reason") == "CrashLoopBackOff")
                        {
                            crashLooping.Add(name);
                        }
                    }
                }

                return crashLooping.Count > 0
                    ? HealthResult.Failed("ContainerCrashLooping", "Containers in CrashLoop state: " + string.Join(",", crashLooping))
                    : HealthResult.InProgress("PodRunningNotReady", "Pod is running but is not Ready");
            }

            case "Pending":
            {
                var unscheduled = conditions.FirstOrDefault(c => c.Type == "PodScheduled" && c.Status == "False");
                if (unscheduled is { Reason: "Unschedulable" })
                {
                    var created = DateTimeOffset.TryParse(
                        Str(obj, "metadata.creationTimestamp", string.Empty), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                        ? t
                        : DateTimeOffset.MinValue;
                    return time.GetUtcNow() - ScheduleWindow < created
                        ? HealthResult.InProgress("PodNotScheduled", "Pod has not been scheduled")
                        : HealthResult.Failed("PodUnschedulable", "Pod could not be scheduled");
                }

                return HealthResult.InProgress("PodPending", "Pod is in the Pending phase");
            }

            case "":
                return HealthResult.InProgress("PodNotObserved", "Pod phase not available");
            default:
                return new HealthResult(HealthStatus.Unknown, "unknown phase " + phase);
        }
    }

    private static HealthResult Job(JsonObject obj, IReadOnlyList<Condition> conditions)
    {
        long parallelism = Int(obj, "spec.parallelism", 1);
        long completions = Int(obj, "spec.completions", parallelism);
        long succeeded = Int(obj, "status.succeeded", 0);
        long active = Int(obj, "status.active", 0);
        long failed = Int(obj, "status.failed", 0);
        string startTime = Str(obj, "status.startTime", string.Empty);
        bool suspended = KubeJson.GetBool(obj, "spec.suspend") ?? false;
        foreach (var c in conditions)
        {
            switch (c.Type)
            {
                case "Complete" when c.Status == "True":
                    return HealthResult.Current($"Job Completed. succeeded: {succeeded}/{completions}");
                case "Failed" when c.Status == "True":
                    return HealthResult.Failed("JobFailed", $"Job Failed. failed: {failed}/{completions}");
                case "Suspended" when c.Status == "True" && suspended:
                    return HealthResult.Current("Job is suspended");
            }
        }

        if (startTime.Length == 0)
        {
            return HealthResult.InProgress("JobNotStarted", "Job not started");
        }

        return HealthResult.Current($"Job in progress. success:{succeeded}, active: {active}, failed: {failed}");
    }

    private static HealthResult Crd(IReadOnlyList<Condition> conditions)
    {
        foreach (var c in conditions)
        {
            if (c.Type == "NamesAccepted" && c.Status == "False")
            {
                return HealthResult.Failed(c.Reason, c.Message);
            }

            if (c.Type == "Established")
            {
                if (c.Status == "False" && c.Reason != "Installing")
                {
                    return HealthResult.Failed(c.Reason, c.Message);
                }

                if (c.Status == "True")
                {
                    return HealthResult.Current("CRD is established");
                }
            }
        }

        return HealthResult.InProgress("Installing", "Install in progress");
    }
}
