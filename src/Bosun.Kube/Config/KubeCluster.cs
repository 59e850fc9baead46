using Bosun.Core.Text;

namespace Bosun.Kube.Config;

/// <summary>A <c>clusters[]</c> entry of a kubeconfig; file paths are already absolute (resolved against <see cref="Origin"/>).</summary>
public sealed record KubeCluster(string Name)
{
    public string? Server { get; init; }

    public string? CertificateAuthority { get; init; }

    public byte[]? CertificateAuthorityData { get; init; }

    public bool InsecureSkipTlsVerify { get; init; }

    public string? TlsServerName { get; init; }

    public string? ProxyUrl { get; init; }

    /// <summary>The kubeconfig file the entry came from.</summary>
    public string Origin { get; init; } = string.Empty;

    /// <summary>Where the entry is written, for diagnostics.</summary>
    public SourceLocation? Location { get; init; }
}
