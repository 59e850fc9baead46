using System.Formats.Asn1;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

internal static partial class SprigCryptoFunctions
{
    private const long NanosecondsPerDay = 86_400_000_000_000;

    private static void RegisterCertificates(FunctionTable.Builder table)
    {
        var ifaces = GoType.SliceOfInterface;
        table.Add("genPrivateKey", s_string, (ctx, args) => GeneratePrivateKey(ctx, (string)args[0]!));
        table.Add("buildCustomCert", s_twoStrings, args => BuildCustomCertificate((string)args[0]!, (string)args[1]!));
        table.Add("genCA", GoSignature.Of(GoType.String, GoType.Int), (ctx, args) =>
            GenerateCertificateAuthority(ctx, (string)args[0]!, (long)args[1]!, null));
        table.Add("genCAWithKey", GoSignature.Of(GoType.String, GoType.Int, GoType.String), (ctx, args) =>
            GenerateCertificateAuthority(ctx, (string)args[0]!, (long)args[1]!, (string)args[2]!));
        table.Add("genSelfSignedCert", GoSignature.Of(GoType.String, ifaces, ifaces, GoType.Int), (ctx, args) =>
            GenerateSelfSigned(ctx, (string)args[0]!, args[1], args[2], (long)args[3]!, null));
        table.Add("genSelfSignedCertWithKey", GoSignature.Of(GoType.String, ifaces, ifaces, GoType.Int, GoType.String), (ctx, args) =>
            GenerateSelfSigned(ctx, (string)args[0]!, args[1], args[2], (long)args[3]!, (string)args[4]!));
        table.Add("genSignedCert", GoSignature.Of(GoType.String, ifaces, ifaces, GoType.Int, SprigCryptoCertificate.GoType), (ctx, args) =>
            GenerateSigned(ctx, (string)args[0]!, args[1], args[2], (long)args[3]!, (SprigCryptoCertificate)args[4]!, null));
        table.Add("genSignedCertWithKey", GoSignature.Of(GoType.String, ifaces, ifaces, GoType.Int, SprigCryptoCertificate.GoType, GoType.String), (ctx, args) =>
            GenerateSigned(ctx, (string)args[0]!, args[1], args[2], (long)args[3]!, (SprigCryptoCertificate)args[4]!, (string)args[5]!));
    }

    /// <summary>genPrivateKey: rsa (4096 bits, also for ""), dsa (L2048N256), ecdsa (P-256), ed25519; else "Unknown type T".</summary>
    public static string GeneratePrivateKey(FunctionContext context, string type)
    {
        using var key = type switch
        {
            "" or "rsa" => SprigCryptoKey.GenerateRsa(4096),
            "dsa" => SprigCryptoKey.GenerateDsa(),
            "ecdsa" => SprigCryptoKey.GenerateEcdsaP256(),
            "ed25519" => SprigCryptoKey.GenerateEd25519(context),
            _ => null,
        };
        return key is null ? "Unknown type " + type : key.ToPem();
    }

    public static SprigCryptoCertificate BuildCustomCertificate(string b64cert, string b64key)
    {
        if (SprigEncodingBase64.TryDecode(Utf8(b64cert), out var cert) is not null)
        {
            throw new GoFailure("unable to decode base64 certificate");
        }

        if (SprigEncodingBase64.TryDecode(Utf8(b64key), out var key) is not null)
        {
            throw new GoFailure("unable to decode base64 private key");
        }

        var certText = SprigEncodingFunctions.GoBytesToString(cert);
        var decoded = SprigCryptoPem.Decode(certText) ?? throw new GoFailure("unable to decode certificate");
        try
        {
            ParseCertificate(decoded.Bytes);
        }
        catch (SprigCryptoException e)
        {
            throw new GoFailure("error parsing certificate: decodedCert.Bytes: " + e.Message);
        }

        var keyText = SprigEncodingFunctions.GoBytesToString(key);
        try
        {
            using var parsed = SprigCryptoKey.ParsePem(keyText);
        }
        catch (SprigCryptoException e)
        {
            throw new GoFailure("error parsing private key: " + e.Message);
        }

        return new SprigCryptoCertificate(certText, keyText);
    }

    private static SprigCryptoCertificate GenerateCertificateAuthority(FunctionContext context, string cn, long daysValid, string? privatePem)
    {
        using var key = privatePem is null ? SprigCryptoKey.GenerateRsa(2048) : ParseKeyArgument(privatePem);
        var builder = BaseTemplate(context, cn, null, null, daysValid, isCA: true);
        return CertificateAndKey(builder, key, key);
    }

    private static SprigCryptoCertificate GenerateSelfSigned(FunctionContext context, string cn, object? ips, object? dns, long daysValid, string? privatePem)
    {
        using var key = privatePem is null ? SprigCryptoKey.GenerateRsa(2048) : ParseKeyArgument(privatePem);
        var builder = BaseTemplate(context, cn, ips, dns, daysValid, isCA: false);
        return CertificateAndKey(builder, key, key);
    }

