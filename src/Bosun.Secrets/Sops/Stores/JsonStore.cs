using System.Globalization;
using System.Text;
using Bosun.Core.Text;
using Bosun.Core.Values;

namespace Bosun.Secrets.Sops.Stores;

/// <summary>
/// JSON as sops 3.13 reads and writes it: key order kept, numbers as int64 when they fit else float64, output
/// indented with a tab (or N spaces), Go's escaping of <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>.
/// </summary>
public sealed partial class JsonStore : ISopsStore
{
    private readonly string _indent;

    /// <param name="indent">-1 for a tab (sops' default), otherwise that many spaces.</param>
    public JsonStore(int indent = -1)
    {
        _indent = indent < 0 ? "\t" : new string(' ', indent);
    }

    public string Name => "json";

    public List<SopsBranch> LoadPlain(byte[] data, string path)
    {
        string text = Encoding.UTF8.GetString(data);
        var reader = new JsonReader(new SourceFile(path, text));
        reader.SkipSpace();
        if (reader.Peek() != '{')
        {
            throw new SopsFormatException("Could not unmarshal input data: SOPS only supports JSON files with a top-level object (starting with '{')", reader.Location());
        }

        var branch = (SopsBranch)reader.ReadValue()!;
        reader.SkipSpace();
        return [branch];
    }

    public SopsTree LoadEncrypted(byte[] data, string path) => SopsStores.ExtractNested(LoadPlain(data, path));

    public byte[] EmitPlain(List<SopsBranch> branches)
    {
        var sb = new StringBuilder();
        WriteValue(sb, branches[0], 0);
        sb.Append('\n');
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public byte[] EmitEncrypted(SopsTree tree) => EmitPlain(SopsStores.WithNestedMetadata(tree));

    private void WriteValue(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case SopsBranch branch:
            {
                var items = branch.Where(i => i.Key is string).ToList();
                if (items.Count == 0)
                {
                    sb.Append("{}");
                    return;
                }

                sb.Append('{');
                for (int i = 0; i < items.Count; i++)
                {
                    sb.Append(i == 0 ? "\n" : ",\n");
                    Indent(sb, depth + 1);
                    sb.Append(GoJson.Serialize((string)items[i].Key, escapeHtml: true)).Append(": ");
                    WriteValue(sb, items[i].Value, depth + 1);
                }

                sb.Append('\n');
                Indent(sb, depth);
                sb.Append('}');
                return;
            }

            case SopsList list:
            {
                var items = list.Where(i => i is not SopsComment).ToList();
                if (items.Count == 0)
                {
                    sb.Append("[]");
                    return;
                }

                sb.Append('[');
                for (int i = 0; i < items.Count; i++)
                {
                    sb.Append(i == 0 ? "\n" : ",\n");
                    Indent(sb, depth + 1);
                    WriteValue(sb, items[i], depth + 1);
                }

                sb.Append('\n');
                Indent(sb, depth);
                sb.Append(']');
                return;
            }

            case null: sb.Append("null"); return;
            case bool b: sb.Append(b ? "true" : "false"); return;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); return;
            case double d: sb.Append(GoJson.Serialize(d, escapeHtml: true)); return;
            case string s: sb.Append(GoJson.Serialize(s, escapeHtml: true)); return;
            case byte[] bytes: sb.Append(GoJson.Serialize(Encoding.UTF8.GetString(bytes), escapeHtml: true)); return;
            case SopsTimestamp t: sb.Append(GoJson.Serialize(t.Format(), escapeHtml: true)); return;
            default: throw new SopsFormatException("cannot encode value of type " + value.GetType().Name + " as JSON");
        }
    }

    private void Indent(StringBuilder sb, int depth)
    {
        for (int i = 0; i < depth; i++)
        {
            sb.Append(_indent);
        }
    }
}
