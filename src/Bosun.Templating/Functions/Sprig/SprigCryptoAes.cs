using System.Globalization;
using System.Security.Cryptography;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// sprig encryptAES/decryptAES: AES-256-CBC with the password's bytes zero-padded (or cut) to 32 bytes
/// as key, PKCS#7 padding, a random IV prepended to the ciphertext, standard base64. Decryption does
/// no padding validation and fails with the Go runtime panics sprig's code raises on short input.
/// </summary>
internal static class SprigCryptoAes
{
    private const int BlockSize = 16;

    public static string Encrypt(FunctionContext context, string password, string plaintext)
    {
        if (plaintext.Length == 0)
        {
            return string.Empty;
        }

        var content = GoString.ToUtf8(plaintext);
        int padding = BlockSize - content.Length % BlockSize;
        var padded = new byte[content.Length + padding];
        content.CopyTo(padded, 0);
        padded.AsSpan(content.Length).Fill((byte)padding);

        var iv = new byte[BlockSize];
        SprigRandomSource.Fill(context, iv);
        using var aes = CreateAes(password);
        var cipher = aes.EncryptCbc(padded, iv, PaddingMode.None);
        var output = new byte[BlockSize + cipher.Length];
        iv.CopyTo(output, 0);
        cipher.CopyTo(output, BlockSize);
        return Convert.ToBase64String(output);
    }

    public static string Decrypt(string password, string crypt64)
    {
        if (crypt64.Length == 0)
        {
            return string.Empty;
        }

        var encoded = GoString.ToUtf8(crypt64);
        var error = SprigEncodingBase64.TryDecode(encoded, out var crypt);
        if (error is not null)
        {
            throw new GoFailure(error);
        }

        // Go slices within the decode buffer's capacity (DecodedLen of the input), not its length.
        int capacity = encoded.Length / 4 * 3;
        if (crypt.Length < BlockSize)
        {
            throw new GoFailure(capacity < BlockSize
                ? string.Create(CultureInfo.InvariantCulture, $"runtime error: slice bounds out of range [:16] with capacity {capacity}")
                : string.Create(CultureInfo.InvariantCulture, $"runtime error: slice bounds out of range [16:{crypt.Length}]"));
        }

        var body = crypt.AsSpan(BlockSize);
        if (body.Length % BlockSize != 0)
        {
            throw new GoFailure("crypto/cipher: input not full blocks");
        }

        if (body.Length == 0)
        {
            throw new GoFailure("runtime error: index out of range [-1]");
        }

        using var aes = CreateAes(password);
        var decrypted = aes.DecryptCbc(body, crypt.AsSpan(0, BlockSize), PaddingMode.None);
        int end = decrypted.Length - decrypted[^1];
        if (end < 0)
        {
            throw new GoFailure(string.Create(CultureInfo.InvariantCulture, $"runtime error: slice bounds out of range [:{end}]"));
        }

        return GoString.FromUtf8(decrypted.AsSpan(0, end));
    }

    private static Aes CreateAes(string password)
    {
        var key = new byte[32];
        var bytes = GoString.ToUtf8(password);
        bytes.AsSpan(0, Math.Min(bytes.Length, key.Length)).CopyTo(key);
        var aes = Aes.Create();
        aes.Key = key;
        return aes;
    }
}
