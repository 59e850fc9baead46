using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Org.BouncyCastle.Crypto.Generators;

namespace Bosun.Templating.Tests.Functions.Sprig;

// Expected values taken from helm v4.1.4 (sprig v3.3.0 on Go 1.25).
public sealed class SprigCryptoFunctionsTests
{
    private readonly SprigFunctionInvoker _sprig = new();

    [Theory]
    [InlineData("sha1sum", "héllo", "35b5ea45c5e41f78b46a937cc74d41dfea920890")]
    [InlineData("sha256sum", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("sha512sum", "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")]
    [InlineData("adler32sum", "héllo wörld", "773523054")]
    [InlineData("adler32sum", "", "1")]
    [InlineData("adler32sum", "abc", "38600999")]
    public void Hash_Text_HashesUtf8Bytes(string function, string input, string expected) =>
        Assert.Equal(expected, _sprig.Call(function, input));

    [Fact]
    public void Bcrypt_Password_Is2aCost10HashThatVerifies()
    {
        var hash = (string)_sprig.Call("bcrypt", "abc")!;
        Assert.Matches(new Regex(@"^\$2a\$10\$[./A-Za-z0-9]{53}$", RegexOptions.CultureInvariant), hash);
        Assert.True(OpenBsdBCrypt.CheckPassword(hash, "abc".ToCharArray()));
        Assert.False(OpenBsdBCrypt.CheckPassword(hash, "abd".ToCharArray()));
    }

    [Fact]
    public void Bcrypt_SaltFromGoHash_ReproducesGoHashExactly()
    {
        // Produced by helm: {{ bcrypt "abc" }}; its salt is the 22 characters after "$2a$10$".
        const string fromHelm = "$2a$10$FoCbIyhcmDYVHHfFHiKKSOtjRgVhdQNISWEFT8vK/RjKQC8N0EGvi";
        var salt = BcryptBase64Decode(fromHelm[7..29], 16);
        Assert.Equal(fromHelm, Bosun.Templating.Functions.Sprig.SprigCryptoBcrypt.Hash("abc"u8.ToArray(), salt, 10));
    }

    private static byte[] BcryptBase64Decode(string text, int length)
    {
        const string alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var result = new byte[length];
        int bit = 0;
        foreach (char c in text)
        {
            int v = alphabet.IndexOf(c, StringComparison.Ordinal);
            for (int i = 5; i >= 0; i--)
            {
                if (bit / 8 < length && ((v >> i) & 1) == 1)
                {
                    result[bit / 8] |= (byte)(0x80 >> (bit % 8));
                }

                bit++;
            }
        }

        return result;
    }

    [Fact]
    public void Bcrypt_PasswordOver72Bytes_ReturnsSprigErrorText() =>
        Assert.Equal(
            "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes",
            _sprig.Call("bcrypt", new string('a', 73)));

    [Fact]
    public void Htpasswd_User_IsUserColonBcrypt()
    {
        var line = (string)_sprig.Call("htpasswd", "myUser", "myPassword")!;
        Assert.StartsWith("myUser:$2a$10$", line, StringComparison.Ordinal);
        Assert.True(OpenBsdBCrypt.CheckPassword(line["myUser:".Length..], "myPassword".ToCharArray()));
    }

    [Fact]
    public void Htpasswd_UserWithColon_ReturnsInvalidUsername() =>
        Assert.Equal("invalid username: a:b", _sprig.Call("htpasswd", "a:b", "x"));

    [Theory]
    [InlineData(1u, "long", "password", "user", "example.com", "ZedaFaxcZaso9*")]
    [InlineData(1u, "maximum", "pässword", "usér", "example.com", "Kh8AqKKGDG&RT(dw)%1]")]
    [InlineData(1u, "bogus", "p", "u", "e", "cannot find password template bogus")]
    public void DerivePassword_Inputs_MatchesMasterPasswordAlgorithm(uint counter, string type, string password, string user, string site, string expected) =>
        Assert.Equal(expected, _sprig.Call("derivePassword", new Bosun.Core.Values.GoInt(Bosun.Core.Values.GoType.Uint32, counter), type, password, user, site));

    [Fact]
    public void DecryptAES_CiphertextFromHelm_Decrypts() =>
        Assert.Equal("plaintext", _sprig.Call("decryptAES", "secretkey", "l81wrRlAhW8NHJWzP5P/JcTrPoAcusufnVCBKCvS3/w="));

    [Fact]
    public void EncryptAES_Plaintext_IsIvThenAes256CbcPkcs7()
    {
        var encrypted = (string)_sprig.Call("encryptAES", "secretkey", "héllo, world!!!!")!;
        var bytes = Convert.FromBase64String(encrypted);
        Assert.Equal(16 + 32, bytes.Length);
        using var aes = Aes.Create();
        var key = new byte[32];
        Encoding.UTF8.GetBytes("secretkey").CopyTo(key, 0);
        aes.Key = key;
        var plain = aes.DecryptCbc(bytes.AsSpan(16), bytes.AsSpan(0, 16), PaddingMode.PKCS7);
        Assert.Equal("héllo, world!!!!", Encoding.UTF8.GetString(plain));
    }

    [Fact]
    public void EncryptAES_LongPassword_RoundTripsWithTruncatedKey()
    {
        const string password = "a-very-long-password-longer-than-32-bytes";
        var encrypted = _sprig.Call("encryptAES", password, "héllo");
        Assert.Equal("héllo", _sprig.Call("decryptAES", password, encrypted));
        Assert.Equal("héllo", _sprig.Call("decryptAES", password[..32] + "ignored", encrypted));
    }

    [Fact]
    public void EncryptDecryptAES_EmptyInput_IsEmpty()
    {
        Assert.Equal(string.Empty, _sprig.Call("encryptAES", "k", ""));
        Assert.Equal(string.Empty, _sprig.Call("decryptAES", "k", ""));
    }

    [Theory]
    [InlineData("!!", "illegal base64 data at input byte 0")]
    [InlineData("YWJj", "runtime error: slice bounds out of range [:16] with capacity 3")]
    [InlineData("YWJj\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n", "runtime error: slice bounds out of range [16:3]")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAA", "crypto/cipher: input not full blocks")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==", "runtime error: index out of range [-1]")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "runtime error: slice bounds out of range [:-19]")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "runtime error: slice bounds out of range [:-3]")]
    public void DecryptAES_BadInput_FailsLikeGo(string input, string message) =>
        Assert.Equal(message, _sprig.Fails("decryptAES", "k", input));
}
