namespace Bosun.Engine.Charts;

/// <summary>helm's <c>InstallOrder</c>: the kinds installed first come first; unknown kinds go last, by name.</summary>
public static class KindOrder
{
    /// <summary>The kinds in helm's install order (pkg/release/v1/util/kind_sorter.go).</summary>
    public static readonly IReadOnlyList<string> Install =
    [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
        "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
        "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole", "ClusterRoleList",
        "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList",
        "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
        "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
    ];

    // Plain dictionaries filled by a loop: a frozen dictionary built through LINQ cost ~5 ms of a cold start
    // (generic instantiations JIT-compiled at run time) for 38 keys.
    private static readonly Dictionary<string, int> s_rank = Ranks(includeWebhooks: true);

    /// <summary>helm v3.17's InstallOrder ends at APIService (webhook configurations are unknown kinds there).</summary>
    private static readonly Dictionary<string, int> s_rank3 = Ranks(includeWebhooks: false);

    private static Dictionary<string, int> Ranks(bool includeWebhooks)
    {
        var ranks = new Dictionary<string, int>(Install.Count, StringComparer.Ordinal);
        for (int i = 0; i < Install.Count; i++)
        {
            string kind = Install[i];
            if (includeWebhooks || kind is not ("MutatingWebhookConfiguration" or "ValidatingWebhookConfiguration"))
            {
                ranks[kind] = i;
            }
        }

        return ranks;
    }

    /// <summary>helm's lessByKind as a comparison (use with a stable sort).</summary>
    public static int Compare(string kindA, string kindB) => Compare(kindA, kindB, 4);

    /// <summary>lessByKind with the install order of the given helm major version.</summary>
    public static int Compare(string kindA, string kindB, int helmMajor)
    {
        var rank = helmMajor < 4 ? s_rank3 : s_rank;
        bool knownA = rank.TryGetValue(kindA, out int rankA);
        bool knownB = rank.TryGetValue(kindB, out int rankB);
        if (!knownA && !knownB)
        {
            return string.CompareOrdinal(kindA, kindB);
        }

        if (!knownA)
        {
            return 1;
        }

        if (!knownB)
        {
            return -1;
        }

        return rankA.CompareTo(rankB);
    }
}
