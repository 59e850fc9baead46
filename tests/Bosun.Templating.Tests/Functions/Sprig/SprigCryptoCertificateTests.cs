using System.Diagnostics;
using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigCryptoCertificateTests
{
    private static readonly DateTimeOffset s_now = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    // DSA parameter generation takes seconds: one key serves every DSA test.
    private static readonly Lazy<string> s_dsaKey = new(() => (string)new SprigFunctionInvoker().Call("genPrivateKey", "dsa")!);
    private readonly SprigFunctionInvoker _sprig = new(now: s_now);

    [Fact]
    public void GenCA_Name_IsSelfSignedRsaCaValidForDays()
    {
        var ca = (IGoObject)_sprig.Call("genCA", "my-ca", 365L)!;
        Assert.Equal("sprig.certificate", ca.Type.Name);
        Assert.Equal(["Cert", "Key"], ca.FieldNames);
        var cert = Load(Field(ca, "Cert"));
        Assert.StartsWith("-----BEGIN RSA PRIVATE KEY-----\n", Field(ca, "Key"), StringComparison.Ordinal);
        Assert.Equal("CN=my-ca", cert.Subject);
        Assert.Equal("CN=my-ca", cert.Issuer);
        Assert.Equal(3, cert.Version);
        Assert.Equal(s_now.UtcDateTime, cert.NotBefore.ToUniversalTime());
        Assert.Equal(s_now.AddDays(365).UtcDateTime, cert.NotAfter.ToUniversalTime());
        Assert.Equal("1.2.840.113549.1.1.11", cert.SignatureAlgorithm.Value);
        Assert.Equal(2048, cert.GetRSAPublicKey()!.KeySize);
        var basic = Assert.Single(cert.Extensions.OfType<X509BasicConstraintsExtension>());
        Assert.True(basic.Critical);
        Assert.True(basic.CertificateAuthority);
        Assert.False(basic.HasPathLengthConstraint);
        var usage = Assert.Single(cert.Extensions.OfType<X509KeyUsageExtension>());
        Assert.True(usage.Critical);
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyCertSign, usage.KeyUsages);
        var eku = Assert.Single(cert.Extensions.OfType<X509EnhancedKeyUsageExtension>());
        Assert.Equal(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"], eku.EnhancedKeyUsages.Cast<Oid>().Select(o => o.Value));
        var skid = Assert.Single(cert.Extensions.OfType<X509SubjectKeyIdentifierExtension>());
        Assert.Equal(TruncatedSha256OfPublicKey(cert), skid.SubjectKeyIdentifierBytes.ToArray());
        Assert.Empty(cert.Extensions.OfType<X509AuthorityKeyIdentifierExtension>());
        Assert.Equal(["2.5.29.15", "2.5.29.37", "2.5.29.19", "2.5.29.14"], cert.Extensions.Select(e => e.Oid!.Value));
        Assert.InRange(cert.SerialNumberBytes.Length, 14, 17);
        Assert.True(cert.SerialNumberBytes.Span[0] < 0x80, "serial must be a positive INTEGER");
    }

    [Fact]
    public void GenCA_PrintableAndUtf8Names_EncodedAsGoDoes()
    {
        Assert.Equal(UniversalTagNumber.PrintableString, CommonNameTag(Field((IGoObject)_sprig.Call("genCA", "myca", 1L)!, "Cert")));
        Assert.Equal(UniversalTagNumber.UTF8String, CommonNameTag(Field((IGoObject)_sprig.Call("genCA", "my-ca*", 1L)!, "Cert")));
    }

    [Fact]
    public void GenSignedCert_Ca_IsLeafSignedByCaWithSans()
    {
        var ca = (IGoObject)_sprig.Call("genCA", "my-ca", 365L)!;
        var leaf = (IGoObject)_sprig.Call(
            "genSignedCert", "svc é", new GoList(["10.0.0.1", "::1", "::ffff:1.2.3.4"]), new GoList(["a.example", "b"]), 30L, ca)!;
        var caCert = Load(Field(ca, "Cert"));
        var cert = Load(Field(leaf, "Cert"));
        Assert.Equal("CN=svc é", cert.Subject);
        Assert.Equal("CN=my-ca", cert.Issuer);
        Assert.Equal(s_now.AddDays(30).UtcDateTime, cert.NotAfter.ToUniversalTime());
        Assert.False(Assert.Single(cert.Extensions.OfType<X509BasicConstraintsExtension>()).CertificateAuthority);
        Assert.Equal(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment,
            Assert.Single(cert.Extensions.OfType<X509KeyUsageExtension>()).KeyUsages);
        Assert.Empty(cert.Extensions.OfType<X509SubjectKeyIdentifierExtension>());
        var akid = Assert.Single(cert.Extensions.OfType<X509AuthorityKeyIdentifierExtension>());
        Assert.Equal(caCert.Extensions.OfType<X509SubjectKeyIdentifierExtension>().Single().SubjectKeyIdentifierBytes.ToArray(), akid.KeyIdentifier!.Value.ToArray());
        var san = Assert.Single(cert.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.False(san.Critical);
        Assert.Equal(["a.example", "b"], san.EnumerateDnsNames());
        Assert.Equal(["10.0.0.1", "::1", "1.2.3.4"], san.EnumerateIPAddresses().Select(ip => ip.ToString()));
        Assert.Equal(["2.5.29.15", "2.5.29.37", "2.5.29.19", "2.5.29.35", "2.5.29.17"], cert.Extensions.Select(e => e.Oid!.Value));
        AssertChains(caCert, cert);
        Assert.True(cert.GetRSAPublicKey()!.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(
            PrivateRsa(Field(leaf, "Key")).ExportSubjectPublicKeyInfo()));
    }

    [Fact]
    public void GenSelfSignedCert_NilLists_HasNoSanAndIsNotCa()
    {
        var self = (IGoObject)_sprig.Call("genSelfSignedCert", "host", null, null, 10L)!;
        var cert = Load(Field(self, "Cert"));
        Assert.Equal("CN=host", cert.Issuer);
        Assert.Empty(cert.Extensions.OfType<X509SubjectAlternativeNameExtension>());
        Assert.Empty(cert.Extensions.OfType<X509SubjectKeyIdentifierExtension>());
        Assert.False(cert.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        AssertChains(cert, cert);
    }

    [Fact]
    public void GenSelfSignedCert_EmptyCommonName_MakesSanCritical()
    {
        var self = (IGoObject)_sprig.Call("genSelfSignedCert", "", null, new GoList(["x.example"]), 10L)!;
        var cert = Load(Field(self, "Cert"));
        Assert.Equal(string.Empty, cert.Subject);
        Assert.True(cert.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().Critical);
    }

    [Fact]
    public void GenSelfSignedCertWithKey_EcdsaKey_UsesEcdsaSha256AndKeepsKey()
    {
        var pem = (string)_sprig.Call("genPrivateKey", "ecdsa")!;
        var self = (IGoObject)_sprig.Call("genSelfSignedCertWithKey", "ec", null, null, 1L, pem)!;
        var cert = Load(Field(self, "Cert"));
        Assert.Equal("1.2.840.10045.4.3.2", cert.SignatureAlgorithm.Value);
        Assert.Equal(pem, Field(self, "Key"));
        AssertChains(cert, cert);
    }

    [Fact]
    public void GenSignedCertWithKey_Ed25519LeafUnderEcdsaCa_Chains()
    {
        var caKey = (string)_sprig.Call("genPrivateKey", "ecdsa")!;
        var ca = (IGoObject)_sprig.Call("genCAWithKey", "ec-ca", 5L, caKey)!;
        var leafKey = (string)_sprig.Call("genPrivateKey", "ed25519")!;
        var leaf = (IGoObject)_sprig.Call("genSignedCertWithKey", "ed", null, new GoList(["ed.example"]), 5L, ca, leafKey)!;
        Assert.Equal(leafKey, Field(leaf, "Key"));
        var cert = Load(Field(leaf, "Cert"));
        Assert.Equal("1.2.840.10045.4.3.2", cert.SignatureAlgorithm.Value);
        Assert.Equal("1.3.101.112", cert.PublicKey.Oid.Value);
        OpenSslVerify(Field(ca, "Cert"), Field(leaf, "Cert"));
    }

    [Fact]
    public void GenSelfSignedCertWithKey_Ed25519_SignedWithEd25519()
    {
        var key = (string)_sprig.Call("genPrivateKey", "ed25519")!;
        var self = (IGoObject)_sprig.Call("genSelfSignedCertWithKey", "x", null, null, 1L, key)!;
        Assert.Equal("1.3.101.112", Load(Field(self, "Cert")).SignatureAlgorithm.Value);
        OpenSslVerify(Field(self, "Cert"), Field(self, "Cert"));
    }

    [Fact]
    public void GenCAWithKey_Pkcs8RsaKey_ReturnsKeyAsPkcs1()
    {
        using var rsa = RSA.Create(2048);
        var pkcs8 = PemEncoding.WriteString("PRIVATE KEY", rsa.ExportPkcs8PrivateKey()) + "\n";
        var ca = (IGoObject)_sprig.Call("genCAWithKey", "x", 1L, pkcs8)!;
        Assert.Equal(PemEncoding.WriteString("RSA PRIVATE KEY", rsa.ExportRSAPrivateKey()) + "\n", Field(ca, "Key"));
    }

    [Theory]
    [InlineData("rsa", "RSA PRIVATE KEY")]
    [InlineData("", "RSA PRIVATE KEY")]
    [InlineData("ecdsa", "EC PRIVATE KEY")]
    [InlineData("ed25519", "PRIVATE KEY")]
    public void GenPrivateKey_Type_WritesSprigPemBlock(string type, string pemType)
    {
        var pem = (string)_sprig.Call("genPrivateKey", type)!;
        Assert.StartsWith($"-----BEGIN {pemType}-----\n", pem, StringComparison.Ordinal);
        Assert.EndsWith($"-----END {pemType}-----\n", pem, StringComparison.Ordinal);
        Assert.All(pem.Split('\n'), line => Assert.True(line.Length <= 64));
        if (type is "rsa" or "")
        {
            Assert.Equal(4096, PrivateRsa(pem).KeySize);
        }
    }

    [Fact]
    public void GenPrivateKey_Ed25519_IsPkcs8WithSeedOnly()
    {
        var pem = (string)_sprig.Call("genPrivateKey", "ed25519")!;
        var der = Convert.FromBase64String(pem.Split('\n')[1]);
        Assert.Equal(48, der.Length);
        Assert.Equal(Convert.FromHexString("302e020100300506032b657004220420"), der[..16]);
    }

    [Fact]
    public void GenPrivateKey_Dsa_WritesVersionPqgyx()
    {
        var pem = s_dsaKey.Value;
        Assert.StartsWith("-----BEGIN DSA PRIVATE KEY-----\n", pem, StringComparison.Ordinal);
        var der = Convert.FromBase64String(string.Concat(pem.Split('\n').Where(l => !l.StartsWith('-'))));
        var seq = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        Assert.Equal(0, (int)seq.ReadInteger());
        var p = seq.ReadInteger();
        var q = seq.ReadInteger();
        Assert.Equal(2048, (int)p.GetBitLength());
        Assert.Equal(256, (int)q.GetBitLength());
    }

    [Fact]
    public void GenPrivateKey_UnknownType_ReturnsMessage() =>
        Assert.Equal("Unknown type foo", _sprig.Call("genPrivateKey", "foo"));

    [Fact]
    public void WithKey_DsaKey_FailsLikeX509()
    {
        var dsa = s_dsaKey.Value;
        Assert.Equal(
            "error creating certificate: x509: certificate private key does not implement crypto.Signer",
            _sprig.Fails("genSelfSignedCertWithKey", "x", null, null, 1L, dsa));
        var ca = _sprig.Call("genCA", "ca", 1L);
        Assert.Equal(
            "error creating certificate: x509: unsupported public key type: *dsa.PublicKey",
            _sprig.Fails("genSignedCertWithKey", "x", null, null, 1L, ca, dsa));
    }

    [Theory]
    [InlineData("junk", "parsing private key: no PEM data in input")]
    [InlineData("-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n", "parsing private key: no private key data in PEM block of type FOO")]
    [InlineData("-----BEGIN BAR PRIVATE KEY-----\nAAAA\n-----END BAR PRIVATE KEY-----\n", "parsing private key: invalid private key type BAR PRIVATE KEY")]
    public void GenCAWithKey_BadKey_FailsWithSprigMessage(string key, string message) =>
        Assert.Equal(message, _sprig.Fails("genCAWithKey", "x", 1L, key));

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("01.2.3.4")]
    [InlineData("fe80::1%eth0")]
    [InlineData("1.2.3.256")]
    public void GenSelfSignedCert_BadIp_FailsLikeGo(string ip) =>
        Assert.Equal("error parsing ip: " + ip, _sprig.Fails("genSelfSignedCert", "x", new GoList([ip]), null, 1L));

    [Fact]
    public void GenSelfSignedCert_NonStringEntries_FailWithValue()
    {
        Assert.Equal("error parsing ip: 1 is not a string", _sprig.Fails("genSelfSignedCert", "x", new GoList([1L]), null, 1L));
        Assert.Equal(
            "error processing alternate dns name: 3 is not a string",
            _sprig.Fails("genSelfSignedCert", "x", null, new GoList([3L]), 1L));
    }

    [Fact]
    public void BuildCustomCert_GeneratedPair_ReturnsInputsUnchanged()
    {
        var ca = (IGoObject)_sprig.Call("genCA", "x", 1L)!;
        var cert = Field(ca, "Cert");
        var key = Field(ca, "Key");
        var built = (IGoObject)_sprig.Call("buildCustomCert", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(cert)), Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(key)))!;
        Assert.Equal(cert, Field(built, "Cert"));
        Assert.Equal(key, Field(built, "Key"));
        var signed = (IGoObject)_sprig.Call("genSignedCert", "leaf", null, null, 1L, built)!;
        AssertChains(Load(cert), Load(Field(signed, "Cert")));
    }

    [Theory]
    [InlineData("!!", "", "unable to decode base64 certificate")]
    [InlineData("", "!!", "unable to decode base64 private key")]
    [InlineData("", "", "unable to decode certificate")]
    public void BuildCustomCert_BadInput_FailsWithSprigMessage(string cert, string key, string message) =>
        Assert.Equal(message, _sprig.Fails("buildCustomCert", cert, key));

    [Fact]
    public void GenSignedCert_KeyNotMatchingCa_FailsLikeX509()
    {
        var ca = (IGoObject)_sprig.Call("genCA", "ca", 1L)!;
        var other = (IGoObject)_sprig.Call("genCA", "other", 1L)!;
        var mixed = (IGoObject)_sprig.Call("buildCustomCert", B64(Field(ca, "Cert")), B64(Field(other, "Key")))!;
        Assert.Equal(
            "error creating certificate: x509: provided PrivateKey doesn't match parent's PublicKey",
            _sprig.Fails("genSignedCert", "x", null, null, 1L, mixed));
    }

    private static string B64(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));

    private static string Field(IGoObject value, string name)
    {
        Assert.True(value.TryGetField(name, out var field));
        return Assert.IsType<string>(field);
    }

    private static X509Certificate2 Load(string pem)
    {
        Assert.StartsWith("-----BEGIN CERTIFICATE-----\n", pem, StringComparison.Ordinal);
        Assert.EndsWith("-----END CERTIFICATE-----\n", pem, StringComparison.Ordinal);
        return X509Certificate2.CreateFromPem(pem);
    }

    private static RSA PrivateRsa(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }

    private static byte[] TruncatedSha256OfPublicKey(X509Certificate2 cert) =>
        SHA256.HashData(cert.PublicKey.EncodedKeyValue.RawData)[..20];

    private static UniversalTagNumber CommonNameTag(string pem)
    {
        var cert = Load(pem);
        var rdn = new AsnReader(cert.SubjectName.RawData, AsnEncodingRules.DER).ReadSequence().ReadSetOf().ReadSequence();
        rdn.ReadObjectIdentifier();
        return (UniversalTagNumber)rdn.PeekTag().TagValue;
    }

    private static void AssertChains(X509Certificate2 root, X509Certificate2 leaf)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = s_now.AddMinutes(1).UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        Assert.True(chain.Build(leaf), string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation)));
    }

    // openssl is the reference tool for Ed25519 signatures (.NET cannot verify them).
    private static void OpenSslVerify(string caPem, string leafPem)
    {
        var dir = Directory.CreateTempSubdirectory("bosun-sprig-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "ca.pem"), caPem);
            File.WriteAllText(Path.Combine(dir.FullName, "leaf.pem"), leafPem);
            var start = new ProcessStartInfo("openssl")
            {
                WorkingDirectory = dir.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { "verify", "-attime", (s_now.ToUnixTimeSeconds() + 60).ToString(System.Globalization.CultureInfo.InvariantCulture), "-CAfile", "ca.pem", "leaf.pem" })
            {
                start.ArgumentList.Add(arg);
            }

            Process? process;
            try
            {
                process = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return; // openssl not installed: structure checks above still ran
            }

            using (process)
            {
                var output = process!.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, output);
                Assert.Contains("leaf.pem: OK", output, StringComparison.Ordinal);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
