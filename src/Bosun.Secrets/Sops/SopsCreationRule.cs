namespace Bosun.Secrets.Sops;

/// <summary>One <c>creation_rules</c> entry of <c>.sops.yaml</c>.</summary>
public sealed record SopsCreationRule(
    string PathRegex,
    IReadOnlyList<string> AgeRecipients,
    string UnencryptedSuffix,
    string EncryptedSuffix,
    string UnencryptedRegex,
    string EncryptedRegex,
    bool MacOnlyEncrypted,
    bool HasKeyGroups);
