using System.Globalization;

namespace Bosun.Secrets.Sops;

/// <summary>
/// Converts between the <c>sops</c> metadata block and <see cref="SopsMetadata"/>: reads every layout sops has
/// written (struct order, <c>[]</c>/<c>null</c> empties, flattened dotenv/INI keys), writes sops 3.13's
/// (keys sorted at every level, empties omitted, <c>age</c>/<c>hc_vault</c> kept in key groups).
/// </summary>
public static class SopsMetadataCodec
{
    private static readonly string[] s_keyKinds = ["age", "azure_kv", "gcp_kms", "hc_vault", "hckms", "kms", "pgp"];

    /// <summary>Go's <c>time.RFC3339</c> of the UTC time: seconds precision, <c>Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads metadata; throws <see cref="SopsFormatException"/> with sops' message.</summary>
    public static SopsMetadata Read(SopsBranch branch)
    {
        var m = new SopsMetadata();
        string lastModified = Text(branch, "lastmodified");
        if (!DateTimeOffset.TryParseExact(lastModified, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new SopsFormatException($"parsing time {Quote(lastModified)} as \"2006-01-02T15:04:05Z07:00\": cannot parse {Quote(lastModified)}");
        }

        m.LastModified = time;
        m.Mac = Text(branch, "mac");
        m.Version = Text(branch, "version");
        m.UnencryptedSuffix = Text(branch, "unencrypted_suffix");
        m.EncryptedSuffix = Text(branch, "encrypted_suffix");
        m.UnencryptedRegex = Text(branch, "unencrypted_regex");
        m.EncryptedRegex = Text(branch, "encrypted_regex");
        m.UnencryptedCommentRegex = Text(branch, "unencrypted_comment_regex");
        m.EncryptedCommentRegex = Text(branch, "encrypted_comment_regex");
        m.MacOnlyEncrypted = branch.Find("mac_only_encrypted")?.Value switch
        {
            bool b => b,
            string s => s is "true" or "True" or "1",
            long l => l != 0,
            _ => false,
        };
        m.ShamirThreshold = branch.Find("shamir_threshold")?.Value switch
        {
            long l => (int)l,
            string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) => v,
            double d => (int)d,
            _ => 0,
        };

        var topLevel = ReadGroup(branch);
        if (topLevel.Count > 0)
        {
            m.KeyGroups.Add(topLevel);
        }
        else if (branch.Find("key_groups")?.Value is SopsList groups && groups.Count > 0)
        {
            foreach (var group in groups.OfType<SopsBranch>())
            {
                m.KeyGroups.Add(ReadGroup(group));
            }
        }
        else
        {
            throw new SopsFormatException("No keys found in file");
        }

        if (m.RuleCount > 1)
        {
            throw new SopsFormatException("Cannot use more than one of encrypted_suffix, unencrypted_suffix, encrypted_regex, unencrypted_regex, encrypted_comment_regex, or unencrypted_comment_regex in the same file");
        }

        if (m.RuleCount == 0)
        {
            m.UnencryptedSuffix = "_unencrypted";
        }

        return m;
    }

    private static List<SopsMasterKey> ReadGroup(SopsBranch branch)
    {
        var keys = new List<SopsMasterKey>();
        // sops builds a group in this order: kms, gcp_kms, hckms, azure_kv, hc_vault, pgp, age.
        foreach (string kind in new[] { "kms", "gcp_kms", "hckms", "azure_kv", "hc_vault", "pgp", "age" })
        {
            if (branch.Find(kind)?.Value is not SopsList list)
            {
                continue;
            }

            foreach (var entry in list.OfType<SopsBranch>())
            {
                if (kind == "age")
                {
                    keys.Add(new SopsAgeKey(Text(entry, "recipient"), Text(entry, "enc")));
                }
                else
                {
                    keys.Add(new SopsOpaqueKey(kind, new SopsBranch(entry.Where(i => i.Key is string))));
                }
            }
        }

        return keys;
    }

    /// <summary>The metadata as sops 3.13 writes it: sorted keys, empties omitted.</summary>
    public static SopsBranch Write(SopsMetadata m)
    {
        var items = new List<SopsItem>();
        if (m.KeyGroups.Count == 1)
        {
            items.AddRange(GroupItems(m.KeyGroups[0], inKeyGroups: false));
        }
        else
        {
            var groups = new SopsList();
            foreach (var group in m.KeyGroups)
            {
                groups.Add(new SopsBranch(GroupItems(group, inKeyGroups: true).OrderBy(i => (string)i.Key, StringComparer.Ordinal)));
            }

            items.Add(new SopsItem("key_groups", groups));
        }

        items.Add(new SopsItem("lastmodified", m.LastModifiedText));
        items.Add(new SopsItem("mac", m.Mac));
        AddIf(items, "unencrypted_suffix", m.UnencryptedSuffix);
        AddIf(items, "encrypted_suffix", m.EncryptedSuffix);
        AddIf(items, "unencrypted_regex", m.UnencryptedRegex);
        AddIf(items, "encrypted_regex", m.EncryptedRegex);
        AddIf(items, "unencrypted_comment_regex", m.UnencryptedCommentRegex);
        AddIf(items, "encrypted_comment_regex", m.EncryptedCommentRegex);
        if (m.MacOnlyEncrypted)
        {
            items.Add(new SopsItem("mac_only_encrypted", true));
        }

        if (m.ShamirThreshold != 0)
        {
            items.Add(new SopsItem("shamir_threshold", (long)m.ShamirThreshold));
        }

        items.Add(new SopsItem("version", m.Version));
        return new SopsBranch(items.OrderBy(i => (string)i.Key, StringComparer.Ordinal));
    }

    private static IEnumerable<SopsItem> GroupItems(List<SopsMasterKey> group, bool inKeyGroups)
    {
        foreach (string kind in s_keyKinds)
        {
            var list = new SopsList(group.Where(k => k.Kind == kind).Select(k => (object?)new SopsBranch(k.ToBranch().OrderBy(i => (string)i.Key, StringComparer.Ordinal))));
            if (list.Count > 0 || (inKeyGroups && kind is "age" or "hc_vault"))
            {
                yield return new SopsItem(kind, list);
            }
        }
    }

    private static void AddIf(List<SopsItem> items, string key, string value)
    {
        if (value.Length > 0)
        {
            items.Add(new SopsItem(key, value));
        }
    }

    private static string Text(SopsBranch branch, string key) => branch.Find(key)?.Value switch
    {
        null => string.Empty,
        string s => s,
        SopsTimestamp t => FormatTime(t.Value),
        object o => SopsValues.ValToString(o),
    };

    private static string Quote(string s) => Core.Values.GoStrconv.Quote(s);
}
