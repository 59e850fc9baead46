using Bosun.Kube.Diagnostics;

namespace Bosun.Kube.Config;

/// <summary>
/// The in-cluster configuration (client-go <c>rest.InClusterConfig</c>): server from <c>KUBERNETES_SERVICE_HOST</c>
/// and <c>KUBERNETES_SERVICE_PORT</c>, the service-account token (re-read as it rotates), its CA and namespace.
/// </summary>
public static class InClusterConfig
{
    /// <summary>Where Kubernetes mounts the service account in a pod.</summary>
    public const string DefaultRoot = "/var/run/secrets/kubernetes.io/serviceaccount";

    /// <summary>Builds the connection; <paramref name="root"/> replaces the service-account folder (tests).</summary>
    public static KubeConnection Load(Func<string, string?> getEnv, string root = DefaultRoot)
    {
        string? host = getEnv("KUBERNETES_SERVICE_HOST");
        string? port = getEnv("KUBERNETES_SERVICE_PORT");
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(port))
        {
            throw KubeErrors.NotInCluster.Create().ToException();
        }

        string tokenFile = Path.Combine(root, "token");
        try
        {
            _ = File.ReadAllText(tokenFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw KubeErrors.CredentialFileUnreadable.Create("tokenFile", tokenFile, "in-cluster", KubeConnectionResolver.ShortReason(e)).ToException();
        }

        // client-go logs and goes on without the CA when ca.crt is unreadable; the TLS handshake then reports it.
        string caFile = Path.Combine(root, "ca.crt");
        byte[]? ca = File.Exists(caFile) ? File.ReadAllBytes(caFile) : null;
        string ns = "default";
        string nsFile = Path.Combine(root, "namespace");
        if (File.Exists(nsFile) && File.ReadAllText(nsFile).Trim() is { Length: > 0 } written)
        {
            ns = written;
        }

        string authority = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]:{port}" : $"{host}:{port}";
        return new KubeConnection(new Uri("https://" + authority))
        {
            Namespace = ns,
            CaPem = ca,
            BearerTokenFile = tokenFile,
            Source = "in-cluster",
        };
    }
}
