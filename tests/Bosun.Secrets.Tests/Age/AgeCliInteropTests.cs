using System.Security.Cryptography;
using Bosun.Secrets.Age;
using Bosun.Testing;

namespace Bosun.Secrets.Tests.Age;

/// <summary>Interop with the real age CLI ($BOSUN_ORACLE_DIR/bin/age): files each side encrypts, the other decrypts.</summary>
[Trait("Category", Oracles.Category)]
public class AgeCliInteropTests
{
    private static readonly string s_keys = SharedVectors.Path("age", "age-cli-ssh");

    [Theory]
    [InlineData("x25519_a.txt", null)]
    [InlineData("id_ed25519", "id_ed25519.pub")]
    [InlineData("id_rsa2048", "id_rsa2048.pub")]
    public void BothDirections_AgeCliAndBosun_Interoperate(string identityFile, string? recipientsFile)
    {
        // Without the oracle (scripts/install-oracles.sh) there is nothing to compare with.
        if (Oracles.Find("age") is not { } age)
        {
            return;
        }

        using var dir = new TempDirectory();
        byte[] plain = RandomNumberGenerator.GetBytes(100_000);
        string plainPath = Path.Combine(dir.Path, "plain.bin");
        File.WriteAllBytes(plainPath, plain);
        string identity = Path.Combine(s_keys, identityFile);
        var identities = AgeIdentities.ParseFile(File.ReadAllBytes(identity));
        string recipientArg = recipientsFile is null
            ? ((X25519Identity)identities[0]).Recipient.ToString()
            : File.ReadAllText(Path.Combine(s_keys, recipientsFile)).Trim();

        // age CLI encrypts, Bosun decrypts.
        string byAge = Path.Combine(dir.Path, "by-age.age");
        var enc = Oracles.Run(age, ["-e", "-a", "-r", recipientArg, "-o", byAge, plainPath]);
        Assert.True(enc.ExitCode == 0, enc.StandardError);
        Assert.Equal(plain, AgeFile.Decrypt(File.ReadAllBytes(byAge), identities));

        // Bosun encrypts, age CLI decrypts.
        string byBosun = Path.Combine(dir.Path, "by-bosun.age");
        File.WriteAllBytes(byBosun, AgeFile.Encrypt(plain, [AgeRecipients.Parse(recipientArg)]));
        string outPath = Path.Combine(dir.Path, "out.bin");
        var dec = Oracles.Run(age, ["-d", "-i", identity, "-o", outPath, byBosun]);
        Assert.True(dec.ExitCode == 0, dec.StandardError);
        Assert.Equal(plain, File.ReadAllBytes(outPath));
    }
}
