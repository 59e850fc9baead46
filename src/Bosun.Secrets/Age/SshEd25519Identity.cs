using System.Security.Cryptography;

namespace Bosun.Secrets.Age;

/// <summary>An <c>ssh-ed25519</c> private key used as an age identity.</summary>
public sealed class SshEd25519Identity : IAgeIdentity
{
    private readonly SshPublicKey _publicKey;
    private readonly byte[] _secret;
    private readonly byte[] _ourPublic;

    internal SshEd25519Identity(ReadOnlySpan<byte> seed, SshPublicKey publicKey)
    {
        _publicKey = publicKey;
        _secret = SHA512.HashData(seed)[..32];
        _ourPublic = AgePrimitives.X25519Base(_secret);
    }

    public SshPublicKey PublicKey => _publicKey;

    public IAgeRecipient Recipient => SshEd25519Recipient.Create(_publicKey);

    public byte[]? Unwrap(IReadOnlyList<AgeStanza> stanzas)
    {
        foreach (var stanza in stanzas)
        {
            if (stanza.Type != "ssh-ed25519")
            {
                continue;
            }

            if (stanza.Args.Count != 2)
            {
                throw Invalid("invalid ssh-ed25519 recipient block");
            }

            if (!AgeBase64.TryDecodeRaw(stanza.Args[1], out byte[] share))
            {
                throw Invalid("failed to parse ssh-ed25519 recipient: illegal base64 data");
            }

            if (share.Length != 32)
            {
                throw Invalid("invalid ssh-ed25519 recipient block");
            }

            if (stanza.Args[0] != _publicKey.Tag)
            {
                continue;
            }

            byte[] shared = AgePrimitives.X25519Shared(_secret, share)
                ?? throw Invalid("invalid X25519 recipient: bad input point: low order point");
            byte[] tweak = AgePrimitives.Hkdf([], _publicKey.Blob, SshEd25519Recipient.Label);
            shared = AgePrimitives.X25519Shared(tweak, shared) ?? new byte[32];
            byte[] wrapKey = AgePrimitives.Hkdf(shared, [.. share, .. _ourPublic], SshEd25519Recipient.Label);
            return AgePrimitives.AeadDecrypt(wrapKey, stanza.Body)
                ?? throw Invalid("failed to decrypt file key: chacha20poly1305: message authentication failed");
        }

        return null;
    }

    public override string ToString() => "SshEd25519Identity(" + _publicKey.Type + ")";

    private static AgeException Invalid(string message) => new(AgeErrorKind.Header, message);
}
