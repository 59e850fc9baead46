using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// sprig derivePassword: the Master Password algorithm (scrypt N=32768 r=8 p=2 of the master password
/// with "com.lyndir.masterpassword" + len(user) + user as salt, then HMAC-SHA256 over seed + len(site) +
/// site + counter, choosing a template and characters from the seed bytes).
/// </summary>
internal static class SprigCryptoMasterPassword
{
    private const string Seed = "com.lyndir.masterpassword";

    private static readonly Dictionary<string, string[]> s_templates = new(StringComparer.Ordinal)
    {
        ["maximum"] = ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        ["long"] =
        [
            "CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
            "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
            "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
            "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
            "CvccCvcvCvccno",
        ],
        ["medium"] = ["CvcnoCvc", "CvcCvcno"],
        ["short"] = ["Cvcn"],
        ["basic"] = ["aaanaaan", "aannaaan", "aaannaaa"],
        ["pin"] = ["nnnn"],
    };

    private static readonly Dictionary<char, string> s_characters = new()
    {
        ['V'] = "AEIOU",
        ['C'] = "BCDFGHJKLMNPQRSTVWXYZ",
        ['v'] = "aeiou",
        ['c'] = "bcdfghjklmnpqrstvwxyz",
        ['A'] = "AEIOUBCDFGHJKLMNPQRSTVWXYZ",
        ['a'] = "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
        ['n'] = "0123456789",
        ['o'] = "@&%?,=[]_:-+*$#!'^~;()/.",
        ['x'] = "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()",
    };

    public static string Derive(uint counter, string passwordType, string password, string user, string site)
    {
        if (!s_templates.TryGetValue(passwordType, out var templates))
        {
            return "cannot find password template " + passwordType;
        }

        var userBytes = Encoding.UTF8.GetBytes(user);
        var siteBytes = Encoding.UTF8.GetBytes(site);
        var salt = Concat(Encoding.ASCII.GetBytes(Seed), BigEndian((uint)userBytes.Length), userBytes);
        var key = Org.BouncyCastle.Crypto.Generators.SCrypt.Generate(Encoding.UTF8.GetBytes(password), salt, 32768, 8, 2, 64);
        var message = Concat(Encoding.ASCII.GetBytes(Seed), BigEndian((uint)siteBytes.Length), siteBytes, BigEndian(counter));
        var seed = HMACSHA256.HashData(key, message);
        var template = templates[seed[0] % templates.Length];
        var result = new StringBuilder(template.Length);
        for (int i = 0; i < template.Length; i++)
        {
            var chars = s_characters[template[i]];
            result.Append(chars[seed[i + 1] % chars.Length]);
        }

        return result.ToString();
    }

    private static byte[] BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] Concat(params byte[][] parts)
    {
        var result = new byte[parts.Sum(p => p.Length)];
        int offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(result, offset);
            offset += part.Length;
        }

        return result;
    }
}
