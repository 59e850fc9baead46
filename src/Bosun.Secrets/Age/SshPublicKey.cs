using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Bosun.Secrets.Age;

/// <summary>An SSH public key as in <c>authorized_keys</c>: <c>ssh-ed25519 AAAA… comment</c> or <c>ssh-rsa AAAA…</c>.</summary>
public sealed class SshPublicKey
{
    private SshPublicKey(string type, byte[] blob, string line)
    {
        Type = type;
        Blob = blob;
        Line = line;
    }

    /// <summary><c>ssh-ed25519</c> or <c>ssh-rsa</c>.</summary>
    public string Type { get; }

    /// <summary>The wire encoding (what <c>ssh.PublicKey.Marshal</c> returns).</summary>
    public byte[] Blob { get; }

    /// <summary>The text it was parsed from.</summary>
    public string Line { get; }

    /// <summary>For ssh-ed25519: the 32-byte Edwards point.</summary>
    internal byte[] Ed25519Key { get; private init; } = [];

    /// <summary>For ssh-rsa: exponent and modulus.</summary>
    internal (BigInteger E, BigInteger N) Rsa { get; private init; }

    /// <summary>age's stanza tag: base64 of the first 4 bytes of SHA-256 of the wire encoding.</summary>
    internal string Tag => AgeBase64.EncodeRaw(SHA256.HashData(Blob).AsSpan(0, 4));

    /// <summary>Parses an <c>authorized_keys</c> line; throws <see cref="AgeException"/> (<see cref="AgeErrorKind.Key"/>).</summary>
    public static SshPublicKey Parse(string line)
    {
        string[] fields = line.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2 || !AgeBase64.TryDecodeStd(fields[1], out byte[] blob))
        {
            throw Malformed(line, "ssh: no key found");
        }

        var parsed = FromBlob(blob, line);
        if (parsed.Type != fields[0])
        {
            throw Malformed(line, "ssh: no key found");
        }

        return parsed;
    }

    internal static SshPublicKey FromBlob(byte[] blob, string line)
    {
        var wire = new SshWire(blob);
        if (!wire.TryReadText(out string type))
        {
            throw Malformed(line, "ssh: short read");
        }

        switch (type)
        {
            case "ssh-ed25519":
                if (!wire.TryReadString(out var key) || key.Length != 32 || !wire.IsEmpty)
                {
                    throw Malformed(line, "ssh: invalid ed25519 key");
                }

                return new SshPublicKey(type, blob, line) { Ed25519Key = key.ToArray() };
            case "ssh-rsa":
                if (!wire.TryReadMpint(out var e) || !wire.TryReadMpint(out var n) || !wire.IsEmpty || e.Sign <= 0 || n.Sign <= 0)
                {
                    throw Malformed(line, "ssh: invalid rsa key");
                }

                return new SshPublicKey(type, blob, line) { Rsa = (e, n) };
            default:
                throw new AgeException(AgeErrorKind.Key, $"unknown SSH recipient type: {AgeHeader.GoQuote(type)}");
        }
    }

    internal static byte[] Ed25519Blob(ReadOnlySpan<byte> key)
    {
        var output = new List<byte>();
        SshWire.WriteString(output, Encoding.ASCII.GetBytes("ssh-ed25519"));
        SshWire.WriteString(output, key);
        return [.. output];
    }

    internal static byte[] RsaBlob(BigInteger e, BigInteger n)
    {
        var output = new List<byte>();
        SshWire.WriteString(output, Encoding.ASCII.GetBytes("ssh-rsa"));
        SshWire.WriteMpint(output, e);
        SshWire.WriteMpint(output, n);
        return [.. output];
    }

    internal static SshPublicKey FromEd25519(byte[] key) =>
        new("ssh-ed25519", Ed25519Blob(key), "ssh-ed25519 " + Convert.ToBase64String(Ed25519Blob(key))) { Ed25519Key = key };

    internal static SshPublicKey FromRsa(BigInteger e, BigInteger n) =>
        new("ssh-rsa", RsaBlob(e, n), "ssh-rsa " + Convert.ToBase64String(RsaBlob(e, n))) { Rsa = (e, n) };

    public override string ToString() => Line;

    private static AgeException Malformed(string line, string reason) =>
        new(AgeErrorKind.Key, $"malformed SSH recipient: {AgeHeader.GoQuote(line)}: {reason}");
}
