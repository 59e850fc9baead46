namespace Bosun.Secrets.Sops;

/// <summary>The <c>sops</c> metadata of an encrypted file (sops.Metadata).</summary>
public sealed class SopsMetadata
{
    public DateTimeOffset LastModified { get; set; }

    /// <summary>The encrypted MAC (<c>ENC[…]</c>), empty when the file has none.</summary>
    public string Mac { get; set; } = string.Empty;

    public string Version { get; set; } = SopsFile.Version;

    public string UnencryptedSuffix { get; set; } = string.Empty;

    public string EncryptedSuffix { get; set; } = string.Empty;

    public string UnencryptedRegex { get; set; } = string.Empty;

    public string EncryptedRegex { get; set; } = string.Empty;

    public string UnencryptedCommentRegex { get; set; } = string.Empty;

    public string EncryptedCommentRegex { get; set; } = string.Empty;

    public bool MacOnlyEncrypted { get; set; }

    public int ShamirThreshold { get; set; }

    /// <summary>Key groups; one group means every key wraps the whole data key.</summary>
    public List<List<SopsMasterKey>> KeyGroups { get; } = [];

    /// <summary>The <c>lastmodified</c> string (Go RFC 3339, seconds, <c>Z</c>), also the MAC's additional data.</summary>
    public string LastModifiedText => SopsMetadataCodec.FormatTime(LastModified);

    /// <summary>The number of encryption rules set (sops allows at most one).</summary>
    internal int RuleCount =>
        new[] { UnencryptedSuffix, EncryptedSuffix, UnencryptedRegex, EncryptedRegex, UnencryptedCommentRegex, EncryptedCommentRegex }.Count(s => s.Length > 0);
}
