using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;

namespace Bosun.Templating.Functions.Sprig;

internal sealed partial class SprigCryptoKey
{
    private const string AsnStructureError = "asn1: structure error: tags don't match";

    /// <summary>sprig parsePrivateKeyPEM; failures carry sprig's message (without the caller's prefix).</summary>
    public static SprigCryptoKey ParsePem(string pem)
    {
        var block = SprigCryptoPem.Decode(pem) ?? throw new SprigCryptoException("no PEM data in input");
        if (block.Type == "PRIVATE KEY")
        {
            try
            {
                return ParsePkcs8(block.Bytes);
            }
            catch (SprigCryptoException e)
            {
                throw new SprigCryptoException("decoding PEM as PKCS#8: " + e.Message, e);
            }
        }

        if (!block.Type.EndsWith(" PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new SprigCryptoException("no private key data in PEM block of type " + block.Type);
        }

        switch (block.Type[..^12])
        {
            case "RSA":
                try
                {
                    return ParsePkcs1(block.Bytes);
                }
                catch (SprigCryptoException e)
                {
                    throw new SprigCryptoException("parsing RSA private key from PEM: " + e.Message, e);
                }

            case "EC":
                try
                {
                    return ParseSec1(block.Bytes);
                }
                catch (SprigCryptoException e)
                {
                    throw new SprigCryptoException("parsing EC private key from PEM: " + e.Message, e);
                }

            case "DSA":
                try
                {
                    return ParseDsa(block.Bytes);
                }
                catch (SprigCryptoException e)
                {
                    throw new SprigCryptoException("parsing DSA private key from PEM: " + e.Message, e);
                }

            default:
                throw new SprigCryptoException("invalid private key type " + block.Type);
        }
    }

    private static SprigCryptoKey ParsePkcs1(byte[] der)
    {
        if (TryAlgorithmOfPkcs8(der) is not null)
        {
            throw new SprigCryptoException("x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)");
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportRSAPrivateKey(der, out _);
            return new(rsa: rsa);
        }
        catch (CryptographicException)
        {
            rsa.Dispose();
            if (LooksLikeSec1(der))
            {
                throw new SprigCryptoException("x509: failed to parse private key (use ParseECPrivateKey instead for this key format)");
            }

            throw new SprigCryptoException(AsnStructureError);
        }
    }

    private static SprigCryptoKey ParseSec1(byte[] der)
    {
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportECPrivateKey(der, out _);
            return new(ecdsa: ecdsa);
        }
        catch (CryptographicException)
        {
            ecdsa.Dispose();
            if (TryAlgorithmOfPkcs8(der) is not null)
            {
                throw new SprigCryptoException("x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)");
            }

            throw new SprigCryptoException("x509: failed to parse EC private key: " + AsnStructureError);
        }
    }

    private static SprigCryptoKey ParsePkcs8(byte[] der)
    {
        var algorithm = TryAlgorithmOfPkcs8(der);
        if (algorithm is null)
        {
            if (LooksLikeSec1(der))
            {
                throw new SprigCryptoException("x509: failed to parse private key (use ParseECPrivateKey instead for this key format)");
            }

            using var probe = RSA.Create();
            try
            {
                probe.ImportRSAPrivateKey(der, out _);
                throw new SprigCryptoException("x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)");
            }
            catch (CryptographicException)
            {
                throw new SprigCryptoException(AsnStructureError);
            }
        }

        try
        {
            switch (algorithm)
            {
                case OidRsa:
                    var rsa = RSA.Create();
                    rsa.ImportPkcs8PrivateKey(der, out _);
                    return new(rsa: rsa);
                case OidEc:
                    var ecdsa = ECDsa.Create();
                    ecdsa.ImportPkcs8PrivateKey(der, out _);
                    return new(ecdsa: ecdsa);
                case OidEd25519:
                    var reader = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
                    reader.ReadInteger();
                    reader.ReadSequence();
                    var inner = new AsnReader(reader.ReadOctetString(), AsnEncodingRules.BER).ReadOctetString();
                    if (inner.Length != 32)
                    {
                        throw new SprigCryptoException("x509: invalid Ed25519 private key length: " + inner.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    return new(ed25519Seed: inner);
                default:
                    throw new SprigCryptoException("x509: PKCS#8 wrapping contained private key with unknown algorithm: " + algorithm);
            }
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException)
        {
            throw new SprigCryptoException("x509: failed to parse private key: " + AsnStructureError, e);
        }
    }

    private static SprigCryptoKey ParseDsa(byte[] der)
    {
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
            reader.ReadInteger();
            var values = new BigInteger[5];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = reader.ReadInteger();
            }

            return new(dsa: values);
        }
        catch (AsnContentException e)
        {
            throw new SprigCryptoException(AsnStructureError, e);
        }
    }

    // The algorithm OID if der is a PKCS#8 PrivateKeyInfo.
    private static string? TryAlgorithmOfPkcs8(byte[] der)
    {
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
            reader.ReadInteger();
            var algorithm = reader.ReadSequence().ReadObjectIdentifier();
            reader.ReadOctetString();
            return algorithm;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    private static bool LooksLikeSec1(byte[] der)
    {
        using var probe = ECDsa.Create();
        try
        {
            probe.ImportECPrivateKey(der, out _);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
