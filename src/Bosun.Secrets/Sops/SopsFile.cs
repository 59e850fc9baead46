using System.Security.Cryptography;
using System.Text;
using Bosun.Secrets.Age;
using Bosun.Secrets.Sops.Stores;

namespace Bosun.Secrets.Sops;

/// <summary>
/// Encrypts, decrypts and re-encrypts whole sops files with age keys. Decryption verifies the MAC;
/// re-encryption after an edit reuses the ciphertext of unchanged values (sops' IV stash).
/// </summary>
public static class SopsFile
{
    /// <summary>The sops version Bosun's output is laid out like (written as <c>version</c>).</summary>
    public const string Version = "3.13.2";

    /// <summary>Decrypts an encrypted file's bytes; throws the Sops*Exception types with sops' wording.</summary>
    public static SopsDecrypted Decrypt(byte[] data, string path, ISopsStore store, IReadOnlyList<IAgeIdentity> identities, bool ignoreMac = false)
    {
        var tree = store.LoadEncrypted(data, path);
        byte[] key = GetDataKey(tree.Metadata, identities);
        var cipher = new SopsCipher();
        string mac = tree.Decrypt(key, cipher);
        VerifyMac(tree.Metadata, mac, key, cipher, ignoreMac);
        return new SopsDecrypted(tree, key, cipher, store);
    }

    /// <summary>Recovers the data key from the first age key an identity opens.</summary>
    public static byte[] GetDataKey(SopsMetadata metadata, IReadOnlyList<IAgeIdentity> identities)
    {
        if (metadata.KeyGroups.Count > 1)
        {
            throw new SopsKeyException("files with several key groups (Shamir secret sharing) are not supported");
        }

        var group = metadata.KeyGroups[0];
        var failures = new List<string>();
        foreach (var key in group.OfType<SopsAgeKey>())
        {
            if (identities.Count == 0)
            {
                break;
            }

            try
            {
                byte[] dataKey = AgeFile.Decrypt(Encoding.ASCII.GetBytes(key.EncryptedKey), identities);
                if (dataKey.Length == 32)
                {
                    return dataKey;
                }

                failures.Add($"{key.Recipient}: the decrypted data key is not 32 bytes");
            }
            catch (AgeException e)
            {
                failures.Add($"{key.Recipient}: {e.Message}");
            }
        }

        if (identities.Count == 0)
        {
            throw new SopsKeyException("no age identity found: set SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or SOPS_AGE_SSH_PRIVATE_KEY_FILE, or create ~/.config/sops/age/keys.txt");
        }

        if (!group.OfType<SopsAgeKey>().Any())
        {
            throw new SopsKeyException("the file has no age recipients (only " + string.Join(", ", group.Select(k => k.Kind).Distinct()) + " keys, which bosun cannot use)");
        }

        throw new SopsKeyException("Error getting data key: 0 successful groups required, got 0: " + string.Join("; ", failures));
    }

    private static void VerifyMac(SopsMetadata metadata, string computed, byte[] key, SopsCipher cipher, bool ignoreMac)
    {
        if (ignoreMac)
        {
            return;
        }

        if (metadata.Mac.Length == 0)
        {
            throw new SopsCryptoException("the file has no MAC (sops refuses it unless --ignore-mac)");
        }

        object stored;
        try
        {
            stored = cipher.Decrypt(metadata.Mac, key, metadata.LastModifiedText);
        }
        catch (SopsCryptoException)
        {
            throw new SopsMacException("Failed to decrypt MAC: the file was tampered with or lastmodified was changed");
        }

        if (stored is not string s || !string.Equals(s, computed, StringComparison.Ordinal))
        {
            throw new SopsMacException("MAC mismatch: the file was modified without sops (or was tampered with)");
        }
    }

    /// <summary>Encrypts a plaintext file with a fresh data key.</summary>
    public static byte[] Encrypt(byte[] plaintext, string path, ISopsStore store, SopsEncryptOptions options)
    {
        var branches = store.LoadPlain(plaintext, path);
        foreach (var branch in branches)
        {
            if (branch.Find("sops") is { } existing && store is not DotenvStore)
            {
                throw new SopsFormatException("The file already has sops metadata (it is already encrypted)", existing.Location);
            }
        }

        var metadata = new SopsMetadata
        {
            UnencryptedSuffix = options.UnencryptedSuffix,
            EncryptedSuffix = options.EncryptedSuffix,
            UnencryptedRegex = options.UnencryptedRegex,
            EncryptedRegex = options.EncryptedRegex,
            UnencryptedCommentRegex = options.UnencryptedCommentRegex,
            EncryptedCommentRegex = options.EncryptedCommentRegex,
            MacOnlyEncrypted = options.MacOnlyEncrypted,
        };
        if (metadata.RuleCount > 1)
        {
            throw new SopsFormatException("Cannot use more than one of encrypted_suffix, unencrypted_suffix, encrypted_regex, unencrypted_regex, encrypted_comment_regex, or unencrypted_comment_regex in the same file");
        }

        if (metadata.RuleCount == 0)
        {
            metadata.UnencryptedSuffix = "_unencrypted";
        }

        if (options.AgeRecipients.Count == 0)
        {
            throw new SopsKeyException("no age recipients: give --age or a .sops.yaml creation rule");
        }

        byte[] dataKey = RandomNumberGenerator.GetBytes(32);
        metadata.KeyGroups.Add(WrapDataKey(dataKey, options.AgeRecipients));
        var tree = new SopsTree(branches, metadata);
        return Seal(tree, dataKey, new SopsCipher(), store, options.Now);
    }

    /// <summary>One age key per recipient, each an armored age file of the data key (as sops writes them).</summary>
    public static List<SopsMasterKey> WrapDataKey(byte[] dataKey, IEnumerable<string> recipients)
    {
        var keys = new List<SopsMasterKey>();
        foreach (string recipient in recipients)
        {
            var parsed = AgeRecipients.Parse(recipient.Trim());
            keys.Add(new SopsAgeKey(recipient.Trim(), Encoding.ASCII.GetString(AgeFile.Encrypt(dataKey, [parsed], armor: true))));
        }

        return keys;
    }

    /// <summary>Encrypts the tree's values, computes and stores the MAC, and emits the file.</summary>
    internal static byte[] Seal(SopsTree tree, byte[] dataKey, SopsCipher cipher, ISopsStore store, DateTimeOffset? now)
    {
        tree.Metadata.LastModified = (now ?? DateTimeOffset.UtcNow).ToUniversalTime();
        tree.Metadata.Version = Version;
        string mac = tree.Encrypt(dataKey, cipher);
        tree.Metadata.Mac = cipher.Encrypt(mac, dataKey, tree.Metadata.LastModifiedText);
        return store.EmitEncrypted(tree);
    }
}
