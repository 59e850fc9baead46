namespace Bosun.Kube.Config;

/// <summary>
/// A loaded (and possibly merged) kubeconfig: named clusters, users and contexts and the current context.
/// <see cref="Merge"/> follows clientcmd: the first file that defines a name or the current-context wins; entries are
/// never merged field by field.
/// </summary>
public sealed class KubeConfig
{
    public Dictionary<string, KubeCluster> Clusters { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, KubeUser> Users { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, KubeContext> Contexts { get; } = new(StringComparer.Ordinal);

    public string? CurrentContext { get; set; }

    /// <summary>The files this configuration was read from, in precedence order.</summary>
    public List<string> Files { get; } = [];

    /// <summary>True when no file defined anything.</summary>
    public bool IsEmpty => Clusters.Count == 0 && Users.Count == 0 && Contexts.Count == 0 && string.IsNullOrEmpty(CurrentContext);

    /// <summary>Merges files in precedence order: earlier files win for every name and for current-context.</summary>
    public static KubeConfig Merge(IEnumerable<KubeConfig> inPrecedenceOrder)
    {
        var merged = new KubeConfig();
        foreach (var config in inPrecedenceOrder)
        {
            merged.Files.AddRange(config.Files);
            foreach (var (name, cluster) in config.Clusters)
            {
                merged.Clusters.TryAdd(name, cluster);
            }

            foreach (var (name, user) in config.Users)
            {
                merged.Users.TryAdd(name, user);
            }

            foreach (var (name, context) in config.Contexts)
            {
                merged.Contexts.TryAdd(name, context);
            }

            if (string.IsNullOrEmpty(merged.CurrentContext) && !string.IsNullOrEmpty(config.CurrentContext))
            {
                merged.CurrentContext = config.CurrentContext;
            }
        }

        return merged;
    }
}
