using Bosun.Secrets.Sops.Stores;

namespace Bosun.Secrets.Sops;

/// <summary>
/// A decrypted sops file: the plaintext tree, and what is needed to write it back (data key, the cipher's IV
/// stash so unchanged values keep their ciphertext). Hold it only as long as needed.
/// </summary>
public sealed class SopsDecrypted
{
    private readonly byte[] _dataKey;
    private readonly SopsCipher _cipher;

    internal SopsDecrypted(SopsTree tree, byte[] dataKey, SopsCipher cipher, ISopsStore store)
    {
        Tree = tree;
        _dataKey = dataKey;
        _cipher = cipher;
        Store = store;
    }

    /// <summary>The decrypted branches and the file's metadata.</summary>
    public SopsTree Tree { get; }

    public ISopsStore Store { get; }

    /// <summary>The plaintext file in the store's format (what <c>sops decrypt</c> prints).</summary>
    public byte[] EmitPlain(ISopsStore? store = null) => (store ?? Store).EmitPlain(Tree.Branches);

    /// <summary>
    /// Re-encrypts new plaintext branches (an edited file) with the same data key and keys; values whose path
    /// and plaintext did not change keep their IV, so their ciphertext stays byte-identical.
    /// </summary>
    public byte[] Reencrypt(List<SopsBranch> branches, DateTimeOffset? now = null)
    {
        var tree = new SopsTree(branches, Tree.Metadata);
        return SopsFile.Seal(tree, _dataKey, _cipher, Store, now);
    }

    /// <summary>Re-encrypts the current tree with a new data key wrapped for the same age recipients (<c>sops rotate</c>).</summary>
    public byte[] Rotate(DateTimeOffset? now = null)
    {
        var recipients = RequireAgeOnly();
        byte[] dataKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        Tree.Metadata.KeyGroups.Clear();
        Tree.Metadata.KeyGroups.Add(SopsFile.WrapDataKey(dataKey, recipients));
        return SopsFile.Seal(new SopsTree(Tree.Branches, Tree.Metadata), dataKey, new SopsCipher(), Store, now);
    }

    /// <summary>Wraps the existing data key for a new set of age recipients (<c>sops updatekeys</c>); values are re-encrypted unchanged.</summary>
    public byte[] UpdateKeys(IReadOnlyList<string> recipients, DateTimeOffset? now = null)
    {
        RequireAgeOnly();
        var existing = Tree.Metadata.KeyGroups[0].OfType<SopsAgeKey>().ToDictionary(k => k.Recipient, StringComparer.Ordinal);
        var group = new List<SopsMasterKey>();
        foreach (string recipient in recipients)
        {
            group.Add(existing.TryGetValue(recipient, out var kept) ? kept : SopsFile.WrapDataKey(_dataKey, [recipient])[0]);
        }

        Tree.Metadata.KeyGroups.Clear();
        Tree.Metadata.KeyGroups.Add(group);
        return SopsFile.Seal(new SopsTree(Tree.Branches, Tree.Metadata), _dataKey, _cipher, Store, now);
    }

    /// <summary>The age recipients of the file.</summary>
    public IReadOnlyList<string> AgeRecipients => [.. Tree.Metadata.KeyGroups.SelectMany(g => g).OfType<SopsAgeKey>().Select(k => k.Recipient)];

    private IReadOnlyList<string> RequireAgeOnly()
    {
        if (Tree.Metadata.KeyGroups.Count != 1 || Tree.Metadata.KeyGroups[0].Any(k => k is not SopsAgeKey))
        {
            throw new SopsKeyException("only files whose keys are all age keys in one group can be rotated or updated by bosun");
        }

        return AgeRecipients;
    }
}