    private static SprigCryptoCertificate GenerateSigned(
        FunctionContext context, string cn, object? ips, object? dns, long daysValid, SprigCryptoCertificate ca, string? privatePem)
    {
        using var key = privatePem is null ? SprigCryptoKey.GenerateRsa(2048) : ParseKeyArgument(privatePem);
        var decoded = SprigCryptoPem.Decode(ca.Cert) ?? throw new GoFailure("unable to decode certificate");
        ParsedCertificate parent;
        try
        {
            parent = ParseCertificate(decoded.Bytes);
        }
        catch (SprigCryptoException e)
        {
            throw new GoFailure("error parsing certificate: decodedSignerCert.Bytes: " + e.Message);
        }

        SprigCryptoKey signer;
        try
        {
            signer = SprigCryptoKey.ParsePem(ca.Key);
        }
        catch (SprigCryptoException e)
        {
            throw new GoFailure("error parsing private key: " + e.Message);
        }

        using (signer)
        {
            var template = BaseTemplate(context, cn, ips, dns, daysValid, isCA: false);
            var builder = new SprigCryptoCertificateBuilder
            {
                CommonName = template.CommonName,
                IpAddresses = template.IpAddresses,
                DnsNames = template.DnsNames,
                NotBefore = template.NotBefore,
                NotAfter = template.NotAfter,
                Serial = template.Serial,
                IssuerName = parent.Subject,
                ParentPublicKeyInfo = parent.PublicKeyInfo,
                ParentSubjectKeyId = parent.SubjectKeyId,
            };
            return CertificateAndKey(builder, key, signer);
        }
    }

    private static SprigCryptoKey ParseKeyArgument(string privatePem)
    {
        try
        {
            return SprigCryptoKey.ParsePem(privatePem);
        }
        catch (SprigCryptoException e)
        {
            throw new GoFailure("parsing private key: " + e.Message);
        }
    }

    private static SprigCryptoCertificate CertificateAndKey(SprigCryptoCertificateBuilder builder, SprigCryptoKey subjectKey, SprigCryptoKey signingKey)
    {
        string cert;
        try
        {
            cert = builder.Build(subjectKey, signingKey);
        }
        catch (SprigCryptoException e)
        {
            throw new GoFailure("error creating certificate: " + e.Message);
        }

        return new SprigCryptoCertificate(cert, subjectKey.ToPem());
    }

    // sprig getBaseCertTemplate.
    private static SprigCryptoCertificateBuilder BaseTemplate(FunctionContext context, string cn, object? ips, object? dns, long daysValid, bool isCA)
    {
        var ipAddresses = new List<byte[]>();
        foreach (var ip in Items(ips))
        {
            if (ip is not string text)
            {
                throw new GoFailure("error parsing ip: " + GoFormat.FormatValue(ip) + " is not a string");
            }

            ipAddresses.Add(SprigNetworkIp.Parse(text) ?? throw new GoFailure("error parsing ip: " + text));
        }

        var dnsNames = new List<string>();
        foreach (var name in Items(dns))
        {
            if (name is not string text)
            {
                throw new GoFailure("error processing alternate dns name: " + GoFormat.FormatValue(name) + " is not a string");
            }

            dnsNames.Add(text);
        }

        var serial = new byte[16];
        SprigRandomSource.Fill(context, serial);
        var now = context.Time.GetUtcNow();
        long nanoseconds = unchecked(NanosecondsPerDay * daysValid);
        return new SprigCryptoCertificateBuilder
        {
            CommonName = cn,
            IpAddresses = ipAddresses,
            DnsNames = dnsNames,
            NotBefore = now,
            NotAfter = now.AddTicks(nanoseconds / 100),
            Serial = serial,
            IsCA = isCA,
        };
    }

    private static IEnumerable<object?> Items(object? list) => list is GoList l ? l.Items : [];

    private sealed record ParsedCertificate(byte[] Subject, byte[] PublicKeyInfo, byte[]? SubjectKeyId);

    // Enough of x509.ParseCertificate for sprig: the subject, public key and subject key id.
    private static ParsedCertificate ParseCertificate(byte[] der)
    {
        try
        {
            var outer = new AsnReader(der, AsnEncodingRules.DER);
            var certificate = outer.ReadSequence();
            if (outer.HasData)
            {
                throw new SprigCryptoException("x509: trailing data");
            }

            var tbs = certificate.ReadSequence();
            if (tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
            {
                tbs.ReadEncodedValue();
            }

            tbs.ReadEncodedValue(); // serial
            tbs.ReadSequence(); // signature algorithm
            tbs.ReadEncodedValue(); // issuer
            tbs.ReadSequence(); // validity
            var subject = tbs.ReadEncodedValue().ToArray();
            var spki = tbs.ReadEncodedValue().ToArray();
            byte[]? subjectKeyId = null;
            while (tbs.HasData)
            {
                var tag = tbs.PeekTag();
                if (!tag.HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 3)))
                {
                    tbs.ReadEncodedValue();
                    continue;
                }

                var extensions = tbs.ReadSequence(tag).ReadSequence();
                while (extensions.HasData)
                {
                    var extension = extensions.ReadSequence();
                    var oid = extension.ReadObjectIdentifier();
                    if (extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean))
                    {
                        extension.ReadBoolean();
                    }

                    var value = extension.ReadOctetString();
                    if (oid == "2.5.29.14")
                    {
                        subjectKeyId = new AsnReader(value, AsnEncodingRules.DER).ReadOctetString();
                    }
                }
            }

            return new ParsedCertificate(subject, spki, subjectKeyId);
        }
        catch (AsnContentException e)
        {
            throw new SprigCryptoException("x509: malformed certificate", e);
        }
    }
}
