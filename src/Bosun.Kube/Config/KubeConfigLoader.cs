using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Config;

/// <summary>
/// Finds and merges kubeconfig files like clientcmd's default loading rules: an explicit path (which must exist),
/// else every file of <c>KUBECONFIG</c> (path-list separated, duplicates dropped, missing files skipped), else
/// <c>~/.kube/config</c>. When no file defines anything, the in-cluster service account is used.
/// </summary>
public sealed class KubeConfigLoader
{
    private readonly Func<string, string?> _getEnv;

    public KubeConfigLoader(Func<string, string?>? getEnvironmentVariable = null)
    {
        _getEnv = getEnvironmentVariable ?? Environment.GetEnvironmentVariable;
    }

    /// <summary>The service-account folder for the in-cluster fallback (injectable for tests).</summary>
    public string ServiceAccountRoot { get; init; } = InClusterConfig.DefaultRoot;

    /// <summary>The files consulted, in precedence order.</summary>
    public IReadOnlyList<string> Precedence(string? explicitPath)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return [explicitPath];
        }

        if (_getEnv("KUBECONFIG") is { Length: > 0 } list)
        {
            return [.. list.Split(Path.PathSeparator).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
        }

        string home = _getEnv("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return [Path.Combine(home, ".kube", "config")];
    }

    /// <summary>Loads and merges the kubeconfig files (without the in-cluster fallback).</summary>
    public KubeConfig Load(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath) && !File.Exists(explicitPath))
        {
            throw KubeErrors.KubeconfigNotFound.Create(explicitPath).ToException();
        }

        var configs = new List<KubeConfig>();
        foreach (string file in Precedence(explicitPath))
        {
            if (File.Exists(file))
            {
                configs.Add(KubeConfigParser.LoadFile(file));
            }
        }

        return KubeConfig.Merge(configs);
    }

    /// <summary>
    /// Resolves the connection to use: the kubeconfig context chosen by <paramref name="overrides"/> or
    /// current-context, or the in-cluster service account when no kubeconfig defines anything.
    /// </summary>
    public KubeConnection Resolve(string? explicitPath = null, KubeConfigOverrides? overrides = null)
    {
        var config = Load(explicitPath);
        if (config.IsEmpty && string.IsNullOrEmpty(overrides?.Context))
        {
            if (_getEnv("KUBERNETES_SERVICE_HOST") is { Length: > 0 } && _getEnv("KUBERNETES_SERVICE_PORT") is { Length: > 0 })
            {
                var inCluster = InClusterConfig.Load(_getEnv, ServiceAccountRoot);
                return overrides?.Namespace is { Length: > 0 } ns ? inCluster with { Namespace = ns } : inCluster;
            }

            throw KubeErrors.NoConfiguration.Create(string.Join(", ", Precedence(explicitPath)))
                .WithHint("set KUBECONFIG or pass --kubeconfig; inside a cluster KUBERNETES_SERVICE_HOST/PORT must be set")
                .ToException();
        }

        return KubeConnectionResolver.Resolve(config, overrides);
    }
}
