using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bosun.Core.Hashing;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig crypto: sha1sum, sha256sum, sha512sum, adler32sum, bcrypt, htpasswd, derivePassword,
/// encryptAES, decryptAES, genPrivateKey, genCA, genCAWithKey, genSelfSignedCert,
/// genSelfSignedCertWithKey, genSignedCert, genSignedCertWithKey, buildCustomCert, randBytes.
/// </summary>
internal static partial class SprigCryptoFunctions
{
    private static readonly GoSignature s_string = GoSignature.Of(GoType.String);
    private static readonly GoSignature s_twoStrings = GoSignature.Of(GoType.String, GoType.String);

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("sha1sum", s_string, args => Convert.ToHexStringLower(SHA1.HashData(Utf8((string)args[0]!))));
        table.Add("sha256sum", s_string, args => Convert.ToHexStringLower(Sha256.HashData(Utf8((string)args[0]!))));
        table.Add("sha512sum", s_string, args => Convert.ToHexStringLower(SHA512.HashData(Utf8((string)args[0]!))));
        table.Add("adler32sum", s_string, args => Adler32(Utf8((string)args[0]!)).ToString(CultureInfo.InvariantCulture));
        table.Add("randBytes", GoSignature.Of(GoType.Int), (ctx, args) => RandBytes(ctx, (long)args[0]!));
        table.Add("bcrypt", s_string, (ctx, args) => SprigCryptoBcrypt.Hash(ctx, (string)args[0]!));
        table.Add("htpasswd", s_twoStrings, (ctx, args) => Htpasswd(ctx, (string)args[0]!, (string)args[1]!));
        table.Add(
            "derivePassword",
            GoSignature.Of(GoType.Uint32, GoType.String, GoType.String, GoType.String, GoType.String),
            args => SprigCryptoMasterPassword.Derive(
                GoValue.TryGetInteger(args[0], out long counter) ? unchecked((uint)counter) : 0, (string)args[1]!, (string)args[2]!, (string)args[3]!, (string)args[4]!));
        table.Add("encryptAES", s_twoStrings, (ctx, args) => SprigCryptoAes.Encrypt(ctx, (string)args[0]!, (string)args[1]!));
        table.Add("decryptAES", s_twoStrings, args => SprigCryptoAes.Decrypt((string)args[0]!, (string)args[1]!));
        RegisterCertificates(table);
    }

    internal static byte[] Utf8(string value) => GoString.ToUtf8(value);

    /// <summary>hash/adler32 checksum.</summary>
    public static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint mod = 65521;
        uint a = 1, b = 0;
        foreach (byte value in data)
        {
            a = (a + value) % mod;
            b = (b + a) % mod;
        }

        return b << 16 | a;
    }

    /// <summary>randBytes: count bytes from crypto/rand, base64 (standard, padded).</summary>
    public static string RandBytes(FunctionContext context, long count)
    {
        if (count < 0 || count > Array.MaxLength)
        {
            throw new GoFailure("runtime error: makeslice: len out of range");
        }

        var buffer = new byte[count];
        SprigRandomSource.Fill(context, buffer);
        return Convert.ToBase64String(buffer);
    }

    /// <summary>htpasswd: <c>user:$2a$10$...</c>, or "invalid username: NAME" when the name contains a colon.</summary>
    public static string Htpasswd(FunctionContext context, string username, string password) =>
        username.Contains(':', StringComparison.Ordinal)
            ? "invalid username: " + username
            : username + ":" + SprigCryptoBcrypt.Hash(context, password);
}
