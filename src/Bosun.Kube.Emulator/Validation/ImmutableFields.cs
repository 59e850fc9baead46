using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;

namespace Bosun.Kube.Emulator.Validation;

/// <summary>
/// The immutable-field rules of the built-in kinds, with kube-apiserver's cause messages (pkg/apis/*/validation):
/// Deployment/ReplicaSet/DaemonSet/Job <c>spec.selector</c> and Job <c>spec.template</c>, <c>spec.completions</c>,
/// <c>spec.completionMode</c> (<c>field is immutable</c>); StatefulSet spec fields other than the updatable ones
/// (<c>spec: Forbidden: updates to statefulset spec …</c>); Service <c>spec.clusterIPs[0]</c> (<c>may not change
/// once set</c>); PVC spec except <c>resources.requests</c>/<c>volumeAttributesClassName</c>; ConfigMap and Secret
/// <c>data</c>/<c>binaryData</c>/<c>immutable</c> when <c>immutable: true</c> and Secret <c>type</c>; RoleBinding and
/// ClusterRoleBinding <c>roleRef</c> (<c>cannot change roleRef</c>).
/// </summary>
public static partial class ImmutableFields
{
    public const string Invalid = "FieldValueInvalid";
    public const string Forbidden = "FieldValueForbidden";

    private const string IsImmutable = "field is immutable";
    private const string ImmutableWhenSet = "field is immutable when `immutable` is set";

    /// <summary>The violations of an update from <paramref name="old"/> to <paramref name="updated"/>; empty when allowed.</summary>
    public static IReadOnlyList<FieldCause> Check(string group, string kind, JsonObject old, JsonObject updated)
    {
        var causes = new List<FieldCause>();
        switch ((group, kind))
        {
            case ("apps", "Deployment"):
            case ("apps", "ReplicaSet"):
            case ("apps", "DaemonSet"):
                Selector(old, updated, causes);
                break;
            case ("apps", "StatefulSet"):
                StatefulSet(old, updated, causes);
                break;
            case ("batch", "Job"):
                Job(old, updated, causes);
                break;
            case ("", "Service"):
                Service(old, updated, causes);
                break;
            case ("", "PersistentVolumeClaim"):
                PersistentVolumeClaim(old, updated, causes);
                break;
            case ("", "ConfigMap"):
                ImmutableData(old, updated, causes, "binaryData");
                break;
            case ("", "Secret"):
                // The server defaults an empty type to Opaque before validating.
                if ((Str(old, "type") ?? "Opaque") != (Str(updated, "type") ?? "Opaque"))
                {
                    causes.Add(InvalidCause("type", GoJson.Marshal(JsonValue.Create(Str(updated, "type") ?? "Opaque")), IsImmutable));
                }
                ImmutableData(old, updated, causes, null);
                break;
            case ("rbac.authorization.k8s.io", "RoleBinding"):
            case ("rbac.authorization.k8s.io", "ClusterRoleBinding"):
                if (!JsonValues.DeepEquals(RoleRef(old["roleRef"]), RoleRef(updated["roleRef"])))
                {
                    var r = RoleRef(updated["roleRef"]);
                    // The internal rbac.RoleRef has no json tags: Go prints its field names.
                    causes.Add(InvalidCause("roleRef", GoJson.Marshal(r), "cannot change roleRef"));
                }
                break;
        }
        return causes;
    }

    /// <summary>
    /// The Status message of a 422 for these causes: <c>Deployment.apps "web" is invalid: spec.selector: Invalid value: …</c>
    /// (several causes are joined as <c>[a, b]</c>, like apimachinery's <c>NewInvalid</c>).
    /// </summary>
    public static string Message(string group, string kind, string name, IReadOnlyList<FieldCause> causes)
    {
        var qualified = group.Length == 0 ? kind : kind + "." + group;
        var errors = causes.Select(c => c.Field + ": " + c.Message).ToList();
        var body = errors.Count == 1 ? errors[0] : "[" + string.Join(", ", errors) + "]";
        return $"{qualified} {JsonValues.GoQuote(name)} is invalid: {body}";
    }

    /// <summary>
    /// The 422 Status body (apimachinery <c>NewInvalid</c>): message as <see cref="Message"/>, details with name,
    /// group, kind (the Kind, not the resource) and causes <c>{"reason":"FieldValueInvalid","message":…,"field":…}</c>.
    /// </summary>
    public static JsonObject ToStatus(string group, string kind, string name, IReadOnlyList<FieldCause> causes)
    {
        var details = new JsonObject { ["name"] = name };
        if (group.Length > 0)
        {
            details["group"] = group;
        }
        details["kind"] = kind;
        details["causes"] = new JsonArray(causes.Select(c => (JsonNode)new JsonObject
        {
            ["reason"] = c.Reason,
            ["message"] = c.Message,
            ["field"] = c.Field,
        }).ToArray());
        return new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = Message(group, kind, name, causes),
            ["reason"] = "Invalid",
            ["details"] = details,
            ["code"] = 422,
        };
    }

    private static FieldCause InvalidCause(string field, string value, string detail) => new(Invalid, $"Invalid value: {value}: {detail}", field);

    private static FieldCause ForbiddenCause(string field, string detail) => new(Forbidden, "Forbidden: " + detail, field);

    private static JsonNode? At(JsonObject o, params string[] path)
    {
        JsonNode? n = o;
        foreach (var p in path)
        {
            n = (n as JsonObject)?[p];
        }
        return n;
    }

    private static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static JsonObject RoleRef(JsonNode? roleRef)
    {
        var r = roleRef as JsonObject;
        return new JsonObject
        {
            ["APIGroup"] = (r?["apiGroup"] as JsonValue)?.GetValue<string>() ?? "",
            ["Kind"] = (r?["kind"] as JsonValue)?.GetValue<string>() ?? "",
            ["Name"] = (r?["name"] as JsonValue)?.GetValue<string>() ?? "",
        };
    }

    private static void Selector(JsonObject old, JsonObject updated, List<FieldCause> causes)
    {
        var o = At(old, "spec", "selector");
        var n = At(updated, "spec", "selector");
        if (!JsonValues.DeepEquals(o, n))
        {
            causes.Add(InvalidCause("spec.selector", GoJson.LabelSelector(n), IsImmutable));
        }
    }

    private static void ImmutableData(JsonObject old, JsonObject updated, List<FieldCause> causes, string? binaryField)
    {
        if (old["immutable"] is not JsonValue iv || !iv.TryGetValue<bool>(out var wasImmutable) || !wasImmutable)
        {
            return;
        }
        if (updated["immutable"] is not JsonValue nv || !nv.TryGetValue<bool>(out var isImmutable) || !isImmutable)
        {
            causes.Add(ForbiddenCause("immutable", ImmutableWhenSet));
        }
        if (!JsonValues.DeepEquals(Empty(old["data"]), Empty(updated["data"])))
        {
            causes.Add(ForbiddenCause("data", ImmutableWhenSet));
        }
        if (binaryField is not null && !JsonValues.DeepEquals(Empty(old[binaryField]), Empty(updated[binaryField])))
        {
            causes.Add(ForbiddenCause(binaryField, ImmutableWhenSet));
        }
    }

    /// <summary>Go's DeepEqual of decoded maps treats a missing map and an empty one as different only when one is nil; data {} and no data decode alike after omitempty.</summary>
    private static JsonNode? Empty(JsonNode? n) => n is JsonObject { Count: 0 } ? null : n;
}
