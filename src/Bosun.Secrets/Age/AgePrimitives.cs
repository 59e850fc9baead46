using System.Security.Cryptography;
using Org.BouncyCastle.Math.EC.Rfc7748;

namespace Bosun.Secrets.Age;

/// <summary>The cryptographic building blocks age uses: HKDF-SHA-256, ChaCha20-Poly1305 with a zero nonce, X25519.</summary>
internal static class AgePrimitives
{
    public const int FileKeySize = 16;

    public static byte[] Hkdf(ReadOnlySpan<byte> ikm, ReadOnlySpan<byte> salt, string info, int length = 32)
    {
        // RFC 5869 by hand: OpenSSL's HKDF refuses an empty input key, which ssh-ed25519's tweak uses.
        byte[] prk = HMACSHA256.HashData(salt.IsEmpty ? new byte[32] : salt, ikm);
        byte[] infoBytes = System.Text.Encoding.ASCII.GetBytes(info);
        var output = new byte[length];
        byte[] previous = [];
        for (int i = 0, counter = 1; i < length; counter++)
        {
            previous = HMACSHA256.HashData(prk, (byte[])[.. previous, .. infoBytes, (byte)counter]);
            int n = Math.Min(previous.Length, length - i);
            previous.AsSpan(0, n).CopyTo(output.AsSpan(i));
            i += n;
        }

        return output;
    }

    public static byte[] AeadEncrypt(byte[] key, ReadOnlySpan<byte> plaintext)
    {
        using var aead = new ChaCha20Poly1305(key);
        var result = new byte[plaintext.Length + 16];
        aead.Encrypt(new byte[12], plaintext, result.AsSpan(0, plaintext.Length), result.AsSpan(plaintext.Length));
        return result;
    }

    /// <summary>Opens a zero-nonce box; null when authentication fails.</summary>
    public static byte[]? AeadDecrypt(byte[] key, ReadOnlySpan<byte> ciphertext)
    {
        if (ciphertext.Length < 16)
        {
            return null;
        }

        using var aead = new ChaCha20Poly1305(key);
        var result = new byte[ciphertext.Length - 16];
        try
        {
            aead.Decrypt(new byte[12], ciphertext[..^16], ciphertext[^16..], result);
            return result;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    public static byte[] X25519Base(ReadOnlySpan<byte> scalar)
    {
        var result = new byte[32];
        X25519.ScalarMultBase(scalar.ToArray(), 0, result, 0);
        return result;
    }

    /// <summary>X25519(scalar, point); null for an all-zero result (a low-order point), as Go's curve25519.X25519 errors.</summary>
    public static byte[]? X25519Shared(ReadOnlySpan<byte> scalar, ReadOnlySpan<byte> point)
    {
        var result = new byte[32];
        X25519.ScalarMult(scalar.ToArray(), 0, point.ToArray(), 0, result, 0);
        foreach (byte b in result)
        {
            if (b != 0)
            {
                return result;
            }
        }

        return null;
    }

    public static byte[] RandomBytes(int count) => RandomNumberGenerator.GetBytes(count);
}
