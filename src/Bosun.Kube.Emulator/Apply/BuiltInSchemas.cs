using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// Hand-written merge schemas of the built-in kinds a home-lab uses, from the <c>+listType</c>, <c>+listMapKey</c>,
/// <c>+mapType</c> and <c>+structType</c> markers of k8s.io/api. Fields not listed are struct-like deduced
/// (granular objects, atomic lists), which gives the real server's result for every field without a marker.
/// </summary>
internal static partial class BuiltInSchemas
{
    private static readonly Dictionary<(string Group, string Kind), Func<MergeSchema>> s_kinds = new()
    {
        [("", "Pod")] = () => Kind(Pod.Spec, Status(conditions: true, ("podIPs", Keyed(S(), "ip")), ("hostIPs", Keyed(S(), "ip")))),
        [("", "PodTemplate")] = () => S(("metadata", ObjectMeta), ("template", PodTemplate)),
        [("", "ReplicationController")] = () => Kind(S(("selector", AtomicMap), ("template", PodTemplate)), Status(conditions: true)),
        [("", "Service")] = () => Kind(
            S(("ports", Keyed(S(), ["port", "protocol"], Tcp)), ("selector", AtomicMap)),
            Status(conditions: true)),
        [("", "ConfigMap")] = () => S(("metadata", ObjectMeta), ("data", StringMap), ("binaryData", StringMap)),
        [("", "Secret")] = () => S(("metadata", ObjectMeta), ("data", StringMap), ("stringData", StringMap)),
        [("", "ServiceAccount")] = () => S(("metadata", ObjectMeta), ("secrets", Keyed(AtomicStruct, "name")), ("imagePullSecrets", ListSchema.AtomicOf(AtomicStruct))),
        [("", "Namespace")] = () => Kind(S(), Status(conditions: true)),
        [("", "PersistentVolumeClaim")] = () => Kind(S(("selector", AtomicStruct), ("dataSource", AtomicStruct)), Status(conditions: true)),
        [("", "PersistentVolume")] = () => Kind(S(("claimRef", S()), ("nodeAffinity", S(("required", AtomicStruct)))), Status(conditions: false)),
        [("", "Endpoints")] = () => S(("metadata", ObjectMeta)),
        [("", "Node")] = () => Kind(S(("podCIDRs", Set)), Status(conditions: true, ("addresses", Keyed(S(), "type")))),
        [("", "LimitRange")] = () => S(("metadata", ObjectMeta)),
        [("", "ResourceQuota")] = () => Kind(S(), Status(conditions: false)),

        [("apps", "Deployment")] = () => Workload(),
        [("apps", "StatefulSet")] = () => Workload(),
        [("apps", "DaemonSet")] = () => Workload(),
        [("apps", "ReplicaSet")] = () => Workload(),
        [("apps", "ControllerRevision")] = () => S(("metadata", ObjectMeta)),

        [("batch", "Job")] = () => Kind(JobSpec, Status(conditions: false, ("uncountedTerminatedPods", S(("succeeded", Set), ("failed", Set)))))
            ,
        [("batch", "CronJob")] = () => Kind(
            S(("jobTemplate", S(("metadata", ObjectMeta), ("spec", JobSpec)))),
            Status(conditions: false)),

        [("networking.k8s.io", "Ingress")] = () => Kind(S(), Status(conditions: false)),
        [("networking.k8s.io", "IngressClass")] = () => S(("metadata", ObjectMeta)),
        [("networking.k8s.io", "NetworkPolicy")] = () => Kind(S(("podSelector", AtomicStruct)), Status(conditions: false)),

        [("rbac.authorization.k8s.io", "Role")] = () => S(("metadata", ObjectMeta)),
        [("rbac.authorization.k8s.io", "ClusterRole")] = () => S(("metadata", ObjectMeta)),
        [("rbac.authorization.k8s.io", "RoleBinding")] = () => S(("metadata", ObjectMeta), ("roleRef", AtomicStruct)),
        [("rbac.authorization.k8s.io", "ClusterRoleBinding")] = () => S(("metadata", ObjectMeta), ("roleRef", AtomicStruct)),

        [("policy", "PodDisruptionBudget")] = () => Kind(S(("selector", AtomicStruct)), Status(conditions: true)),
        [("autoscaling", "HorizontalPodAutoscaler")] = () => Kind(S(("scaleTargetRef", S())), Status(conditions: true)),
        [("storage.k8s.io", "StorageClass")] = () => S(("metadata", ObjectMeta)),
        [("scheduling.k8s.io", "PriorityClass")] = () => S(("metadata", ObjectMeta)),
        [("coordination.k8s.io", "Lease")] = () => S(("metadata", ObjectMeta)),
        [("discovery.k8s.io", "EndpointSlice")] = () => S(("metadata", ObjectMeta)),
        [("apiextensions.k8s.io", "CustomResourceDefinition")] = () => Kind(S(), Status(conditions: true)),
        [("apiregistration.k8s.io", "APIService")] = () => Kind(S(), Status(conditions: true)),
    };

