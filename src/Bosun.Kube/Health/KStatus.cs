using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bosun.Kube.Health;

/// <summary>
/// Computes an object's health exactly as kstatus <c>status.Compute</c> does: generic properties first
/// (deletionTimestamp, observedGeneration, Reconciling/Stalled conditions), then the built-in kind's rules, then the
/// <c>Ready</c> condition, else Current. Messages and reasons are kstatus's own.
/// </summary>
public static partial class KStatus
{
    /// <summary>How long a Pod may stay unschedulable before it counts as Failed.</summary>
    public static readonly TimeSpan ScheduleWindow = TimeSpan.FromSeconds(15);

    /// <summary>The verdict for <paramref name="obj"/>; <paramref name="time"/> is used for the Pod schedule window.</summary>
    public static HealthResult Compute(JsonObject obj, TimeProvider? time = null)
    {
        if (CheckDeletionAndGeneration(obj) is { } early)
        {
            return early;
        }

        // kstatus reads the conditions only after the deletion and generation checks; malformed ones make it fail.
        if (!TryReadConditions(obj, out var conditions, out string? error))
        {
            return new HealthResult(HealthStatus.Unknown, error ?? string.Empty);
        }

        if (CheckConditions(conditions) is { } generic)
        {
            return generic;
        }

        string kind = KubeJson.GetString(obj, "kind") ?? string.Empty;
        string group = KubeJson.SplitApiVersion(KubeJson.GetString(obj, "apiVersion") ?? string.Empty).Group;
        var result = (group, kind) switch
        {
            ("", "Service") => Service(obj),
            ("", "Pod") => Pod(obj, conditions, time ?? TimeProvider.System),
            ("", "Secret") or ("", "ConfigMap") or ("batch", "CronJob") => AlwaysReady(),
            ("", "PersistentVolumeClaim") => Pvc(obj),
            ("apps", "StatefulSet") => StatefulSet(obj),
            ("apps", "DaemonSet") or ("extensions", "DaemonSet") => DaemonSet(obj),
            ("apps", "Deployment") or ("extensions", "Deployment") => Deployment(obj, conditions),
            ("apps", "ReplicaSet") or ("extensions", "ReplicaSet") => ReplicaSet(obj, conditions),
            ("policy", "PodDisruptionBudget") => HealthResult.Current("AllowedDisruptions has been computed."),
            ("batch", "Job") => Job(obj, conditions),
            ("apiextensions.k8s.io", "CustomResourceDefinition") => Crd(conditions),
            _ => null,
        };
        if (result is not null)
        {
            return result;
        }

        foreach (var c in conditions)
        {
            if (c.Type != "Ready")
            {
                continue;
            }

            switch (c.Status)
            {
                case "True":
                    return HealthResult.Current("Resource is Ready");
                case "False":
                case "Unknown":
                    return HealthResult.InProgress(c.Reason, c.Message);
            }
        }

        return HealthResult.Current("Resource is current");
    }

    private static HealthResult? CheckDeletionAndGeneration(JsonObject obj)
    {
        if (KubeJson.GetString(obj, "metadata.deletionTimestamp") is { Length: > 0 })
        {
            return new HealthResult(HealthStatus.Terminating, "Resource scheduled for deletion");
        }

        if (KubeJson.GetInt(obj, "metadata.generation") is { } generation
            && KubeJson.GetInt(obj, "status.observedGeneration") is { } observed
            && observed != generation)
        {
            string kind = KubeJson.GetString(obj, "kind") ?? string.Empty;
            return HealthResult.InProgress("LatestGenerationNotObserved", $"{kind} generation is {generation}, but latest observed generation is {observed}");
        }

        return null;
    }

    private static HealthResult? CheckConditions(IReadOnlyList<Condition> conditions)
    {
        foreach (var c in conditions)
        {
            if (c.Type == "Reconciling" && c.Status == "True")
            {
                return HealthResult.InProgress(c.Reason, c.Message);
            }

            if (c.Type == "Stalled" && c.Status == "True")
            {
                return HealthResult.Failed(c.Reason, c.Message);
            }
        }

        return null;
    }

    private static HealthResult AlwaysReady() => HealthResult.Current("Resource is always ready");

    private static long Int(JsonObject obj, string path, long fallback) => KubeJson.GetInt(obj, path) ?? fallback;

    private static string Str(JsonObject obj, string path, string fallback) => KubeJson.GetString(obj, path) ?? fallback;

    private static bool TryReadConditions(JsonObject obj, out IReadOnlyList<Condition> conditions, out string? error)
    {
        conditions = [];
        error = null;
        var status = obj["status"];
        if (status is null)
        {
            return true;
        }

        if (status is not JsonObject statusObject)
        {
            error = "status is not an object";
            return false;
        }

        var raw = statusObject["conditions"];
        if (raw is null)
        {
            return true;
        }

        if (raw is not JsonArray array)
        {
            error = "status.conditions is not a list";
            return false;
        }

        var list = new List<Condition>();
        foreach (var item in array)
        {
            if (item is null)
            {
                continue;
            }

            if (item is not JsonObject c || !IsStringOrAbsent(c, "type") || !IsStringOrAbsent(c, "status")
                || !IsStringOrAbsent(c, "reason") || !IsStringOrAbsent(c, "message"))
            {
                error = "status.conditions has an entry that is not a condition";
                return false;
            }

            list.Add(new Condition(
                KubeJson.GetString(c, "type") ?? string.Empty,
                KubeJson.GetString(c, "status") ?? string.Empty,
                KubeJson.GetString(c, "reason") ?? string.Empty,
                KubeJson.GetString(c, "message") ?? string.Empty));
        }

        conditions = list;
        return true;
    }

    private static bool IsStringOrAbsent(JsonObject obj, string name) =>
        obj[name] is null || obj[name]?.GetValueKind() == JsonValueKind.String;

    private sealed record Condition(string Type, string Status, string Reason, string Message);
}
