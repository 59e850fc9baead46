using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Generators;

namespace Bosun.Secrets.Age;

/// <summary>A passphrase recipient (scrypt). It must be the only recipient of a file.</summary>
public sealed class ScryptRecipient : IAgeRecipient
{
    internal const string Label = "age-encryption.org/v1/scrypt";
    private readonly byte[] _passphrase;
    private readonly int _workFactor;

    /// <param name="passphrase">The passphrase (UTF-8 encoded).</param>
    /// <param name="workFactor">log2 of scrypt's N; age's default is 18.</param>
    public ScryptRecipient(string passphrase, int workFactor = 18)
    {
        if (passphrase.Length == 0)
        {
            throw new AgeException(AgeErrorKind.Key, "passphrase can't be empty");
        }

        if (workFactor is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(workFactor));
        }

        _passphrase = Encoding.UTF8.GetBytes(passphrase);
        _workFactor = workFactor;
    }

    public bool MustBeAlone => true;

    public IReadOnlyList<AgeStanza> Wrap(byte[] fileKey)
    {
        byte[] salt = AgePrimitives.RandomBytes(16);
        byte[] key = DeriveKey(_passphrase, salt, _workFactor);
        return [new AgeStanza("scrypt", [AgeBase64.EncodeRaw(salt), _workFactor.ToString(CultureInfo.InvariantCulture)], AgePrimitives.AeadEncrypt(key, fileKey))];
    }

    internal static byte[] DeriveKey(byte[] passphrase, byte[] salt, int logN) =>
        SCrypt.Generate(passphrase, [.. Encoding.ASCII.GetBytes(Label), .. salt], 1 << logN, 8, 1, 32);
}
