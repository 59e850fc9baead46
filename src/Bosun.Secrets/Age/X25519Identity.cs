namespace Bosun.Secrets.Age;

/// <summary>An age X25519 secret key (<c>AGE-SECRET-KEY-1…</c>). <see cref="ToString"/> never shows the key.</summary>
public sealed class X25519Identity : IAgeIdentity
{
    private readonly byte[] _secretKey;
    private readonly byte[] _publicKey;

    private X25519Identity(byte[] secretKey)
    {
        _secretKey = secretKey;
        _publicKey = AgePrimitives.X25519Base(secretKey);
    }

    public bool IsNative => true;

    /// <summary>A fresh random identity.</summary>
    public static X25519Identity Generate() => new(AgePrimitives.RandomBytes(32));

    /// <summary>Parses <c>AGE-SECRET-KEY-1…</c>; the error never repeats the key.</summary>
    public static X25519Identity Parse(string s)
    {
        if (!Bech32.TryDecode(s, out string hrp, out byte[] data, out string error))
        {
            throw new AgeException(AgeErrorKind.Key, "malformed secret key: " + error);
        }

        if (hrp != "AGE-SECRET-KEY-")
        {
            throw new AgeException(AgeErrorKind.Key, $"malformed secret key: unknown type {AgeHeader.GoQuote(hrp)}");
        }

        if (data.Length != 32)
        {
            throw new AgeException(AgeErrorKind.Key, "malformed secret key: invalid X25519 secret key");
        }

        return new X25519Identity(data);
    }

    /// <summary>The matching public key.</summary>
    public X25519Recipient Recipient => new(_publicKey);

    /// <summary>The <c>AGE-SECRET-KEY-1…</c> encoding (secret: only for writing key files).</summary>
    public string Encode() => Bech32.Encode("AGE-SECRET-KEY-", _secretKey).ToUpperInvariant();

    public byte[]? Unwrap(IReadOnlyList<AgeStanza> stanzas)
    {
        foreach (var stanza in stanzas)
        {
            if (stanza.Type != "X25519")
            {
                continue;
            }

            if (stanza.Args.Count != 1)
            {
                throw Invalid("invalid X25519 recipient block");
            }

            if (!AgeBase64.TryDecodeRaw(stanza.Args[0], out byte[] share))
            {
                throw Invalid("failed to parse X25519 recipient: illegal base64 data");
            }

            if (share.Length != 32)
            {
                throw Invalid("invalid X25519 recipient block");
            }

            byte[] shared = AgePrimitives.X25519Shared(_secretKey, share)
                ?? throw Invalid("invalid X25519 recipient: bad input point: low order point");
            byte[] wrapKey = AgePrimitives.Hkdf(shared, [.. share, .. _publicKey], X25519Recipient.Label);
            if (stanza.Body.Length != AgePrimitives.FileKeySize + 16)
            {
                throw Invalid("invalid X25519 recipient block: incorrect file key size");
            }

            if (AgePrimitives.AeadDecrypt(wrapKey, stanza.Body) is { } fileKey)
            {
                return fileKey;
            }
        }

        return null;
    }

    public override string ToString() => "X25519Identity(" + Recipient + ")";

    private static AgeException Invalid(string message) => new(AgeErrorKind.Header, message);
}
