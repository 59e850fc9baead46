using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Bosun.Secrets.Age;

namespace Bosun.Secrets.Tests.Age;

/// <summary>
/// The C2SP CCTV age testkit: every vector whose identities are X25519 or passphrases must give exactly the
/// expected outcome class and release exactly the expected plaintext (its SHA-256), also on failure.
/// ML-KEM hybrid vectors (AGE-SECRET-KEY-PQ-1 identities) are not applicable: Bosun has no post-quantum age.
/// </summary>
public class CctvTestkitTests
{
    private static readonly string s_dir = SharedVectors.Path("age", "cctv-testkit");

    public static TheoryData<string> ApplicableVectors()
    {
        var data = new TheoryData<string>();
        foreach (var name in AllNames().Where(n => !Load(n).IsPostQuantum))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ApplicableVectors))]
    public void Vector_Decrypts_AsTheTestkitExpects(string name)
    {
        var vector = Load(name);
        var identities = new List<IAgeIdentity>();
        identities.AddRange(vector.Identities.Select(X25519Identity.Parse));
        identities.AddRange(vector.Passphrases.Select(p => new ScryptIdentity(p)));
        using var output = new MemoryStream();
        string outcome = "success";
        try
        {
            byte[] input = vector.Armored ? AgeArmor.Decode(vector.Body) : vector.Body;
            AgeFile.Decrypt(input, identities, output);
        }
        catch (AgeException e)
        {
            outcome = e.Kind switch
            {
                AgeErrorKind.NoMatch => "no match",
                AgeErrorKind.HeaderMac => "HMAC failure",
                AgeErrorKind.Header => "header failure",
                AgeErrorKind.Payload => "payload failure",
                AgeErrorKind.Armor => "armor failure",
                _ => "unexpected " + e.Kind + ": " + e.Message,
            };
        }

        Assert.Equal(vector.Expect, outcome);
        if (vector.Payload is { } payload)
        {
            Assert.Equal(payload, Convert.ToHexStringLower(SHA256.HashData(output.ToArray())));
        }
    }

    [Fact]
    public void Testkit_OnlyPostQuantumVectorsAreSkipped()
    {
        var all = AllNames().ToList();
        var skipped = all.Where(n => Load(n).IsPostQuantum).ToList();
        Assert.Equal(143, all.Count);
        Assert.All(skipped, n => Assert.Contains("hybrid", n, StringComparison.Ordinal));
        Assert.Equal(19, skipped.Count);
    }

    [Theory]
    [MemberData(nameof(ApplicableVectors))]
    public void Vector_HeaderReserializes_ByteForByte(string name)
    {
        var vector = Load(name);
        if (vector.Expect != "success")
        {
            return;
        }

        byte[] input = vector.Armored ? AgeArmor.Decode(vector.Body) : vector.Body;
        var (header, offset) = AgeHeader.Parse(input);
        Assert.Equal(input[..offset], header.Marshal());
    }

    private static IEnumerable<string> AllNames() =>
        Directory.EnumerateFiles(s_dir).Select(Path.GetFileName).OfType<string>().Where(n => n != "README.md").Order(StringComparer.Ordinal);

    private static Vector Load(string name)
    {
        byte[] raw = File.ReadAllBytes(Path.Combine(s_dir, name));
        int pos = 0;
        var vector = new Vector();
        while (true)
        {
            int nl = Array.IndexOf(raw, (byte)'\n', pos);
            string line = Encoding.UTF8.GetString(raw, pos, nl - pos);
            pos = nl + 1;
            if (line.Length == 0)
            {
                break;
            }

            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            string key = line[..colon];
            string value = line[(colon + 2)..];
            switch (key)
            {
                case "expect": vector.Expect = value; break;
                case "payload": vector.Payload = value; break;
                case "identity": vector.Identities.Add(value); break;
                case "passphrase": vector.Passphrases.Add(value); break;
                case "armored": vector.Armored = value == "yes"; break;
                case "compressed": vector.Compressed = value == "zlib"; break;
            }
        }

        byte[] body = raw[pos..];
        if (vector.Compressed)
        {
            using var z = new ZLibStream(new MemoryStream(body), CompressionMode.Decompress);
            using var m = new MemoryStream();
            z.CopyTo(m);
            body = m.ToArray();
        }

        vector.Body = body;
        return vector;
    }

    private sealed class Vector
    {
        public string Expect { get; set; } = string.Empty;

        public string? Payload { get; set; }

        public List<string> Identities { get; } = [];

        public List<string> Passphrases { get; } = [];

        public bool Armored { get; set; }

        public bool Compressed { get; set; }

        public byte[] Body { get; set; } = [];

        public bool IsPostQuantum => Identities.Any(i => i.StartsWith("AGE-SECRET-KEY-PQ-", StringComparison.Ordinal));
    }
}
