using System.Text;
using Bosun.Core.Text;

namespace Bosun.Secrets.Sops.Stores;

/// <summary>
/// INI as sops reads and writes it through go-ini: sections are branches of string values, comments attach to
/// the next key or section, output aligns <c>=</c> per section with a blank line after each section; metadata
/// lives in a <c>[sops]</c> section with flattened keys and escaped newlines.
/// </summary>
public sealed class IniStore : ISopsStore
{
    public string Name => "ini";

    public List<SopsBranch> LoadPlain(byte[] data, string path)
    {
        string text = Encoding.UTF8.GetString(data);
        var file = new SourceFile(path, text);
        var root = new SopsBranch();
        var current = new SopsBranch();
        root.Add(new SopsItem("DEFAULT", current));
        var comments = new List<string>();
        string[] lines = text.Split('\n');
        int offset = 0;
        for (int n = 0; n < lines.Length; n++)
        {
            int start = offset;
            offset += lines[n].Length + 1;
            string line = lines[n].TrimEnd('\r').TrimStart();
            var location = new SourceLocation(file, new TextSpan(start, lines[n].Length));
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] is '#' or ';')
            {
                comments.Add(line);
                continue;
            }

            if (line[0] == '[')
            {
                int close = line.IndexOf(']', StringComparison.Ordinal);
                if (close < 0)
                {
                    throw new SopsFormatException("Could not unmarshal input data: unclosed section: " + line, location);
                }

                current = new SopsBranch();
                if (comments.Count > 0)
                {
                    current.Add(new SopsItem(new SopsComment(StripCommentChar(string.Join('\n', comments))), null, location));
                    comments.Clear();
                }

                string name = line[1..close].Trim();
                var existing = root.Find(name);
                if (name == "DEFAULT" && existing?.Value is SopsBranch def && def.Count == 0)
                {
                    existing.Value = current;
                }
                else
                {
                    root.Add(new SopsItem(name, current, location));
                }

                continue;
            }

            int eq = line.IndexOfAny(['=', ':']);
            if (eq < 0)
            {
                throw new SopsFormatException("Could not unmarshal input data: key-value delimiter not found: " + line, location);
            }

            string key = line[..eq].Trim();
            string value = line[(eq + 1)..].Trim();
            if (value.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                var sb = new StringBuilder(value[3..]);
                while (!sb.ToString().EndsWith("\"\"\"", StringComparison.Ordinal) && n + 1 < lines.Length)
                {
                    n++;
                    offset += lines[n].Length + 1;
                    sb.Append('\n').Append(lines[n].TrimEnd('\r'));
                }

                string joined = sb.ToString();
                value = joined.EndsWith("\"\"\"", StringComparison.Ordinal) ? joined[..^3] : joined;
            }
            else if (value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '`' && value[^1] == '`')))
            {
                value = value[1..^1];
            }

            current.Add(new SopsItem(key, value, location));
            if (comments.Count > 0)
            {
                current.Add(new SopsItem(new SopsComment(StripCommentChar(string.Join('\n', comments))), null, location));
                comments.Clear();
            }
        }

        return [root];
    }

    private static string StripCommentChar(string comment) =>
        comment.StartsWith(';') ? comment.TrimStart(';', ' ') : comment.StartsWith('#') ? comment.TrimStart('#', ' ') : comment;

    public SopsTree LoadEncrypted(byte[] data, string path)
    {
        var branches = LoadPlain(data, path);
        var section = branches[0].Find("sops");
        if (section?.Value is not SopsBranch flat)
        {
            throw new SopsFormatException("sops metadata not found");
        }

        branches[0].Remove(section);
        var unescaped = new SopsBranch(flat.Where(i => i.Key is string).Select(i => new SopsItem(i.Key, i.Value is string s ? s.Replace("\\n", "\n", StringComparison.Ordinal) : i.Value)));
        return new SopsTree(branches, SopsMetadataCodec.Read(SopsFlatten.Unflatten(unescaped)));
    }

    public byte[] EmitPlain(List<SopsBranch> branches)
    {
        var sb = new StringBuilder();
        foreach (var branch in branches)
        {
            foreach (var item in branch)
            {
                if (item.Key is not string name)
                {
                    continue;
                }

                if (item.Value is not SopsBranch section)
                {
                    throw new SopsFormatException("Error encoding section: Section values should always be TreeBranches", item.Location);
                }

                string sectionComment = section.Count > 0 && section[0].Key is SopsComment c ? c.Value : string.Empty;
                var keys = new List<(string Key, string Value, string Comment)>();
                for (int i = sectionComment.Length > 0 ? 1 : 0; i < section.Count; i++)
                {
                    if (section[i].Key is SopsComment kc)
                    {
                        if (keys.Count > 0)
                        {
                            keys[^1] = (keys[^1].Key, keys[^1].Value, kc.Value);
                        }
                    }
                    else
                    {
                        keys.Add(((string)section[i].Key, SopsValues.ValToString(section[i].Value), string.Empty));
                    }
                }

                if (name == "DEFAULT" && keys.Count == 0 && sectionComment.Length == 0)
                {
                    continue;
                }

                WriteComment(sb, sectionComment);
                if (name != "DEFAULT")
                {
                    sb.Append('[').Append(name).Append("]\n");
                }

                int width = keys.Count == 0 ? 0 : keys.Max(k => k.Key.Length);
                foreach (var (key, value, comment) in keys)
                {
                    WriteComment(sb, comment);
                    sb.Append(key).Append(' ', width - key.Length).Append(" = ").Append(Quote(value)).Append('\n');
                }

                sb.Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public byte[] EmitEncrypted(SopsTree tree)
    {
        var flat = SopsFlatten.Flatten(SopsMetadataCodec.Write(tree.Metadata), string.Empty);
        var escaped = new SopsBranch(flat.Select(i => new SopsItem(i.Key, i.Value is string s ? s.Replace("\n", "\\n", StringComparison.Ordinal) : i.Value)));
        var branch = new SopsBranch(tree.Branches[0]);
        if (branch.Find("sops") is { } clash)
        {
            throw new SopsFormatException("Found key \"sops\" in encrypted data, which is a reserved key used for SOPS metadata", clash.Location);
        }

        branch.Add(new SopsItem("sops", escaped));
        return EmitPlain([branch]);
    }

    private static void WriteComment(StringBuilder sb, string comment)
    {
        if (comment.Length == 0)
        {
            return;
        }

        foreach (string line in comment.Split('\n'))
        {
            sb.Append(line.StartsWith('#') || line.StartsWith(';') ? line : "; " + line).Append('\n');
        }
    }

    private static string Quote(string value)
    {
        if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('`', StringComparison.Ordinal))
        {
            return "\"\"\"" + value + "\"\"\"";
        }

        if (value.Length > 0 && (value.Contains('#', StringComparison.Ordinal) || value.Contains(';', StringComparison.Ordinal) || value[0] == ' ' || value[^1] == ' '))
        {
            return "`" + value + "`";
        }

        return value;
    }
}
