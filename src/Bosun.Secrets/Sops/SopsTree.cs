using System.Security.Cryptography;
using Bosun.Core.Text.Re2;

namespace Bosun.Secrets.Sops;

/// <summary>
/// A sops document: branches (one per YAML document) and metadata. <see cref="Encrypt"/> and
/// <see cref="Decrypt"/> walk the leaves exactly as sops does (paths, comment stacks, encryption rules) and
/// return the MAC over the plaintext values.
/// </summary>
public sealed class SopsTree
{
    /// <summary>SHA-256("sops"): prepended to the MAC input when <c>mac_only_encrypted</c> is set.</summary>
    private static readonly byte[] s_macOnlyEncryptedInit = Convert.FromHexString("8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69");

    public SopsTree(List<SopsBranch> branches, SopsMetadata metadata)
    {
        Branches = branches;
        Metadata = metadata;
    }

    public List<SopsBranch> Branches { get; }

    public SopsMetadata Metadata { get; }

    /// <summary>Encrypts every leaf the rules select; returns the MAC (128 uppercase hex digits).</summary>
    public string Encrypt(byte[] key, SopsCipher cipher)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        if (Metadata.MacOnlyEncrypted)
        {
            hash.AppendData(s_macOnlyEncryptedInit);
        }

        foreach (var branch in Branches)
        {
            WalkBranch(branch, [], [], (value, path, comments) =>
            {
                bool isComment = value is SopsComment;
                bool encrypted = ShouldBeEncrypted(path, comments, isComment);
                if ((!Metadata.MacOnlyEncrypted || encrypted) && !isComment)
                {
                    hash.AppendData(SopsValues.ToBytes(value));
                }

                if (!encrypted)
                {
                    return value;
                }

                string text = cipher.Encrypt(value, key, string.Join(':', path) + ":");
                if (isComment && Metadata.UnencryptedCommentRegex.Length > 0 && Matches(Metadata.UnencryptedCommentRegex, text))
                {
                    throw new SopsCryptoException("Encrypted comment matches UnencryptedCommentRegex! Make sure that UnencryptedCommentRegex cannot match an encrypted comment.");
                }

                return value is SopsComment c ? new SopsComment(text, c.Inline) : text;
            });
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Decrypts every leaf the rules select; returns the MAC over the plaintext. Values become typed again.</summary>
    public string Decrypt(byte[] key, SopsCipher cipher)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        if (Metadata.MacOnlyEncrypted)
        {
            hash.AppendData(s_macOnlyEncryptedInit);
        }

        foreach (var branch in Branches)
        {
            WalkBranch(branch, [], [], (value, path, comments) =>
            {
                bool isComment = value is SopsComment;
                bool encrypted = ShouldBeEncrypted(path, comments, isComment);
                object result = value;
                if (encrypted)
                {
                    string aad = string.Join(':', path) + ":";
                    if (value is SopsComment comment)
                    {
                        try
                        {
                            result = cipher.Decrypt(comment.Value, key, aad);
                        }
                        catch (SopsCryptoException)
                        {
                            // sops assumes an old file with a plain comment and keeps it.
                            result = comment;
                        }
                    }
                    else if (value is string text)
                    {
                        result = cipher.Decrypt(text, key, aad);
                    }
                    else
                    {
                        throw new SopsCryptoException($"Expected encrypted value as string, but got {SopsValues.TypeName(value)}");
                    }
                }

                if ((!Metadata.MacOnlyEncrypted || encrypted) && !isComment)
                {
                    hash.AppendData(SopsValues.ToBytes(result));
                }

                return result;
            });
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The leaves with their paths, in document order (comments excluded).</summary>
    public IEnumerable<(IReadOnlyList<string> Path, object Value)> Leaves()
    {
        var result = new List<(IReadOnlyList<string>, object)>();
        foreach (var branch in Branches)
        {
            WalkBranch(branch, [], [], (value, path, _) =>
            {
                if (value is not SopsComment)
                {
                    result.Add((path.ToArray(), value));
                }

                return value;
            });
        }

        return result;
    }

    internal bool ShouldBeEncrypted(List<string> path, List<List<string>> comments, bool isComment)
    {
        var m = Metadata;
        bool encrypted = true;
        if (m.UnencryptedSuffix.Length > 0 && path.Exists(p => p.EndsWith(m.UnencryptedSuffix, StringComparison.Ordinal)))
        {
            encrypted = false;
        }

        if (m.EncryptedSuffix.Length > 0)
        {
            encrypted = path.Exists(p => p.EndsWith(m.EncryptedSuffix, StringComparison.Ordinal));
        }

        if (m.UnencryptedRegex.Length > 0 && path.Exists(p => Matches(m.UnencryptedRegex, p)))
        {
            encrypted = false;
        }

        if (m.EncryptedRegex.Length > 0)
        {
            encrypted = path.Exists(p => Matches(m.EncryptedRegex, p));
        }

        if (m.UnencryptedCommentRegex.Length > 0 && comments.Exists(cs => cs.Exists(c => Matches(m.UnencryptedCommentRegex, c))))
        {
            encrypted = false;
        }

        if (m.EncryptedCommentRegex.Length > 0)
        {
            encrypted = false;
            for (int i = 0; i < comments.Count && !encrypted; i++)
            {
                for (int j = 0; j < comments[i].Count; j++)
                {
                    // The comment line that matches is itself not encrypted: skip the last line of the last set.
                    if (isComment && i == comments.Count - 1 && j == comments[i].Count - 1)
                    {
                        continue;
                    }

                    if (Matches(m.EncryptedCommentRegex, comments[i][j]))
                    {
                        encrypted = true;
                        break;
                    }
                }
            }
        }

        return encrypted;
    }

    private static bool Matches(string pattern, string input)
    {
        try
        {
            return Re2Regex.Compile(pattern).IsMatch(input);
        }
        catch (Re2SyntaxException)
        {
            return false;
        }
    }

    private delegate object OnLeaf(object value, List<string> path, List<List<string>> comments);

    private static object? WalkValue(object? value, List<string> path, List<List<string>> comments, OnLeaf onLeaf) => value switch
    {
        null => null,
        SopsBranch branch => WalkBranch(branch, path, comments, onLeaf),
        SopsList list => WalkList(list, path, comments, onLeaf),
        _ => onLeaf(value, path, comments),
    };

    private static SopsList WalkList(SopsList list, List<string> path, List<List<string>> comments, OnLeaf onLeaf)
    {
        var stack = new List<List<string>>(comments) { new() };
        for (int i = 0; i < list.Count; i++)
        {
            bool isComment = list[i] is SopsComment;
            if (list[i] is SopsComment c)
            {
                stack[^1].Add(c.Value);
            }

            list[i] = WalkValue(list[i], path, stack, onLeaf);
            if (!isComment)
            {
                stack[^1] = [];
            }
        }

        return list;
    }

    private static SopsBranch WalkBranch(SopsBranch branch, List<string> path, List<List<string>> comments, OnLeaf onLeaf)
    {
        var stack = new List<List<string>>(comments) { new() };
        foreach (var item in branch)
        {
            if (item.Key is SopsComment c)
            {
                stack[^1].Add(c.Value);
                object result = onLeaf(c, path, stack);
                item.Key = result switch
                {
                    SopsComment rc => rc,
                    string s => new SopsComment(s, c.Inline),
                    _ => throw new InvalidOperationException("a comment walk must give a comment or a string"),
                };
                continue;
            }

            string key = (string)item.Key;
            item.Value = WalkValue(item.Value, [.. path, key], stack, onLeaf);
            stack[^1] = [];
        }

        return branch;
    }
}
