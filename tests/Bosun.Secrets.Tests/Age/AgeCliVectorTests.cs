using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bosun.Secrets.Age;

namespace Bosun.Secrets.Tests.Age;

/// <summary>Files made by the real age 1.1.1 CLI with SSH and X25519 keys (shared/vectors/age/age-cli-ssh), and sops' keysource strings.</summary>
public class AgeCliVectorTests
{
    private static readonly string s_dir = SharedVectors.Path("age", "age-cli-ssh");
    private static readonly string s_sops = SharedVectors.Path("age", "sops-keysource");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_dir, "manifest.json")));
        foreach (var file in manifest.RootElement.GetProperty("files").EnumerateArray())
        {
            data.Add(file.GetProperty("file").GetString() ?? string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void AgeCliFile_DecryptsWithEachListedIdentity(string name)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(s_dir, "manifest.json")));
        var entry = manifest.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == name);
        string payload = entry.GetProperty("payload").GetString() ?? string.Empty;
        string expected = manifest.RootElement.GetProperty("payloads").GetProperty(payload).GetProperty("sha256").GetString() ?? string.Empty;
        byte[] input = File.ReadAllBytes(Path.Combine(s_dir, name));
        Assert.Equal("success", entry.GetProperty("expect").GetString());
        foreach (var id in entry.GetProperty("identities").EnumerateArray())
        {
            var identities = AgeIdentities.ParseFile(File.ReadAllBytes(Path.Combine(s_dir, id.GetString() ?? string.Empty)));
            byte[] plain = AgeFile.Decrypt(input, identities);
            Assert.Equal(expected, Convert.ToHexStringLower(SHA256.HashData(plain)));
        }
    }

    [Fact]
    public void MultiRecipientFile_DoesNotDecryptWithAnUnrelatedKey()
    {
        byte[] input = File.ReadAllBytes(Path.Combine(s_dir, "ed25519_data.age"));
        var rsa = AgeIdentities.ParseFile(File.ReadAllBytes(Path.Combine(s_dir, "id_rsa2048")));
        var e = Assert.Throws<AgeException>(() => AgeFile.Decrypt(input, rsa));
        Assert.Equal(AgeErrorKind.NoMatch, e.Kind);
        Assert.Equal("no identity matched any of the recipients", e.Message);
    }

    [Theory]
    [InlineData("id_ed25519")]
    [InlineData("id_rsa2048")]
    [InlineData("id_rsa4096")]
    public void SshKey_PublicKeyFromPrivateKey_MatchesPubFile(string key)
    {
        var identity = AgeIdentities.ParseFile(File.ReadAllBytes(Path.Combine(s_dir, key))).Single();
        var publicKey = identity switch
        {
            SshEd25519Identity ed => ed.PublicKey,
            SshRsaIdentity rsa => rsa.PublicKey,
            _ => throw new InvalidOperationException(),
        };
        string pub = File.ReadAllText(Path.Combine(s_dir, key + ".pub"));
        Assert.Equal(SshPublicKey.Parse(pub).Blob, publicKey.Blob);
    }

    [Theory]
    [InlineData("id_ed25519")]
    [InlineData("id_rsa2048")]
    [InlineData("x25519_a.txt")]
    public void Key_EncryptThenDecrypt_RoundTrips(string key)
    {
        var identities = AgeIdentities.ParseFile(File.ReadAllBytes(Path.Combine(s_dir, key)));
        var recipient = identities[0] switch
        {
            SshEd25519Identity ed => ed.Recipient,
            SshRsaIdentity rsa => rsa.Recipient,
            X25519Identity x => x.Recipient,
            _ => throw new InvalidOperationException(),
        };
        byte[] plain = RandomNumberGenerator.GetBytes(70_000);
        foreach (bool armor in new[] { false, true })
        {
            byte[] encrypted = AgeFile.Encrypt(plain, [recipient], armor);
            Assert.Equal(plain, AgeFile.Decrypt(encrypted, identities));
        }
    }

    [Fact]
    public void SopsKeysource_X25519AndSshFiles_DecryptToData()
    {
        var x = AgeIdentities.ParseFile(File.ReadAllBytes(Path.Combine(s_sops, "mockIdentity")));
        var ssh = AgeIdentities.ParseFile(File.ReadAllBytes(Path.Combine(s_sops, "mockSshIdentity")));
        Assert.Equal("data"u8.ToArray(), AgeFile.Decrypt(File.ReadAllBytes(Path.Combine(s_sops, "mockEncryptedKey")), x));
        Assert.Equal("data"u8.ToArray(), AgeFile.Decrypt(File.ReadAllBytes(Path.Combine(s_sops, "mockEncryptedSshKey")), ssh));
        Assert.Equal(File.ReadAllText(Path.Combine(s_sops, "mockRecipient")).Trim(), ((X25519Identity)x[0]).Recipient.ToString());
        Assert.Equal(SshPublicKey.Parse(File.ReadAllText(Path.Combine(s_sops, "mockSshRecipient"))).Blob, ((SshEd25519Identity)ssh[0]).PublicKey.Blob);
    }

    [Fact]
    public void SopsKeysource_PassphraseEncryptedIdentityFile_Decrypts()
    {
        string passphrase = File.ReadAllText(Path.Combine(s_sops, "mockIdentityPassphrase")).TrimEnd('\n');
        var ids = AgeIdentities.ParseFile(File.ReadAllBytes(Path.Combine(s_sops, "mockEncryptedIdentity")), () => passphrase);
        Assert.Single(ids);
        var e = Assert.Throws<AgeException>(() => AgeIdentities.ParseFile(File.ReadAllBytes(Path.Combine(s_sops, "mockEncryptedIdentity"))));
        Assert.Equal("the identity file is encrypted with a passphrase and no passphrase was given", e.Message);
    }

    [Fact]
    public void SopsKeysource_OtherIdentity_DoesNotMatch()
    {
        var other = AgeIdentities.ParseFile(File.ReadAllBytes(Path.Combine(s_sops, "mockOtherIdentity")));
        var e = Assert.Throws<AgeException>(() => AgeFile.Decrypt(File.ReadAllBytes(Path.Combine(s_sops, "mockEncryptedKey")), other));
        Assert.Equal(AgeErrorKind.NoMatch, e.Kind);
    }

    [Fact]
    public void Passphrase_EncryptThenDecrypt_RoundTrips()
    {
        byte[] encrypted = AgeFile.Encrypt("hello"u8, [new ScryptRecipient("correct horse", workFactor: 10)], armor: true);
        Assert.Equal("hello"u8.ToArray(), AgeFile.Decrypt(encrypted, [new ScryptIdentity("correct horse")]));
        var e = Assert.Throws<AgeException>(() => AgeFile.Decrypt(encrypted, [new ScryptIdentity("wrong")]));
        Assert.Equal(AgeErrorKind.NoMatch, e.Kind);
    }

    [Fact]
    public void Scrypt_MixedWithOtherRecipients_IsRefused()
    {
        var x = X25519Identity.Generate();
        var e = Assert.Throws<AgeException>(() => AgeFile.Encrypt("a"u8, [new ScryptRecipient("p", 10), x.Recipient]));
        Assert.Equal(AgeErrorKind.Usage, e.Kind);
    }

    [Theory]
    [InlineData("AGE-SECRET-KEY-1QQQ", "error at line 2: malformed secret key: separator '1' at invalid position: pos=15, len=19")]
    [InlineData("age1qqqq", "error at line 2: apparent recipient found in identities file")]
    [InlineData("garbage", "error at line 2: unknown identity type")]
    public void IdentityFile_Malformed_ReportsLine(string line, string message)
    {
        var e = Assert.Throws<AgeException>(() => AgeIdentities.ParseFile(Encoding.UTF8.GetBytes("# comment\n" + line + "\n")));
        Assert.Equal(message, e.Message);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Recipient_SecretKeyGivenAsRecipient_IsNotEchoed()
    {
        string secret = X25519Identity.Generate().Encode();
        var e = Assert.Throws<AgeException>(() => AgeRecipients.Parse(secret));
        Assert.DoesNotContain(secret, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void X25519Identity_Encode_RoundTrips()
    {
        var id = X25519Identity.Generate();
        string text = id.Encode();
        Assert.StartsWith("AGE-SECRET-KEY-1", text, StringComparison.Ordinal);
        Assert.Equal(id.Recipient.ToString(), X25519Identity.Parse(text).Recipient.ToString());
        Assert.DoesNotContain(text, id.ToString(), StringComparison.Ordinal);
    }
}
