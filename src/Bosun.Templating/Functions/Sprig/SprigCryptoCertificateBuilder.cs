using System.Formats.Asn1;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// The certificate sprig builds (getBaseCertTemplate + x509.CreateCertificate), encoded the way Go's
/// crypto/x509 encodes it: v3, random 128-bit serial, CN-only subject (PrintableString when possible,
/// else UTF8String), validity now..now+days (UTCTime before 2050), extensions in Go's order — key usage
/// (critical), extended key usage (server+client auth), basic constraints (critical), subject key id
/// (CA only, truncated SHA-256), authority key id (from a parent with one), subject alternative names.
/// </summary>
internal sealed class SprigCryptoCertificateBuilder
{
    private const int KeyUsageDigitalSignature = 1 << 0;
    private const int KeyUsageKeyEncipherment = 1 << 2;
    private const int KeyUsageCertSign = 1 << 5;

    public required string CommonName { get; init; }

    public required IReadOnlyList<byte[]> IpAddresses { get; init; }

    public required IReadOnlyList<string> DnsNames { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotAfter { get; init; }

    public required byte[] Serial { get; init; }

    public bool IsCA { get; init; }

    /// <summary>Raw DER of the issuer name; null for a self-signed certificate (the subject is used).</summary>
    public byte[]? IssuerName { get; init; }

    /// <summary>The signer's public key info when signed by a parent certificate (checked against the signing key).</summary>
    public byte[]? ParentPublicKeyInfo { get; init; }

    public byte[]? ParentSubjectKeyId { get; init; }

    /// <summary>x509.CreateCertificate; failures carry Go's x509 message.</summary>
    public string Build(SprigCryptoKey subjectKey, SprigCryptoKey signingKey)
    {
        if (!signingKey.IsSigner)
        {
            throw new SprigCryptoException("x509: certificate private key does not implement crypto.Signer");
        }

        var spki = subjectKey.SubjectPublicKeyInfo();
        var subject = EncodeName(CommonName);
        var issuer = IssuerName ?? subject;
        var signatureAlgorithm = signingKey.SignatureAlgorithm();
        byte[]? subjectKeyId = IsCA ? SubjectKeyId(spki) : null;
        byte[]? authorityKeyId = !issuer.AsSpan().SequenceEqual(subject) && ParentSubjectKeyId is { Length: > 0 } ? ParentSubjectKeyId : null;
        if (ParentPublicKeyInfo is not null && !ParentPublicKeyInfo.AsSpan().SequenceEqual(signingKey.SubjectPublicKeyInfo()))
        {
            throw new SprigCryptoException("x509: provided PrivateKey doesn't match parent's PublicKey");
        }

        var tbs = new AsnWriter(AsnEncodingRules.DER);
        using (tbs.PushSequence())
        {
            using (tbs.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
            {
                tbs.WriteInteger(2);
            }

            tbs.WriteInteger(new BigInteger(Serial, isUnsigned: true, isBigEndian: true));
            tbs.WriteEncodedValue(signatureAlgorithm);
            tbs.WriteEncodedValue(issuer);
            using (tbs.PushSequence())
            {
                WriteTime(tbs, NotBefore);
                WriteTime(tbs, NotAfter);
            }

            tbs.WriteEncodedValue(subject);
            tbs.WriteEncodedValue(spki);
            using (tbs.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 3, isConstructed: true)))
            using (tbs.PushSequence())
            {
                WriteExtensions(tbs, subjectKeyId, authorityKeyId, subjectIsEmpty: CommonName.Length == 0);
            }
        }

        var tbsBytes = tbs.Encode();
        var signature = signingKey.Sign(tbsBytes);
        var certificate = new AsnWriter(AsnEncodingRules.DER);
        using (certificate.PushSequence())
        {
            certificate.WriteEncodedValue(tbsBytes);
            certificate.WriteEncodedValue(signatureAlgorithm);
            certificate.WriteBitString(signature);
        }

        return SprigCryptoPem.Encode("CERTIFICATE", certificate.Encode());
    }

