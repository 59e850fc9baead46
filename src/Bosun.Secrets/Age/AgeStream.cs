using System.Security.Cryptography;

namespace Bosun.Secrets.Age;

/// <summary>
/// age's payload: STREAM over ChaCha20-Poly1305 in 64 KiB chunks, nonce = 11-byte big-endian counter and a
/// last-chunk flag byte.
/// </summary>
internal static class AgeStream
{
    public const int ChunkSize = 64 * 1024;
    private const int Overhead = 16;
    private const int EncChunkSize = ChunkSize + Overhead;

    public static void Encrypt(byte[] key, ReadOnlySpan<byte> plaintext, Stream output)
    {
        using var aead = new ChaCha20Poly1305(key);
        var nonce = new byte[12];
        var buffer = new byte[EncChunkSize];
        int offset = 0;
        do
        {
            int n = Math.Min(ChunkSize, plaintext.Length - offset);
            bool last = offset + n >= plaintext.Length;
            if (last)
            {
                nonce[11] = 1;
            }

            aead.Encrypt(nonce, plaintext.Slice(offset, n), buffer.AsSpan(0, n), buffer.AsSpan(n, Overhead));
            output.Write(buffer, 0, n + Overhead);
            Increment(nonce);
            offset += n;
            if (last)
            {
                break;
            }
        }
        while (true);
    }

    /// <summary>Decrypts chunk by chunk, writing each authenticated chunk to <paramref name="output"/> before reading the next.</summary>
    public static void Decrypt(byte[] key, ReadOnlySpan<byte> payload, Stream output)
    {
        using var aead = new ChaCha20Poly1305(key);
        var nonce = new byte[12];
        var plain = new byte[ChunkSize];
        int pos = 0;
        bool first = true;
        while (true)
        {
            int n = Math.Min(EncChunkSize, payload.Length - pos);
            if (n == 0)
            {
                throw Fail("unexpected EOF");
            }

            var chunk = payload.Slice(pos, n);
            pos += n;
            bool last = false;
            if (n < EncChunkSize)
            {
                if (!first && n == Overhead)
                {
                    throw Fail("last chunk is empty, try age v1.0.0, and please consider reporting this");
                }

                last = true;
                nonce[11] = 1;
            }

            int length = n - Overhead;
            bool ok = length >= 0 && TryOpen(aead, nonce, chunk, plain);
            if (!ok && !last)
            {
                last = true;
                nonce[11] = 1;
                ok = TryOpen(aead, nonce, chunk, plain);
            }

            if (!ok)
            {
                throw Fail("failed to decrypt and authenticate payload chunk, file may be corrupted or tampered with");
            }

            output.Write(plain, 0, length);
            Increment(nonce);
            first = false;
            if (last)
            {
                if (pos < payload.Length)
                {
                    throw Fail("trailing data after end of encrypted file");
                }

                return;
            }
        }
    }

    private static bool TryOpen(ChaCha20Poly1305 aead, byte[] nonce, ReadOnlySpan<byte> chunk, byte[] plain)
    {
        if (chunk.Length < Overhead)
        {
            return false;
        }

        try
        {
            aead.Decrypt(nonce, chunk[..^Overhead], chunk[^Overhead..], plain.AsSpan(0, chunk.Length - Overhead));
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }

    private static void Increment(byte[] nonce)
    {
        for (int i = nonce.Length - 2; i >= 0; i--)
        {
            nonce[i]++;
            if (nonce[i] != 0)
            {
                return;
            }
        }
    }

    private static AgeException Fail(string message) => new(AgeErrorKind.Payload, message);
}
