namespace Bosun.Secrets.Age;

/// <summary>An <c>ssh-ed25519</c> recipient (age's agessh): X25519 on the Montgomery form of the key, with a tweak.</summary>
public sealed class SshEd25519Recipient : IAgeRecipient
{
    internal const string Label = "age-encryption.org/v1/ssh-ed25519";
    private readonly SshPublicKey _key;
    private readonly byte[] _montgomery;

    internal SshEd25519Recipient(SshPublicKey key, byte[] montgomery)
    {
        _key = key;
        _montgomery = montgomery;
    }

    public static SshEd25519Recipient Create(SshPublicKey key)
    {
        byte[] montgomery = Ed25519Montgomery.ToMontgomery(key.Ed25519Key)
            ?? throw new AgeException(AgeErrorKind.Key, $"malformed SSH recipient: {AgeHeader.GoQuote(key.Line)}: invalid Ed25519 public key: edwards25519: invalid point encoding");
        return new SshEd25519Recipient(key, montgomery);
    }

    public IReadOnlyList<AgeStanza> Wrap(byte[] fileKey)
    {
        byte[] ephemeral = AgePrimitives.RandomBytes(32);
        byte[] share = AgePrimitives.X25519Base(ephemeral);
        byte[] shared = AgePrimitives.X25519Shared(ephemeral, _montgomery)
            ?? throw new AgeException(AgeErrorKind.Key, "invalid X25519 recipient: low order point");
        byte[] tweak = AgePrimitives.Hkdf([], _key.Blob, Label);
        shared = AgePrimitives.X25519Shared(tweak, shared) ?? new byte[32];
        byte[] wrapKey = AgePrimitives.Hkdf(shared, [.. share, .. _montgomery], Label);
        return [new AgeStanza("ssh-ed25519", [_key.Tag, AgeBase64.EncodeRaw(share)], AgePrimitives.AeadEncrypt(wrapKey, fileKey))];
    }

    public override string ToString() => _key.Line;
}
