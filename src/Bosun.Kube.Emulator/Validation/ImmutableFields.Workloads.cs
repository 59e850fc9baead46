using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;

namespace Bosun.Kube.Emulator.Validation;

public static partial class ImmutableFields
{
    private static readonly string[] s_statefulSetMutable =
        ["replicas", "ordinals", "template", "updateStrategy", "revisionHistoryLimit", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"];

    /// <summary>
    /// StatefulSet: any other spec field changing is one Forbidden cause on <c>spec</c>. A field absent from the
    /// update keeps its old value (the emulator does not default, a real server would have filled it in).
    /// </summary>
    private static void StatefulSet(JsonObject old, JsonObject updated, List<FieldCause> causes)
    {
        var o = At(old, "spec") as JsonObject ?? [];
        var n = At(updated, "spec") as JsonObject ?? [];
        foreach (var (key, value) in n)
        {
            if (s_statefulSetMutable.Contains(key))
            {
                continue;
            }
            if (!o.TryGetPropertyValue(key, out var before) || !JsonValues.DeepEquals(before, value))
            {
                causes.Add(ForbiddenCause("spec",
                    "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"));
                return;
            }
        }
    }

    private static void Job(JsonObject old, JsonObject updated, List<FieldCause> causes)
    {
        Selector(old, updated, causes);
        foreach (var field in new[] { "completions", "completionMode" })
        {
            var o = At(old, "spec", field);
            var n = At(updated, "spec", field);
            if (n is not null && !JsonValues.DeepEquals(o, n))
            {
                causes.Add(InvalidCause("spec." + field, GoJson.Marshal(n), IsImmutable));
            }
        }
        var oldTemplate = At(old, "spec", "template");
        var newTemplate = At(updated, "spec", "template");
        if (!JsonValues.DeepEquals(oldTemplate, newTemplate) && !SuspendedSchedulingChange(old, oldTemplate, newTemplate))
        {
            causes.Add(InvalidCause("spec.template", GoJson.Marshal(newTemplate), IsImmutable));
        }
    }

    /// <summary>
    /// A Job that is suspended and has never started may change the template's scheduling directives (labels,
    /// annotations, nodeSelector, tolerations, affinity, schedulingGates), as kube-apiserver allows.
    /// </summary>
    private static bool SuspendedSchedulingChange(JsonObject old, JsonNode? oldTemplate, JsonNode? newTemplate)
    {
        if (At(old, "spec", "suspend") is not JsonValue s || !s.TryGetValue<bool>(out var suspended) || !suspended || At(old, "status", "startTime") is not null)
        {
            return false;
        }
        static JsonNode? Strip(JsonNode? template)
        {
            if (template?.DeepClone() is not JsonObject t)
            {
                return template;
            }
            if (t["metadata"] is JsonObject m)
            {
                m.Remove("labels");
                m.Remove("annotations");
            }
            if (t["spec"] is JsonObject spec)
            {
                foreach (var f in new[] { "nodeSelector", "tolerations", "affinity", "schedulingGates" })
                {
                    spec.Remove(f);
                }
            }
            return t;
        }
        return JsonValues.DeepEquals(Strip(oldTemplate), Strip(newTemplate));
    }

    /// <summary>Service: once allocated, the cluster IP stays unless the type becomes ExternalName; an omitted IP is kept by the server.</summary>
    private static void Service(JsonObject old, JsonObject updated, List<FieldCause> causes)
    {
        var oldIp = (At(old, "spec", "clusterIP") as JsonValue)?.GetValue<string>() ?? "";
        if (oldIp.Length == 0 || (At(updated, "spec", "type") as JsonValue)?.GetValue<string>() == "ExternalName")
        {
            return;
        }
        var newIps = At(updated, "spec", "clusterIPs") as JsonArray;
        var newIp = newIps is { Count: > 0 } && newIps[0] is JsonValue first ? first.GetValue<string>() : (At(updated, "spec", "clusterIP") as JsonValue)?.GetValue<string>() ?? "";
        if (newIp.Length == 0 || newIp == oldIp)
        {
            return;
        }
        var shown = newIps is { Count: > 0 } ? newIps : new JsonArray(JsonValue.Create(newIp));
        causes.Add(InvalidCause("spec.clusterIPs[0]", GoJson.Marshal(shown), "may not change once set"));
    }

    /// <summary>
    /// PVC: the spec may not change except <c>resources.requests</c> and <c>volumeAttributesClassName</c> (the real
    /// message is followed by a Go diff of the spec, which is not reproduced). Omitted fields keep their old value.
    /// </summary>
    private static void PersistentVolumeClaim(JsonObject old, JsonObject updated, List<FieldCause> causes)
    {
        var o = At(old, "spec") as JsonObject ?? [];
        var n = At(updated, "spec") as JsonObject ?? [];
        foreach (var (key, newValue) in n)
        {
            if (key == "volumeAttributesClassName")
            {
                continue;
            }
            var value = newValue;
            var before = o[key];
            if (key == "resources")
            {
                value = Without(value, "requests");
                before = Without(before, "requests");
                if (value is JsonObject { Count: 0 })
                {
                    continue;
                }
            }
            if (!o.ContainsKey(key) || !JsonValues.DeepEquals(before, value))
            {
                causes.Add(ForbiddenCause("spec", "spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims"));
                return;
            }
        }
    }

    private static JsonNode? Without(JsonNode? node, string field)
    {
        if (node?.DeepClone() is JsonObject o)
        {
            o.Remove(field);
            return o;
        }
        return node;
    }
}
