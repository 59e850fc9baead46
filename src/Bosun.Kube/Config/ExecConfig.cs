namespace Bosun.Kube.Config;

/// <summary>
/// An exec credential plugin (<c>users[].user.exec</c>): the command prints an ExecCredential
/// (client.authentication.k8s.io/v1 or v1beta1) with a token or a client certificate.
/// </summary>
public sealed record ExecConfig(string Command)
{
    public IReadOnlyList<string> Args { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Env { get; init; } = [];

    public string ApiVersion { get; init; } = string.Empty;

    public string? InstallHint { get; init; }

    public bool ProvideClusterInfo { get; init; }

    /// <summary><c>Never</c>, <c>IfAvailable</c> or <c>Always</c>; empty when not written.</summary>
    public string InteractiveMode { get; init; } = string.Empty;
}
