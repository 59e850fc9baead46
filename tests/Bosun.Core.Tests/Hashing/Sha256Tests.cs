using System.Text;
using Bosun.Core.Hashing;

namespace Bosun.Core.Tests.Hashing;

public class Sha256Tests
{
    [Theory]
    // FIPS 180-4 / NIST CAVP examples.
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void HashData_NistVectors_MatchPublishedDigests(string input, string expected)
    {
        Assert.Equal(expected, Convert.ToHexStringLower(Sha256.HashData(Encoding.ASCII.GetBytes(input))));
    }

    [Fact]
    public void HashData_MillionAs_MatchesPublishedDigest()
    {
        byte[] input = Encoding.ASCII.GetBytes(new string('a', 1_000_000));
        Assert.Equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Convert.ToHexStringLower(Sha256.HashData(input)));
    }

    [Fact]
    public void HashData_EveryLengthAroundBlockBoundaries_MatchesPlatformSha256()
    {
        // Lengths 0..300 cover every padding case (one or two final blocks) several times over.
        var random = new Random(20261122);
        for (int length = 0; length <= 300; length++)
        {
            byte[] input = new byte[length];
            random.NextBytes(input);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(input), Sha256.HashData(input));
        }
    }
}
