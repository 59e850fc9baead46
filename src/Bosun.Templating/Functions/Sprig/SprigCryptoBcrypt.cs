using System.Text;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// golang.org/x/crypto/bcrypt GenerateFromPassword at DefaultCost (10): <c>$2a$10$</c> + 22 characters of
/// salt + 31 characters of hash in bcrypt's base64 alphabet. Passwords over 72 bytes fail as Go does.
/// </summary>
internal static class SprigCryptoBcrypt
{
    private const int Cost = 10;
    private const string Alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>sprig bcrypt: the hash, or sprig's "failed to encrypt string with bcrypt: ..." text.</summary>
    public static string Hash(FunctionContext context, string input)
    {
        var password = Encoding.UTF8.GetBytes(input);
        if (password.Length > 72)
        {
            return "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes";
        }

        var salt = new byte[16];
        SprigRandomSource.Fill(context, salt);
        return Hash(password, salt, Cost);
    }

    /// <summary>The modular-crypt text of bcrypt(password, salt, cost) as x/crypto writes it.</summary>
    public static string Hash(byte[] password, byte[] salt, int cost)
    {
        // Like C bcrypt, the key includes the trailing NUL; blowfish uses at most 72 key bytes.
        var key = new byte[Math.Min(password.Length + 1, 72)];
        Array.Copy(password, key, Math.Min(password.Length, key.Length));
        var raw = Org.BouncyCastle.Crypto.Generators.BCrypt.Generate(key, salt, cost);
        var sb = new StringBuilder(60);
        sb.Append("$2a$").Append(cost.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).Append('$');
        Encode(sb, salt);
        Encode(sb, raw.AsSpan(0, 23));
        return sb.ToString();
    }

    // Standard base64 bit order over bcrypt's alphabet, without padding.
    private static void Encode(StringBuilder sb, ReadOnlySpan<byte> data)
    {
        int i = 0;
        while (i + 3 <= data.Length)
        {
            int v = data[i] << 16 | data[i + 1] << 8 | data[i + 2];
            sb.Append(Alphabet[v >> 18 & 63]).Append(Alphabet[v >> 12 & 63]).Append(Alphabet[v >> 6 & 63]).Append(Alphabet[v & 63]);
            i += 3;
        }

        int rest = data.Length - i;
        if (rest == 1)
        {
            int v = data[i] << 16;
            sb.Append(Alphabet[v >> 18 & 63]).Append(Alphabet[v >> 12 & 63]);
        }
        else if (rest == 2)
        {
            int v = data[i] << 16 | data[i + 1] << 8;
            sb.Append(Alphabet[v >> 18 & 63]).Append(Alphabet[v >> 12 & 63]).Append(Alphabet[v >> 6 & 63]);
        }
    }
}
