using System.Text;

namespace Bosun.Secrets.Age;

/// <summary>
/// Parses identity files as the age CLI does: lines of <c>AGE-SECRET-KEY-1…</c> (with <c>#</c> comments), an
/// SSH private key file, or an age file encrypted with a passphrase (decrypted with a passphrase callback).
/// Errors carry the 1-based line and never the key.
/// </summary>
public static class AgeIdentities
{
    /// <summary>Parses one identity line (an <c>AGE-SECRET-KEY-1…</c> string).</summary>
    public static IAgeIdentity ParseLine(string line)
    {
        if (line.StartsWith("AGE-SECRET-KEY-PQ-1", StringComparison.Ordinal))
        {
            throw new AgeException(AgeErrorKind.Key, "post-quantum (ML-KEM) identities are not supported");
        }

        if (line.StartsWith("AGE-PLUGIN-", StringComparison.Ordinal))
        {
            throw new AgeException(AgeErrorKind.Key, "age plugin identities are not supported");
        }

        if (line.StartsWith("AGE-SECRET-KEY-1", StringComparison.Ordinal))
        {
            return X25519Identity.Parse(line);
        }

        if (line.StartsWith("age1", StringComparison.Ordinal))
        {
            throw new AgeException(AgeErrorKind.Key, "apparent recipient found in identities file");
        }

        throw new AgeException(AgeErrorKind.Key, "unknown identity type");
    }

    /// <summary>Parses the contents of an identity file.</summary>
    /// <param name="content">The file bytes.</param>
    /// <param name="passphrase">Asked for the passphrase of an encrypted identity file; null refuses such files.</param>
    public static IReadOnlyList<IAgeIdentity> ParseFile(byte[] content, Func<string?>? passphrase = null)
    {
        var span = content.AsSpan();
        if (span.StartsWith("age-encryption"u8) || span.StartsWith("-----BEGIN AGE"u8))
        {
            string? pass = passphrase?.Invoke();
            if (string.IsNullOrEmpty(pass))
            {
                throw new AgeException(AgeErrorKind.Key, "the identity file is encrypted with a passphrase and no passphrase was given");
            }

            byte[] inner = AgeFile.Decrypt(content, [new ScryptIdentity(pass)]);
            return ParseFile(inner, passphrase: null);
        }

        string text = Encoding.UTF8.GetString(content);
        if (text.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            return [SshPrivateKey.Parse(text)];
        }

        var result = new List<IAgeIdentity>();
        int n = 0;
        foreach (string raw in text.Split('\n'))
        {
            n++;
            string line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            try
            {
                result.Add(ParseLine(line));
            }
            catch (AgeException e)
            {
                throw new AgeException(AgeErrorKind.Key, $"error at line {n}: {e.Message}") { Line = n };
            }
        }

        if (result.Count == 0)
        {
            throw new AgeException(AgeErrorKind.Key, "no identities found");
        }

        return result;
    }
}
