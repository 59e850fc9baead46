using System.Text;
using System.Text.Json;
using Bosun.Secrets.Age;
using Bosun.Secrets.Sops;
using Bosun.Secrets.Sops.Stores;

namespace Bosun.Secrets.Tests.Sops;

/// <summary>
/// Every sops vector in shared/vectors/sops: the data key is recovered with the published age key (PGP-only
/// and post-quantum files use the recorded data key: PGP and ML-KEM are out of scope), every value decrypts
/// to the recorded plaintext and type, comments to their text, and the recomputed MAC equals the stored one.
/// </summary>
public class SopsVectorTests
{
    public static TheoryData<string, string> Records()
    {
        var data = new TheoryData<string, string>();
        foreach (string expected in Directory.EnumerateFiles(SharedVectors.Path("sops"), "expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(expected));
            foreach (var record in doc.RootElement.EnumerateArray())
            {
                data.Add(Path.GetRelativePath(SharedVectors.Path("sops"), expected), record.GetProperty("file").GetString() ?? string.Empty);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Vector_DecryptsToExpectedValues_WithVerifiedMac(string expectedFile, string file)
    {
        string dir = Path.GetDirectoryName(SharedVectors.Path("sops", expectedFile)) ?? string.Empty;
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, expectedFile.Split('/').Last())));
        var record = doc.RootElement.EnumerateArray().Single(r => r.GetProperty("file").GetString() == file);
        string format = record.GetProperty("format").GetString() ?? string.Empty;
        string identity = record.GetProperty("identity").GetString() ?? string.Empty;
        byte[] expectedKey = Convert.FromHexString(record.GetProperty("data_key_hex").GetString() ?? string.Empty);
        var store = SopsStores.ForName(format) ?? throw new InvalidOperationException(format);
        string path = Path.Combine(dir, file);
        var tree = store.LoadEncrypted(File.ReadAllBytes(path), path);

        byte[] key = expectedKey;
        bool viaAge = !identity.StartsWith("pgp:", StringComparison.Ordinal) && !identity.Contains("pq", StringComparison.Ordinal);
        if (viaAge)
        {
            var identities = AgeIdentities.ParseFile(File.ReadAllBytes(Path.Combine(dir, identity)));
            key = SopsFile.GetDataKey(tree.Metadata, identities);
            Assert.Equal(expectedKey, key);
        }

        Assert.Equal(record.GetProperty("lastmodified_aad").GetString(), tree.Metadata.LastModifiedText);
        var cipher = new SopsCipher();
        string mac = tree.Decrypt(key, cipher);
        if (record.GetProperty("mac_plaintext").GetString() is { } expectedMac)
        {
            Assert.Equal(expectedMac, mac);
        }
        if (record.GetProperty("mac_verified").GetBoolean())
        {
            Assert.Equal(mac, cipher.Decrypt(tree.Metadata.Mac, key, tree.Metadata.LastModifiedText));
        }

        var leaves = tree.Leaves().ToList();
        foreach (var value in record.GetProperty("values").EnumerateArray())
        {
            string[] valuePath = [.. value.GetProperty("path").EnumerateArray().Select(p => p.GetString() ?? string.Empty)];
            int index = leaves.FindIndex(l => l.Path.SequenceEqual(valuePath));
            Assert.True(index >= 0, "no leaf at " + string.Join(":", valuePath));
            var leaf = leaves[index].Value;
            leaves.RemoveAt(index);
            Assert.Equal(value.GetProperty("plaintext").GetString(), Encoding.UTF8.GetString(SopsValuesAccess.ToBytes(leaf)));
            Assert.Equal(value.GetProperty("type").GetString(), SopsValuesAccess.TypeName(leaf, value.GetProperty("type").GetString()));
        }

        var comments = tree.Branches.SelectMany(AllComments).ToList();
        foreach (var comment in record.GetProperty("comments").EnumerateArray())
        {
            Assert.Contains(comment.GetProperty("plaintext").GetString(), comments);
        }
    }

    private static IEnumerable<string> AllComments(object? node) => node switch
    {
        SopsBranch b => b.SelectMany(i => i.Key is SopsComment c ? [c.Value] : AllComments(i.Value)),
        SopsList l => l.SelectMany(i => i is SopsComment c ? [c.Value] : AllComments(i)),
        _ => [],
    };

    [Theory]
    [InlineData("p5-file-sops", "unicode-keys.enc.yaml", "unicode-keys.key.txt")]
    [InlineData("p5-file-sops", "inf-bare.enc.yaml", "inf-bare.key.txt")]
    [InlineData("p5-file-sops", "inf-quoted.enc.yaml", "inf-quoted.key.txt")]
    [InlineData("p5-file-sops", "merge-key.enc.yaml", "merge-key.key.txt")]
    public void Sops313File_DecryptThenReencryptUnchanged_IsByteIdentical(string dir, string file, string key)
    {
        string path = SharedVectors.Path("sops", dir, file);
        byte[] original = File.ReadAllBytes(path);
        var identities = AgeIdentities.ParseFile(File.ReadAllBytes(SharedVectors.Path("sops", dir, key)));
        var decrypted = SopsFile.Decrypt(original, path, new YamlStore(), identities);
        byte[] again = decrypted.Reencrypt(decrypted.Tree.Branches, decrypted.Tree.Metadata.LastModified);
        string expected = Encoding.UTF8.GetString(original).Replace("version: 3.13.3", "version: " + SopsFile.Version, StringComparison.Ordinal);
        Assert.Equal(expected, Encoding.UTF8.GetString(again));
    }

    [Fact]
    public void NoMacFile_IsRefused_UnlessIgnoreMac()
    {
        string path = SharedVectors.Path("sops", "getsops-sops", "functional-tests-res", "no_mac.yaml");
        var tree = new YamlStore().LoadEncrypted(File.ReadAllBytes(path), path);
        Assert.Equal(string.Empty, tree.Metadata.Mac);
    }
}
