namespace Bosun.Kube.Config;

/// <summary>
/// Everything needed to talk to one API server, resolved from a kubeconfig context or the in-cluster service
/// account (client-go's <c>rest.Config</c>). Certificates and keys are PEM bytes; file references are already read.
/// </summary>
public sealed record KubeConnection(Uri Server)
{
    /// <summary>The default namespace for namespaced objects without one (<c>default</c> unless the context says otherwise).</summary>
    public string Namespace { get; init; } = "default";

    public string? ContextName { get; init; }

    public string? ClusterName { get; init; }

    public string? AuthInfoName { get; init; }

    /// <summary>PEM bundle of trusted CA certificates; null means the system trust store.</summary>
    public byte[]? CaPem { get; init; }

    public bool InsecureSkipTlsVerify { get; init; }

    /// <summary>Server name to verify the certificate against (and send as SNI) instead of the URL host.</summary>
    public string? TlsServerName { get; init; }

    public Uri? ProxyUrl { get; init; }

    public byte[]? ClientCertificatePem { get; init; }

    public byte[]? ClientKeyPem { get; init; }

    /// <summary>A static bearer token.</summary>
    public string? BearerToken { get; init; }

    /// <summary>A file holding the bearer token, re-read periodically (service-account tokens rotate).</summary>
    public string? BearerTokenFile { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public ExecConfig? Exec { get; init; }

    /// <summary>The kubeconfig file(s) or <c>in-cluster</c>, for messages.</summary>
    public string Source { get; init; } = string.Empty;

    public override string ToString() => $"{Server} (context {ContextName ?? "-"}, from {Source})";
}
