using Bosun.Core.Text;

namespace Bosun.Kube.Config;

/// <summary>A <c>users[]</c> entry (client-go's AuthInfo). Secrets here never appear in messages.</summary>
public sealed record KubeUser(string Name)
{
    public string? ClientCertificate { get; init; }

    public byte[]? ClientCertificateData { get; init; }

    public string? ClientKey { get; init; }

    public byte[]? ClientKeyData { get; init; }

    public string? Token { get; init; }

    public string? TokenFile { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public ExecConfig? Exec { get; init; }

    /// <summary>The legacy <c>auth-provider</c> (gcp, azure, oidc) is set; Bosun does not support it.</summary>
    public string? AuthProvider { get; init; }

    public string Origin { get; init; } = string.Empty;

    public SourceLocation? Location { get; init; }
}
