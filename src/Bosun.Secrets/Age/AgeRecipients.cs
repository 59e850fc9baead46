namespace Bosun.Secrets.Age;

/// <summary>Parses recipient strings the way the age CLI does (<c>age1…</c>, <c>ssh-ed25519 …</c>, <c>ssh-rsa …</c>).</summary>
public static class AgeRecipients
{
    public static IAgeRecipient Parse(string s)
    {
        if (s.StartsWith("AGE-", StringComparison.Ordinal))
        {
            // Never echo it: it is probably a secret key given where a public key belongs.
            throw new AgeException(AgeErrorKind.Key, "apparent identity (secret key) found where a recipient was expected");
        }

        if (s.StartsWith("age1pq1", StringComparison.Ordinal))
        {
            throw new AgeException(AgeErrorKind.Key, $"unsupported recipient type: {AgeHeader.GoQuote(s)}: post-quantum (ML-KEM) recipients are not supported");
        }

        if (s.StartsWith("age1", StringComparison.Ordinal) && s.Count(c => c == '1') > 1)
        {
            throw new AgeException(AgeErrorKind.Key, $"unsupported recipient type: {AgeHeader.GoQuote(s)}: age plugins are not supported");
        }

        if (s.StartsWith("age1", StringComparison.Ordinal))
        {
            return X25519Recipient.Parse(s);
        }

        if (s.StartsWith("ssh-", StringComparison.Ordinal))
        {
            var key = SshPublicKey.Parse(s);
            return key.Type == "ssh-rsa" ? SshRsaRecipient.Create(key) : SshEd25519Recipient.Create(key);
        }

        throw new AgeException(AgeErrorKind.Key, $"unknown recipient type: {AgeHeader.GoQuote(s)}");
    }

    /// <summary>Parses a recipients file: one per line, <c>#</c> comments and blank lines ignored; errors carry the line.</summary>
    public static IReadOnlyList<IAgeRecipient> ParseFile(string text)
    {
        var result = new List<IAgeRecipient>();
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
                result.Add(Parse(line));
            }
            catch (AgeException e)
            {
                string message = line.StartsWith("AGE-", StringComparison.Ordinal)
                    ? $"error at line {n}: apparent identity found in recipients file"
                    : $"malformed recipient at line {n}: {e.Message}";
                throw new AgeException(AgeErrorKind.Key, message) { Line = n };
            }
        }

        if (result.Count == 0)
        {
            throw new AgeException(AgeErrorKind.Key, "no recipients found");
        }

        return result;
    }
}
