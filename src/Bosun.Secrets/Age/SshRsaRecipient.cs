using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Encodings;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace Bosun.Secrets.Age;

/// <summary>An <c>ssh-rsa</c> recipient: RSA-OAEP-SHA-256 with the label <c>age-encryption.org/v1/ssh-rsa</c>.</summary>
public sealed class SshRsaRecipient : IAgeRecipient
{
    internal const string Label = "age-encryption.org/v1/ssh-rsa";
    private readonly SshPublicKey _key;

    private SshRsaRecipient(SshPublicKey key)
    {
        _key = key;
    }

    public static SshRsaRecipient Create(SshPublicKey key)
    {
        if (key.Rsa.N.GetByteCount(isUnsigned: true) < 2048 / 8)
        {
            throw new AgeException(AgeErrorKind.Key, $"malformed SSH recipient: {AgeHeader.GoQuote(key.Line)}: RSA key size is too small");
        }

        return new SshRsaRecipient(key);
    }

    public IReadOnlyList<AgeStanza> Wrap(byte[] fileKey)
    {
        var oaep = NewOaep();
        var parameters = new RsaKeyParameters(false, ToBc(_key.Rsa.N), ToBc(_key.Rsa.E));
        oaep.Init(true, new ParametersWithRandom(parameters, new SecureRandom()));
        byte[] body = oaep.ProcessBlock(fileKey, 0, fileKey.Length);
        return [new AgeStanza("ssh-rsa", [_key.Tag], body)];
    }

    internal static OaepEncoding NewOaep() =>
        new(new RsaBlindedEngine(), new Sha256Digest(), new Sha256Digest(), Encoding.ASCII.GetBytes(Label));

    internal static Org.BouncyCastle.Math.BigInteger ToBc(System.Numerics.BigInteger value) =>
        new(1, value.ToByteArray(isUnsigned: true, isBigEndian: true));

    public override string ToString() => _key.Line;
}
