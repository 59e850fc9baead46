using System.Security.Cryptography;

namespace Bosun.Secrets.Age;

/// <summary>Encrypts and decrypts whole age files (binary or ASCII-armored).</summary>
public static class AgeFile
{
    /// <summary>Encrypts to every recipient; <paramref name="armor"/> gives the PEM-like text form.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, IReadOnlyList<IAgeRecipient> recipients, bool armor = false)
    {
        if (recipients.Count == 0)
        {
            throw new AgeException(AgeErrorKind.Usage, "no recipients specified");
        }

        if (recipients.Count > 1 && recipients.Any(r => r.MustBeAlone))
        {
            throw new AgeException(AgeErrorKind.Usage, "incompatible recipients: a passphrase recipient must be the only one");
        }

        byte[] fileKey = AgePrimitives.RandomBytes(AgePrimitives.FileKeySize);
        var stanzas = new List<AgeStanza>();
        foreach (var recipient in recipients)
        {
            stanzas.AddRange(recipient.Wrap(fileKey));
        }

        var header = new AgeHeader(stanzas, AgeHeader.ComputeMac(fileKey, stanzas));
        using var output = new MemoryStream();
        output.Write(header.Marshal());
        byte[] nonce = AgePrimitives.RandomBytes(16);
        output.Write(nonce);
        AgeStream.Encrypt(AgePrimitives.Hkdf(fileKey, nonce, "payload"), plaintext, output);
        CryptographicOperations.ZeroMemory(fileKey);
        byte[] binary = output.ToArray();
        return armor ? System.Text.Encoding.ASCII.GetBytes(AgeArmor.Encode(binary)) : binary;
    }

    /// <summary>Decrypts a binary or armored age file; the armor is detected after leading whitespace.</summary>
    public static byte[] Decrypt(ReadOnlySpan<byte> input, IReadOnlyList<IAgeIdentity> identities)
    {
        using var output = new MemoryStream();
        Decrypt(input, identities, output);
        return output.ToArray();
    }

    /// <summary>
    /// Decrypts into <paramref name="output"/>, chunk by chunk: when the payload fails part-way, the chunks
    /// authenticated before the failure have been written (as age releases them).
    /// </summary>
    public static void Decrypt(ReadOnlySpan<byte> input, IReadOnlyList<IAgeIdentity> identities, Stream output)
    {
        byte[]? dearmored = AgeArmor.LooksArmored(input) ? AgeArmor.Decode(input) : null;
        ReadOnlySpan<byte> data = dearmored ?? input;
        var (header, offset) = AgeHeader.Parse(data);
        byte[] fileKey = UnwrapFileKey(header, identities);
        var payload = data[offset..];
        if (payload.Length < 16)
        {
            throw new AgeException(AgeErrorKind.Header, "failed to read nonce: unexpected EOF");
        }

        AgeStream.Decrypt(AgePrimitives.Hkdf(fileKey, payload[..16], "payload"), payload[16..], output);
    }

    /// <summary>Finds the file key with the first identity that matches and checks the header MAC.</summary>
    public static byte[] UnwrapFileKey(AgeHeader header, IReadOnlyList<IAgeIdentity> identities)
    {
        if (identities.Count == 0)
        {
            throw new AgeException(AgeErrorKind.Usage, "no identities specified");
        }

        byte[]? fileKey = null;
        foreach (var identity in identities.OrderBy(i => i.IsNative ? 0 : 1))
        {
            fileKey = identity.Unwrap(header.Stanzas);
            if (fileKey is not null)
            {
                break;
            }
        }

        if (fileKey is null)
        {
            throw new AgeException(AgeErrorKind.NoMatch, "no identity matched any of the recipients");
        }

        if (!CryptographicOperations.FixedTimeEquals(AgeHeader.ComputeMac(fileKey, header.Stanzas), header.Mac))
        {
            throw new AgeException(AgeErrorKind.HeaderMac, "bad header MAC");
        }

        return fileKey;
    }
}
