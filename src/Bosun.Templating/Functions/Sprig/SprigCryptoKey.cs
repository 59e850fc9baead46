using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// A private key as sprig handles it (Go's *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey,
/// *dsa.PrivateKey): generation, sprig's PEM forms (pemBlockForKey), parsing (parsePrivateKeyPEM),
/// the X.509 public key and certificate signing as Go's x509.CreateCertificate chooses it.
/// </summary>
internal sealed partial class SprigCryptoKey : IDisposable
{
    private const string OidRsa = "1.2.840.113549.1.1.1";
    private const string OidEc = "1.2.840.10045.2.1";
    private const string OidEd25519 = "1.3.101.112";
    private const string OidSha256WithRsa = "1.2.840.113549.1.1.11";
    private const string OidEcdsaSha256 = "1.2.840.10045.4.3.2";
    private const string OidEcdsaSha384 = "1.2.840.10045.4.3.3";
    private const string OidEcdsaSha512 = "1.2.840.10045.4.3.4";

    private readonly RSA? _rsa;
    private readonly ECDsa? _ecdsa;
    private readonly byte[]? _ed25519Seed;
    private readonly BigInteger[]? _dsa; // P, Q, G, Y, X

    private SprigCryptoKey(RSA? rsa = null, ECDsa? ecdsa = null, byte[]? ed25519Seed = null, BigInteger[]? dsa = null)
    {
        _rsa = rsa;
        _ecdsa = ecdsa;
        _ed25519Seed = ed25519Seed;
        _dsa = dsa;
    }

    /// <summary>Go's type name of the public key (%T), used in x509 errors.</summary>
    public string PublicKeyTypeName =>
        _rsa is not null ? "*rsa.PublicKey" : _ecdsa is not null ? "*ecdsa.PublicKey" : _ed25519Seed is not null ? "ed25519.PublicKey" : "*dsa.PublicKey";

    /// <summary>Whether Go's key type implements crypto.Signer (DSA does not).</summary>
    public bool IsSigner => _dsa is null;

    public static SprigCryptoKey GenerateRsa(int bits) => new(rsa: RSA.Create(bits));

    public static SprigCryptoKey GenerateEcdsaP256() => new(ecdsa: ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public static SprigCryptoKey GenerateEd25519(FunctionContext context)
    {
        var seed = new byte[32];
        SprigRandomSource.Fill(context, seed);
        return new(ed25519Seed: seed);
    }

    /// <summary>DSA with L=2048, N=256 parameters (dsa.L2048N256).</summary>
    public static SprigCryptoKey GenerateDsa()
    {
        var random = new SecureRandom();
        var parametersGenerator = new DsaParametersGenerator(new Org.BouncyCastle.Crypto.Digests.Sha256Digest());
        parametersGenerator.Init(new DsaParameterGenerationParameters(2048, 256, 80, random));
        var parameters = parametersGenerator.GenerateParameters();
        var keyGenerator = new DsaKeyPairGenerator();
        keyGenerator.Init(new DsaKeyGenerationParameters(random, parameters));
        var pair = keyGenerator.GenerateKeyPair();
        var priv = (DsaPrivateKeyParameters)pair.Private;
        var pub = (DsaPublicKeyParameters)pair.Public;
        return new(dsa: [ToBig(parameters.P), ToBig(parameters.Q), ToBig(parameters.G), ToBig(pub.Y), ToBig(priv.X)]);
    }

    /// <summary>sprig pemBlockForKey: RSA PKCS#1, EC SEC 1, DSA sprig's ASN.1 form, others PKCS#8.</summary>
    public string ToPem()
    {
        if (_rsa is not null)
        {
            return SprigCryptoPem.Encode("RSA PRIVATE KEY", _rsa.ExportRSAPrivateKey());
        }

        if (_ecdsa is not null)
        {
            return SprigCryptoPem.Encode("EC PRIVATE KEY", _ecdsa.ExportECPrivateKey());
        }

        if (_dsa is not null)
        {
            var writer = new AsnWriter(AsnEncodingRules.DER);
            using (writer.PushSequence())
            {
                writer.WriteInteger(0);
                foreach (var value in _dsa)
                {
                    writer.WriteInteger(value);
                }
            }

            return SprigCryptoPem.Encode("DSA PRIVATE KEY", writer.Encode());
        }

        var pkcs8 = new AsnWriter(AsnEncodingRules.DER);
        using (pkcs8.PushSequence())
        {
            pkcs8.WriteInteger(0);
            using (pkcs8.PushSequence())
            {
                pkcs8.WriteObjectIdentifier(OidEd25519);
            }

            var inner = new AsnWriter(AsnEncodingRules.DER);
            inner.WriteOctetString(_ed25519Seed);
            pkcs8.WriteOctetString(inner.Encode());
        }

        return SprigCryptoPem.Encode("PRIVATE KEY", pkcs8.Encode());
    }

    /// <summary>The DER SubjectPublicKeyInfo; Go's x509 cannot marshal DSA keys.</summary>
    public byte[] SubjectPublicKeyInfo()
    {
        if (_rsa is not null)
        {
            return _rsa.ExportSubjectPublicKeyInfo();
        }

        if (_ecdsa is not null)
        {
            return _ecdsa.ExportSubjectPublicKeyInfo();
        }

        if (_ed25519Seed is not null)
        {
            var writer = new AsnWriter(AsnEncodingRules.DER);
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(OidEd25519);
                }

                writer.WriteBitString(Ed25519Public());
            }

            return writer.Encode();
        }

        throw new SprigCryptoException("x509: unsupported public key type: *dsa.PublicKey");
    }

    /// <summary>The AlgorithmIdentifier Go picks for signing with this key.</summary>
    public byte[] SignatureAlgorithm()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            if (_rsa is not null)
            {
                writer.WriteObjectIdentifier(OidSha256WithRsa);
                writer.WriteNull();
            }
            else if (_ecdsa is not null)
            {
                writer.WriteObjectIdentifier(EcdsaHash() == HashAlgorithmName.SHA384 ? OidEcdsaSha384
                    : EcdsaHash() == HashAlgorithmName.SHA512 ? OidEcdsaSha512 : OidEcdsaSha256);
            }
            else
            {
                writer.WriteObjectIdentifier(OidEd25519);
            }
        }

        return writer.Encode();
    }

    public byte[] Sign(byte[] data)
    {
        if (_rsa is not null)
        {
            return _rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }

        if (_ecdsa is not null)
        {
            return _ecdsa.SignData(data, EcdsaHash(), DSASignatureFormat.Rfc3279DerSequence);
        }

        if (_ed25519Seed is not null)
        {
            var signer = new Ed25519Signer();
            signer.Init(true, new Ed25519PrivateKeyParameters(_ed25519Seed, 0));
            signer.BlockUpdate(data, 0, data.Length);
            return signer.GenerateSignature();
        }

        throw new SprigCryptoException("x509: certificate private key does not implement crypto.Signer");
    }

    public void Dispose()
    {
        _rsa?.Dispose();
        _ecdsa?.Dispose();
    }

    private byte[] Ed25519Public() => new Ed25519PrivateKeyParameters(_ed25519Seed, 0).GeneratePublicKey().GetEncoded();

    private HashAlgorithmName EcdsaHash() => _ecdsa?.KeySize switch
    {
        384 => HashAlgorithmName.SHA384,
        521 => HashAlgorithmName.SHA512,
        _ => HashAlgorithmName.SHA256,
    };

    private static BigInteger ToBig(Org.BouncyCastle.Math.BigInteger value) =>
        new(value.ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true);
}
