using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Bosun.Secrets.Age;

/// <summary>
/// Reads SSH private keys as age identities: OpenSSH's <c>openssh-key-v1</c> format (ed25519, rsa) and PEM
/// RSA keys (PKCS#1, PKCS#8). Passphrase-protected keys are refused with a clear error. Errors never contain
/// key bytes.
/// </summary>
public static class SshPrivateKey
{
    private const string OpenSshBegin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    private const string OpenSshEnd = "-----END OPENSSH PRIVATE KEY-----";

    /// <summary>Parses a private key file's text; throws <see cref="AgeException"/> (<see cref="AgeErrorKind.Key"/>).</summary>
    public static IAgeIdentity Parse(string pem)
    {
        string text = pem.Trim();
        if (text.StartsWith(OpenSshBegin, StringComparison.Ordinal))
        {
            return ParseOpenSsh(text);
        }

        if (text.Contains("ENCRYPTED", StringComparison.Ordinal))
        {
            throw Fail("the SSH private key is passphrase-protected, which bosun does not support");
        }

        if (text.StartsWith("-----BEGIN RSA PRIVATE KEY-----", StringComparison.Ordinal) || text.StartsWith("-----BEGIN PRIVATE KEY-----", StringComparison.Ordinal))
        {
            try
            {
                using var rsa = RSA.Create();
                rsa.ImportFromPem(text);
                var p = rsa.ExportParameters(includePrivateParameters: true);
                if (p.D is null || p.P is null || p.Q is null || p.Modulus is null || p.Exponent is null)
                {
                    throw Fail("ssh: the key has no private part");
                }

                return new SshRsaIdentity(Big(p.Modulus), Big(p.Exponent), Big(p.D), Big(p.P), Big(p.Q));
            }
            catch (CryptographicException)
            {
                throw Fail("ssh: cannot decode the PEM private key");
            }
            catch (ArgumentException)
            {
                throw Fail("ssh: cannot decode the PEM private key");
            }
        }

        throw Fail("ssh: no key found");
    }

    private static IAgeIdentity ParseOpenSsh(string text)
    {
        int end = text.IndexOf(OpenSshEnd, StringComparison.Ordinal);
        if (end < 0)
        {
            throw Fail("ssh: no key found");
        }

        string body = text[OpenSshBegin.Length..end];
        byte[] data;
        try
        {
            data = Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException)
        {
            throw Fail("ssh: invalid base64 in the private key");
        }

        byte[] magic = Encoding.ASCII.GetBytes("openssh-key-v1\0");
        if (!data.AsSpan().StartsWith(magic))
        {
            throw Fail("ssh: invalid openssh private key format");
        }

        var wire = new SshWire(data.AsSpan(magic.Length));
        if (!wire.TryReadText(out string cipher) || !wire.TryReadText(out string kdf) || !wire.TryReadString(out _)
            || !wire.TryReadUInt32(out uint count) || count != 1 || !wire.TryReadString(out var publicBlob)
            || !wire.TryReadString(out var privateSection))
        {
            throw Fail("ssh: malformed openssh private key");
        }

        if (cipher != "none" || kdf != "none")
        {
            throw Fail("the SSH private key is passphrase-protected, which bosun does not support");
        }

        var priv = new SshWire(privateSection);
        if (!priv.TryReadUInt32(out uint check1) || !priv.TryReadUInt32(out uint check2) || check1 != check2 || !priv.TryReadText(out string type))
        {
            throw Fail("ssh: malformed openssh private key");
        }

        switch (type)
        {
            case "ssh-ed25519":
            {
                if (!priv.TryReadString(out var pub) || pub.Length != 32 || !priv.TryReadString(out var secret) || secret.Length != 64)
                {
                    throw Fail("ssh: malformed ed25519 private key");
                }

                var publicKey = SshPublicKey.FromBlob(publicBlob.ToArray(), "ssh-ed25519 " + Convert.ToBase64String(publicBlob));
                return new SshEd25519Identity(secret[..32], publicKey);
            }

            case "ssh-rsa":
            {
                if (!priv.TryReadMpint(out var n) || !priv.TryReadMpint(out var e) || !priv.TryReadMpint(out var d)
                    || !priv.TryReadMpint(out _) || !priv.TryReadMpint(out var p) || !priv.TryReadMpint(out var q))
                {
                    throw Fail("ssh: malformed rsa private key");
                }

                return new SshRsaIdentity(n, e, d, p, q);
            }

            default:
                throw Fail($"unsupported SSH identity type: {AgeHeader.GoQuote(type)}");
        }
    }

    private static BigInteger Big(byte[] bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    private static AgeException Fail(string message) => new(AgeErrorKind.Key, message);
}