    private static readonly Dictionary<(string, string), MergeSchema> s_cache = [];

    public static bool IsKnown(string group, string kind) => s_kinds.ContainsKey((group, kind));

    public static MergeSchema For(string group, string kind)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue((group, kind), out var schema))
            {
                schema = s_kinds.TryGetValue((group, kind), out var make) ? make() : S(("metadata", ObjectMeta));
                s_cache[(group, kind)] = schema;
            }
            return schema;
        }
    }

    private static MergeSchema Workload() => Kind(
        S(("selector", AtomicStruct), ("template", PodTemplate), ("volumeClaimTemplates", ListSchema.AtomicOf(S()))),
        Status(conditions: true));

    private static MergeSchema JobSpec => S(("selector", AtomicStruct), ("template", PodTemplate));

    private static MergeSchema PodTemplate => S(("metadata", ObjectMeta), ("spec", Pod.Spec));

    /// <summary>A kind with metadata, spec and status.</summary>
    private static StructSchema Kind(MergeSchema spec, MergeSchema status) =>
        S(("metadata", ObjectMeta), ("spec", spec), ("status", status));

    private static StructSchema Status(bool conditions, params (string, MergeSchema)[] more)
    {
        var fields = new List<(string, MergeSchema)>(more);
        if (conditions)
        {
            fields.Add(("conditions", Keyed(S(), "type")));
        }
        return S([.. fields]);
    }

    /// <summary>metav1.ObjectMeta.</summary>
    internal static StructSchema ObjectMeta => S(
        ("labels", StringMap),
        ("annotations", StringMap),
        ("finalizers", Set),
        ("ownerReferences", Keyed(AtomicStruct, "uid")),
        ("managedFields", ListSchema.AtomicOf(S())));

    internal static StructSchema S(params (string Name, MergeSchema Schema)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => f.Schema), typed: true);

    internal static StructSchema AtomicStruct => new(new Dictionary<string, MergeSchema>(), atomic: true, typed: true);

    internal static MapSchema StringMap => new(ScalarSchema.Instance);

    internal static MapSchema AtomicMap => new(ScalarSchema.Instance, atomic: true);

    internal static ListSchema Set => new(ScalarSchema.Instance, ListType.Set);

    internal static ListSchema Keyed(MergeSchema element, params string[] keys) => new(element, ListType.Map, keys);

    internal static ListSchema Keyed(MergeSchema element, string[] keys, IReadOnlyDictionary<string, JsonNode?> defaults) =>
        new(element, ListType.Map, keys, defaults);

    internal static IReadOnlyDictionary<string, JsonNode?> Tcp => new Dictionary<string, JsonNode?> { ["protocol"] = "TCP" };
}
