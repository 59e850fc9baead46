namespace Bosun.Kube.Emulator.Registry;

/// <summary>The built-in kinds a home-lab cluster serves, in the order kube-apiserver lists its groups.</summary>
public static class BuiltInTypes
{
    private static readonly string[] s_all = ["all"];
    private static readonly string[] s_apiExtensions = ["api-extensions"];
    private static readonly string[] s_none = [];

    /// <summary>Every built-in type.</summary>
    public static IReadOnlyList<ResourceType> All { get; } = Create();

    private static ResourceType T(
        string group, string version, string kind, string plural, bool namespaced, string shortNames = "",
        string[]? categories = null, bool status = false, bool scale = false, bool generation = false) =>
        new(group, version, kind, plural, namespaced,
            shortNames.Length == 0 ? s_none : shortNames.Split(','),
            categories ?? s_none, status, scale, generation);

    private static List<ResourceType> Create() =>
    [
        T("", "v1", "ConfigMap", "configmaps", true, "cm"),
        T("", "v1", "Endpoints", "endpoints", true, "ep"),
        T("", "v1", "Event", "events", true, "ev"),
        T("", "v1", "LimitRange", "limitranges", true, "limits"),
        T("", "v1", "Namespace", "namespaces", false, "ns", status: true) with
        {
            Verbs = ["create", "delete", "get", "list", "patch", "update", "watch"],
        },
        T("", "v1", "Node", "nodes", false, "no", status: true),
        T("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", true, "pvc", status: true),
        T("", "v1", "PersistentVolume", "persistentvolumes", false, "pv", status: true),
        T("", "v1", "Pod", "pods", true, "po", s_all, status: true),
        T("", "v1", "PodTemplate", "podtemplates", true),
        T("", "v1", "ReplicationController", "replicationcontrollers", true, "rc", s_all, status: true, scale: true, generation: true),
        T("", "v1", "ResourceQuota", "resourcequotas", true, "quota", status: true),
        T("", "v1", "Secret", "secrets", true),
        T("", "v1", "ServiceAccount", "serviceaccounts", true, "sa"),
        T("", "v1", "Service", "services", true, "svc", s_all, status: true),
        T("apiregistration.k8s.io", "v1", "APIService", "apiservices", false, categories: s_apiExtensions, status: true),
        T("apps", "v1", "ControllerRevision", "controllerrevisions", true),
        T("apps", "v1", "DaemonSet", "daemonsets", true, "ds", s_all, status: true, generation: true),
        T("apps", "v1", "Deployment", "deployments", true, "deploy", s_all, status: true, scale: true, generation: true),
        T("apps", "v1", "ReplicaSet", "replicasets", true, "rs", s_all, status: true, scale: true, generation: true),
        T("apps", "v1", "StatefulSet", "statefulsets", true, "sts", s_all, status: true, scale: true, generation: true),
        T("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true, "hpa", s_all, status: true),
        T("batch", "v1", "CronJob", "cronjobs", true, "cj", s_all, status: true, generation: true),
        T("batch", "v1", "Job", "jobs", true, categories: s_all, status: true, generation: true),
        T("certificates.k8s.io", "v1", "CertificateSigningRequest", "certificatesigningrequests", false, "csr", status: true),
        T("networking.k8s.io", "v1", "IngressClass", "ingressclasses", false),
        T("networking.k8s.io", "v1", "Ingress", "ingresses", true, "ing", status: true, generation: true),
        T("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true, "netpol", generation: true),
        T("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", true, "pdb", status: true, generation: true),
        T("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", false),
        T("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", false),
        T("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true),
        T("rbac.authorization.k8s.io", "v1", "Role", "roles", true),
        T("storage.k8s.io", "v1", "CSIDriver", "csidrivers", false),
        T("storage.k8s.io", "v1", "CSINode", "csinodes", false),
        T("storage.k8s.io", "v1", "StorageClass", "storageclasses", false, "sc"),
        T("storage.k8s.io", "v1", "VolumeAttachment", "volumeattachments", false, status: true),
        T("admissionregistration.k8s.io", "v1", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations", false, categories: s_apiExtensions, generation: true),
        T("admissionregistration.k8s.io", "v1", "ValidatingAdmissionPolicy", "validatingadmissionpolicies", false, categories: s_apiExtensions, status: true, generation: true),
        T("admissionregistration.k8s.io", "v1", "ValidatingAdmissionPolicyBinding", "validatingadmissionpolicybindings", false, categories: s_apiExtensions, generation: true),
        T("admissionregistration.k8s.io", "v1", "ValidatingWebhookConfiguration", "validatingwebhookconfigurations", false, categories: s_apiExtensions, generation: true),
        T("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", false, "crd,crds", s_apiExtensions, status: true, generation: true),
        T("scheduling.k8s.io", "v1", "PriorityClass", "priorityclasses", false, "pc"),
        T("coordination.k8s.io", "v1", "Lease", "leases", true),
        T("node.k8s.io", "v1", "RuntimeClass", "runtimeclasses", false),
        T("discovery.k8s.io", "v1", "EndpointSlice", "endpointslices", true),
    ];
}
