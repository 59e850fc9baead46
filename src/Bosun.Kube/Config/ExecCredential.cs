namespace Bosun.Kube.Config;

/// <summary>What an exec plugin returned: a bearer token and/or a client certificate and key (PEM), and when it expires.</summary>
public sealed record ExecCredential(string? Token, byte[]? ClientCertificatePem, byte[]? ClientKeyPem, DateTimeOffset? Expiration)
{
    /// <summary>Never prints the token or key.</summary>
    public override string ToString() =>
        $"ExecCredential(token: {(Token is null ? "none" : "set")}, certificate: {(ClientCertificatePem is null ? "none" : "set")}, expires: {Expiration?.ToString("O") ?? "never"})";
}
