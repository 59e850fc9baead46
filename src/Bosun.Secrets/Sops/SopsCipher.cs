using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bosun.Core.Values;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Bosun.Secrets.Sops;

/// <summary>
/// sops' value cipher: AES-256-GCM with a 32-byte IV and the value's path as additional data, written as
/// <c>ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]</c>. Remembers the IV of every value it decrypts so that
/// re-encrypting an unchanged value at the same path gives the same ciphertext (sops' stash).
/// </summary>
public sealed partial class SopsCipher
{
    private const int IvSize = 32;
    private readonly Dictionary<(string Aad, string Kind, string Plain), byte[]> _stash = [];

    /// <summary>Encrypts a leaf; the empty string stays empty, as in sops.</summary>
    public string Encrypt(object plaintext, byte[] key, string additionalData)
    {
        if (IsEmpty(plaintext))
        {
            return string.Empty;
        }

        string type = SopsValues.TypeName(plaintext);
        byte[] plain = SopsValues.ToBytes(plaintext);
        var stashKey = (additionalData, StashKind(plaintext), Convert.ToBase64String(plain));
        if (!_stash.TryGetValue(stashKey, out byte[]? iv))
        {
            iv = RandomNumberGenerator.GetBytes(IvSize);
        }

        var gcm = new GcmBlockCipher(new AesEngine());
        gcm.Init(true, new AeadParameters(new KeyParameter(key), 128, iv, Encoding.UTF8.GetBytes(additionalData)));
        var output = new byte[gcm.GetOutputSize(plain.Length)];
        int n = gcm.ProcessBytes(plain, 0, plain.Length, output, 0);
        gcm.DoFinal(output, n);
        return "ENC[AES256_GCM,data:" + Convert.ToBase64String(output, 0, output.Length - 16)
            + ",iv:" + Convert.ToBase64String(iv)
            + ",tag:" + Convert.ToBase64String(output, output.Length - 16, 16)
            + ",type:" + type + "]";
    }

    /// <summary>True when the string has sops' encrypted-value shape.</summary>
    public static bool IsEncryptedValue(string value) => EncRegex().IsMatch(value);

    /// <summary>Decrypts a leaf; throws <see cref="SopsCryptoException"/> with sops' wording on failure.</summary>
    public object Decrypt(string ciphertext, byte[] key, string additionalData)
    {
        if (ciphertext.Length == 0)
        {
            return string.Empty;
        }

        var match = EncRegex().Match(ciphertext);
        if (!match.Success)
        {
            throw new SopsCryptoException("Input string does not match sops' data format");
        }

        byte[] data = Base64(match.Groups[1].Value, "data");
        byte[] iv = Base64(match.Groups[2].Value, "iv");
        byte[] tag = Base64(match.Groups[3].Value, "tag");
        string type = match.Groups[4].Value;
        if (iv.Length == 0)
        {
            throw new SopsCryptoException("Could not decrypt with AES_GCM: cipher: message authentication failed");
        }

        byte[] plain;
        try
        {
            var gcm = new GcmBlockCipher(new AesEngine());
            gcm.Init(false, new AeadParameters(new KeyParameter(key), tag.Length * 8, iv, Encoding.UTF8.GetBytes(additionalData)));
            byte[] input = [.. data, .. tag];
            var output = new byte[gcm.GetOutputSize(input.Length)];
            int n = gcm.ProcessBytes(input, 0, input.Length, output, 0);
            n += gcm.DoFinal(output, n);
            plain = output[..n];
        }
        catch (Exception e) when (e is InvalidCipherTextException or ArgumentException or DataLengthException)
        {
            throw new SopsCryptoException("Could not decrypt with AES_GCM: cipher: message authentication failed");
        }

        string text = Encoding.UTF8.GetString(plain);
        object value = type switch
        {
            "str" => IsValidUtf8(plain) ? text : plain,
            "int" => ParseInt(text),
            "float" => ParseFloat(text),
            "bytes" => plain,
            "bool" => ParseBool(text),
            "time" => SopsTimestamp.TryParse(text, out var t) ? t : throw new SopsCryptoException("parsing time: invalid time value"),
            "comment" => new SopsComment(text),
            _ => throw new SopsCryptoException("Unknown datatype: " + type),
        };
        _stash[(additionalData, StashKind(value), Convert.ToBase64String(SopsValues.ToBytes(value)))] = iv;
        return value;
    }

    private static bool IsValidUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static string StashKind(object value) => value switch
    {
        SopsComment c => c.Inline ? "comment-inline" : "comment",
        _ => SopsValues.TypeName(value),
    };

    private static bool IsEmpty(object value) => value switch
    {
        string s => s.Length == 0,
        byte[] b => b.Length == 0,
        SopsComment c => c.Value.Length == 0,
        _ => false,
    };

    private static long ParseInt(string text) =>
        GoStrconv.Atoi(text, out long value) is null ? value : throw new SopsCryptoException($"strconv.Atoi: parsing {GoStrconv.Quote(text)}: invalid syntax");

    private static double ParseFloat(string text) =>
        GoStrconv.ParseFloat(text, 64, out double value) is null ? value : throw new SopsCryptoException($"strconv.ParseFloat: parsing {GoStrconv.Quote(text)}: invalid syntax");

    private static bool ParseBool(string text) =>
        GoStrconv.ParseBool(text, out bool value) is null ? value : throw new SopsCryptoException($"strconv.ParseBool: parsing {GoStrconv.Quote(text)}: invalid syntax");

    private static byte[] Base64(string text, string what)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new SopsCryptoException($"Error base64-decoding {what}: illegal base64 data");
        }
    }

    [GeneratedRegex(@"^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex EncRegex();

    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
