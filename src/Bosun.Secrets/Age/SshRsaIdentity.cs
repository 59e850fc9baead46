using System.Numerics;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;

namespace Bosun.Secrets.Age;

/// <summary>An <c>ssh-rsa</c> private key used as an age identity.</summary>
public sealed class SshRsaIdentity : IAgeIdentity
{
    private readonly SshPublicKey _publicKey;
    private readonly RsaPrivateCrtKeyParameters _key;

    internal SshRsaIdentity(BigInteger n, BigInteger e, BigInteger d, BigInteger p, BigInteger q)
    {
        _publicKey = SshPublicKey.FromRsa(e, n);
        var dp = d % (p - 1);
        var dq = d % (q - 1);
        var qinv = BigInteger.ModPow(q, p - 2, p);
        _key = new RsaPrivateCrtKeyParameters(
            SshRsaRecipient.ToBc(n), SshRsaRecipient.ToBc(e), SshRsaRecipient.ToBc(d), SshRsaRecipient.ToBc(p),
            SshRsaRecipient.ToBc(q), SshRsaRecipient.ToBc(dp), SshRsaRecipient.ToBc(dq), SshRsaRecipient.ToBc(qinv));
    }

    public SshPublicKey PublicKey => _publicKey;

    public IAgeRecipient Recipient => SshRsaRecipient.Create(_publicKey);

    public byte[]? Unwrap(IReadOnlyList<AgeStanza> stanzas)
    {
        foreach (var stanza in stanzas)
        {
            if (stanza.Type != "ssh-rsa")
            {
                continue;
            }

            if (stanza.Args.Count != 1)
            {
                throw new AgeException(AgeErrorKind.Header, "invalid ssh-rsa recipient block");
            }

            if (stanza.Args[0] != _publicKey.Tag)
            {
                continue;
            }

            try
            {
                var oaep = SshRsaRecipient.NewOaep();
                oaep.Init(false, _key);
                return oaep.ProcessBlock(stanza.Body, 0, stanza.Body.Length);
            }
            catch (InvalidCipherTextException)
            {
                throw new AgeException(AgeErrorKind.Header, "failed to decrypt file key: crypto/rsa: decryption error");
            }
            catch (DataLengthException)
            {
                throw new AgeException(AgeErrorKind.Header, "failed to decrypt file key: crypto/rsa: decryption error");
            }
        }

        return null;
    }

    public override string ToString() => "SshRsaIdentity(" + _publicKey.Type + ")";
}
