using System.Text;
using Bosun.Core.Text;

namespace Bosun.Secrets.Sops.Stores;

/// <summary>dotenv: <c>KEY=VALUE</c> lines, <c>#</c> comments, <c>\n</c> escapes; metadata flattened as <c>sops_…</c>.</summary>
public sealed class DotenvStore : ISopsStore
{
    public string Name => "dotenv";

    public List<SopsBranch> LoadPlain(byte[] data, string path)
    {
        string text = Encoding.UTF8.GetString(data);
        var file = new SourceFile(path, text);
        var branch = new SopsBranch();
        int offset = 0;
        foreach (string line in text.Split('\n'))
        {
            int start = offset;
            offset += line.Length + 1;
            if (line.Length == 0)
            {
                continue;
            }

            var location = new SourceLocation(file, new TextSpan(start, line.Length));
            if (line[0] == '#')
            {
                branch.Add(new SopsItem(new SopsComment(line[1..]), null, location));
                continue;
            }

            int eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                throw new SopsFormatException("invalid dotenv input line: expected KEY=VALUE", location);
            }

            branch.Add(new SopsItem(line[..eq], line[(eq + 1)..].Replace("\\n", "\n", StringComparison.Ordinal), new SourceLocation(file, new TextSpan(start + eq + 1, line.Length - eq - 1))));
        }

        return [branch];
    }

    public SopsTree LoadEncrypted(byte[] data, string path)
    {
        var branches = LoadPlain(data, path);
        var flat = new SopsBranch();
        var rest = new SopsBranch();
        foreach (var item in branches[0])
        {
            if (item.Key is string key && key.StartsWith("sops_", StringComparison.Ordinal))
            {
                flat.Add(new SopsItem(key["sops_".Length..], item.Value, item.Location));
            }
            else
            {
                rest.Add(item);
            }
        }

        if (flat.Count == 0)
        {
            throw new SopsFormatException("sops metadata not found");
        }

        return new SopsTree([rest], SopsMetadataCodec.Read(SopsFlatten.Unflatten(flat)));
    }

    public byte[] EmitPlain(List<SopsBranch> branches)
    {
        var sb = new StringBuilder();
        foreach (var item in branches[0])
        {
            if (item.Value is SopsBranch or SopsList)
            {
                throw new SopsFormatException($"cannot use complex value in dotenv file; offending key {item.Key}", item.Location);
            }

            if (item.Key is SopsComment comment)
            {
                sb.Append('#').Append(comment.Value).Append('\n');
                continue;
            }

            string value = item.Value is string s ? s.Replace("\n", "\\n", StringComparison.Ordinal) : SopsValues.ValToString(item.Value);
            sb.Append((string)item.Key).Append('=').Append(value).Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public byte[] EmitEncrypted(SopsTree tree)
    {
        var md = SopsFlatten.Flatten(SopsMetadataCodec.Write(tree.Metadata), "sops_");
        var branch = new SopsBranch();
        foreach (var item in tree.Branches[0])
        {
            if (item.Key is string key && key.StartsWith("sops_", StringComparison.Ordinal))
            {
                throw new SopsFormatException($"Found key \"{key}\" in encrypted data, which starts with the reserved key prefix \"sops_\" for SOPS metadata", item.Location);
            }

            branch.Add(item);
        }

        branch.AddRange(md);
        return EmitPlain([branch]);
    }
}
