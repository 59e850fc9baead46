using System.Text;

namespace Bosun.Secrets.Age;

/// <summary>A passphrase identity (scrypt); accepts work factors up to 2^22 as age does.</summary>
public sealed class ScryptIdentity : IAgeIdentity
{
    private readonly byte[] _passphrase;

    public ScryptIdentity(string passphrase, int maxWorkFactor = 22)
    {
        if (passphrase.Length == 0)
        {
            throw new AgeException(AgeErrorKind.Key, "passphrase can't be empty");
        }

        _passphrase = Encoding.UTF8.GetBytes(passphrase);
        MaxWorkFactor = maxWorkFactor;
    }

    public int MaxWorkFactor { get; }

    public bool IsNative => true;

    public byte[]? Unwrap(IReadOnlyList<AgeStanza> stanzas)
    {
        foreach (var stanza in stanzas)
        {
            if (stanza.Type == "scrypt" && stanzas.Count != 1)
            {
                throw Invalid("an scrypt recipient must be the only one");
            }
        }

        foreach (var stanza in stanzas)
        {
            if (stanza.Type != "scrypt")
            {
                continue;
            }

            if (stanza.Args.Count != 2)
            {
                throw Invalid("invalid scrypt recipient block");
            }

            if (!AgeBase64.TryDecodeRaw(stanza.Args[0], out byte[] salt))
            {
                throw Invalid("failed to parse scrypt salt: illegal base64 data");
            }

            if (salt.Length != 16)
            {
                throw Invalid("invalid scrypt recipient block");
            }

            string w = stanza.Args[1];
            if (w.Length == 0 || w[0] is < '1' or > '9' || !w.All(char.IsAsciiDigit))
            {
                throw Invalid($"scrypt work factor encoding invalid: {AgeHeader.GoQuote(w)}");
            }

            if (!int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int logN))
            {
                throw Invalid($"failed to parse scrypt work factor: strconv.Atoi: parsing {AgeHeader.GoQuote(w)}: value out of range");
            }

            if (logN > MaxWorkFactor)
            {
                throw Invalid($"scrypt work factor too large: {logN}");
            }

            if (stanza.Body.Length != AgePrimitives.FileKeySize + 16)
            {
                throw Invalid("invalid scrypt recipient block: incorrect file key size");
            }

            byte[] key = ScryptRecipient.DeriveKey(_passphrase, salt, logN);
            return AgePrimitives.AeadDecrypt(key, stanza.Body);
        }

        return null;
    }

    public override string ToString() => "ScryptIdentity(***)";

    private static AgeException Invalid(string message) => new(AgeErrorKind.Header, message);
}
