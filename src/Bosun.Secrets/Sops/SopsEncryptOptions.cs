namespace Bosun.Secrets.Sops;

/// <summary>How to encrypt a new file: recipients and the one encryption rule sops allows.</summary>
public sealed record SopsEncryptOptions
{
    /// <summary>age recipients (<c>age1…</c>, <c>ssh-ed25519 …</c>, <c>ssh-rsa …</c>), one key group.</summary>
    public IReadOnlyList<string> AgeRecipients { get; init; } = [];

    public string UnencryptedSuffix { get; init; } = string.Empty;

    public string EncryptedSuffix { get; init; } = string.Empty;

    public string UnencryptedRegex { get; init; } = string.Empty;

    public string EncryptedRegex { get; init; } = string.Empty;

    public string UnencryptedCommentRegex { get; init; } = string.Empty;

    public string EncryptedCommentRegex { get; init; } = string.Empty;

    public bool MacOnlyEncrypted { get; init; }

    /// <summary>The time written as <c>lastmodified</c> (tests pin it).</summary>
    public DateTimeOffset? Now { get; init; }
}
