namespace Bosun.Secrets.Sops;

/// <summary>An age master key: the recipient and the armored age file holding the (part of the) data key.</summary>
public sealed class SopsAgeKey : SopsMasterKey
{
    public SopsAgeKey(string recipient, string encryptedKey)
    {
        Recipient = recipient;
        EncryptedKey = encryptedKey;
    }

    public override string Kind => "age";

    /// <summary><c>age1…</c> or an SSH public key line.</summary>
    public string Recipient { get; }

    /// <summary>The armored age file (ends with a newline).</summary>
    public string EncryptedKey { get; set; }

    public override SopsBranch ToBranch() => [new SopsItem("enc", EncryptedKey), new SopsItem("recipient", Recipient)];
}
