namespace Bosun.Secrets.Age;

/// <summary>An age X25519 public key (<c>age1…</c>).</summary>
public sealed class X25519Recipient : IAgeRecipient
{
    internal const string Label = "age-encryption.org/v1/X25519";
    private readonly byte[] _publicKey;

    internal X25519Recipient(byte[] publicKey)
    {
        _publicKey = publicKey;
    }

    /// <summary>Parses <c>age1…</c>; throws <see cref="AgeException"/> (<see cref="AgeErrorKind.Key"/>) with age's wording.</summary>
    public static X25519Recipient Parse(string s)
    {
        if (!Bech32.TryDecode(s, out string hrp, out byte[] data, out string error))
        {
            throw new AgeException(AgeErrorKind.Key, $"malformed recipient {AgeHeader.GoQuote(s)}: {error}");
        }

        if (hrp != "age")
        {
            throw new AgeException(AgeErrorKind.Key, $"malformed recipient {AgeHeader.GoQuote(s)}: invalid type {AgeHeader.GoQuote(hrp)}");
        }

        if (data.Length != 32)
        {
            throw new AgeException(AgeErrorKind.Key, $"malformed recipient {AgeHeader.GoQuote(s)}: invalid X25519 public key");
        }

        return new X25519Recipient(data);
    }

    public IReadOnlyList<AgeStanza> Wrap(byte[] fileKey)
    {
        byte[] ephemeral = AgePrimitives.RandomBytes(32);
        byte[] share = AgePrimitives.X25519Base(ephemeral);
        byte[] shared = AgePrimitives.X25519Shared(ephemeral, _publicKey)
            ?? throw new AgeException(AgeErrorKind.Key, "invalid X25519 recipient: low order point");
        byte[] wrapKey = AgePrimitives.Hkdf(shared, [.. share, .. _publicKey], Label);
        return [new AgeStanza("X25519", [AgeBase64.EncodeRaw(share)], AgePrimitives.AeadEncrypt(wrapKey, fileKey))];
    }

    /// <summary>The <c>age1…</c> string.</summary>
    public override string ToString() => Bech32.Encode("age", _publicKey);
}
