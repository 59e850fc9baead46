using System.Globalization;
using System.Text;

namespace Bosun.Secrets.Age;

/// <summary>age-keygen: new X25519 key files and the recipients of identity files (<c>-y</c>).</summary>
public static class AgeKeygen
{
    /// <summary>A new identity and its key file text, as age-keygen writes it (<c># created</c>, <c># public key</c>, key).</summary>
    public static (X25519Identity Identity, string FileText) Generate(DateTimeOffset now)
    {
        var identity = X25519Identity.Generate();
        string created = now.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)
            + (now.Offset == TimeSpan.Zero ? "Z" : now.ToString("zzz", CultureInfo.InvariantCulture));
        string text = $"# created: {created}\n# public key: {identity.Recipient}\n{identity.Encode()}\n";
        return (identity, text);
    }

    /// <summary>age-keygen -y: one recipient line per identity in the file.</summary>
    public static string ToRecipients(byte[] identityFile)
    {
        var sb = new StringBuilder();
        foreach (var identity in AgeIdentities.ParseFile(identityFile))
        {
            string line = identity switch
            {
                X25519Identity x => x.Recipient.ToString(),
                SshEd25519Identity ed => ed.PublicKey.Line,
                SshRsaIdentity rsa => rsa.PublicKey.Line,
                _ => throw new AgeException(AgeErrorKind.Key, "unsupported identity type"),
            };
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }
}