    /// <summary>pkix.Name{CommonName: cn} as Go marshals it (no attribute when empty).</summary>
    public static byte[] EncodeName(string commonName)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            if (commonName.Length > 0)
            {
                using (writer.PushSetOf())
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("2.5.4.3");
                    if (IsPrintable(commonName))
                    {
                        writer.WriteCharacterString(UniversalTagNumber.PrintableString, commonName);
                    }
                    else
                    {
                        writer.WriteCharacterString(UniversalTagNumber.UTF8String, commonName);
                    }
                }
            }
        }

        return writer.Encode();
    }

    private void WriteExtensions(AsnWriter writer, byte[]? subjectKeyId, byte[]? authorityKeyId, bool subjectIsEmpty)
    {
        int usage = KeyUsageDigitalSignature | KeyUsageKeyEncipherment | (IsCA ? KeyUsageCertSign : 0);
        WriteExtension(writer, "2.5.29.15", critical: true, KeyUsage(usage));

        var eku = new AsnWriter(AsnEncodingRules.DER);
        using (eku.PushSequence())
        {
            eku.WriteObjectIdentifier("1.3.6.1.5.5.7.3.1");
            eku.WriteObjectIdentifier("1.3.6.1.5.5.7.3.2");
        }

        WriteExtension(writer, "2.5.29.37", critical: false, eku.Encode());

        var basic = new AsnWriter(AsnEncodingRules.DER);
        using (basic.PushSequence())
        {
            if (IsCA)
            {
                basic.WriteBoolean(true);
            }
        }

        WriteExtension(writer, "2.5.29.19", critical: true, basic.Encode());

        if (subjectKeyId is not null)
        {
            var skid = new AsnWriter(AsnEncodingRules.DER);
            skid.WriteOctetString(subjectKeyId);
            WriteExtension(writer, "2.5.29.14", critical: false, skid.Encode());
        }

        if (authorityKeyId is not null)
        {
            var akid = new AsnWriter(AsnEncodingRules.DER);
            using (akid.PushSequence())
            {
                akid.WriteOctetString(authorityKeyId, new Asn1Tag(TagClass.ContextSpecific, 0));
            }

            WriteExtension(writer, "2.5.29.35", critical: false, akid.Encode());
        }

        if (DnsNames.Count > 0 || IpAddresses.Count > 0)
        {
            var san = new AsnWriter(AsnEncodingRules.DER);
            using (san.PushSequence())
            {
                foreach (var name in DnsNames)
                {
                    san.WriteOctetString(Encoding.UTF8.GetBytes(name), new Asn1Tag(TagClass.ContextSpecific, 2));
                }

                foreach (var ip in IpAddresses)
                {
                    san.WriteOctetString(ip, new Asn1Tag(TagClass.ContextSpecific, 7));
                }
            }

            WriteExtension(writer, "2.5.29.17", critical: subjectIsEmpty, san.Encode());
        }
    }

    private static void WriteExtension(AsnWriter writer, string oid, bool critical, byte[] value)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(oid);
            if (critical)
            {
                writer.WriteBoolean(true);
            }

            writer.WriteOctetString(value);
        }
    }

    // Go's marshalKeyUsage: bits in ASN.1 order, trailing zero bits declared unused.
    private static byte[] KeyUsage(int usage)
    {
        Span<byte> bytes = stackalloc byte[2];
        for (int i = 0; i < 9; i++)
        {
            if ((usage & (1 << i)) != 0)
            {
                bytes[i / 8] |= (byte)(0x80 >> (i % 8));
            }
        }

        int length = bytes[1] != 0 ? 2 : 1;
        int bitLength = 0;
        for (int i = length * 8 - 1; i >= 0; i--)
        {
            if ((bytes[i / 8] & (0x80 >> (i % 8))) != 0)
            {
                bitLength = i + 1;
                break;
            }
        }

        var writer = new AsnWriter(AsnEncodingRules.DER);
        writer.WriteBitString(bytes[..length], length * 8 - bitLength);
        return writer.Encode();
    }

    // RFC 7093 method 1 (Go 1.25): leftmost 160 bits of SHA-256 over the subjectPublicKey bits.
    private static byte[] SubjectKeyId(byte[] spki)
    {
        var reader = new AsnReader(spki, AsnEncodingRules.DER).ReadSequence();
        reader.ReadSequence();
        var bits = reader.ReadBitString(out _);
        return SHA256.HashData(bits)[..20];
    }

    // Go's asn1: UTCTime for 1950..2049, GeneralizedTime otherwise, whole seconds.
    private static void WriteTime(AsnWriter writer, DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        if (utc.Year is >= 1950 and < 2050)
        {
            var text = utc.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
            writer.WriteEncodedValue([0x17, (byte)text.Length, .. Encoding.ASCII.GetBytes(text)]);
        }
        else
        {
            var text = utc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
            writer.WriteEncodedValue([0x18, (byte)text.Length, .. Encoding.ASCII.GetBytes(text)]);
        }
    }

    // ASN.1 PrintableString alphabet as Go's encoding/asn1 checks it when marshalling.
    private static bool IsPrintable(string value)
    {
        foreach (char c in value)
        {
            bool ok = char.IsAsciiLetterOrDigit(c) || c is ' ' or '\'' or '(' or ')' or '+' or ',' or '-' or '.' or '/' or ':' or '=' or '?';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
