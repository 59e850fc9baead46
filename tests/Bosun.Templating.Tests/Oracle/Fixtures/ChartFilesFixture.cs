using System.Text;
using System.Text.RegularExpressions;
using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Templating.Tests.Oracle.Fixtures;

/// <summary>
/// helm's <c>engine.files</c> (<c>map[string][]byte</c>) for <c>.Files</c>, with Get, GetBytes, Lines,
/// Glob, AsConfig and AsSecrets as helm's pkg/engine/files.go defines them.
/// </summary>
internal sealed class ChartFilesFixture : GoMap
{
    public static readonly GoType FilesType = new("engine.files", GoKind.Map, GoType.Bytes, isNamed: true);

    public ChartFilesFixture(IEnumerable<KeyValuePair<string, byte[]>> files)
        : base(FilesType)
    {
        foreach (var (name, data) in files)
        {
            Entries[name] = data;
        }
    }

    public override bool TryGetMethod(string name, out GoMethod? method)
    {
        method = name switch
        {
            "Get" => new GoMethod(GoSignature.Of(GoType.String), args => Encoding.UTF8.GetString(GetBytes((string?)args[0]))),
            "GetBytes" => new GoMethod(GoSignature.Of(GoType.String), args => GetBytes((string?)args[0])),
            "Lines" => new GoMethod(GoSignature.Of(GoType.String), args => Lines((string?)args[0])),
            "Glob" => new GoMethod(GoSignature.Of(GoType.String), args => Glob((string?)args[0] ?? string.Empty)),
            "AsConfig" => new GoMethod(GoSignature.Of(), _ => AsYaml(data => Encoding.UTF8.GetString(data))),
            "AsSecrets" => new GoMethod(GoSignature.Of(), _ => AsYaml(Convert.ToBase64String)),
            _ => null,
        };
        return method is not null;
    }

    private byte[] GetBytes(string? name) =>
        name is not null && TryGetValue(name, out var value) && value is byte[] data ? data : [];

    private GoList Lines(string? name)
    {
        byte[] data = GetBytes(name);
        if (data.Length == 0)
        {
            return GoList.OfStrings([]);
        }

        string text = Encoding.UTF8.GetString(data);
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        return GoList.OfStrings(text.Split('\n'));
    }

    private ChartFilesFixture Glob(string pattern)
    {
        Regex regex = GlobToRegex(pattern) ?? GlobToRegex("**")!;
        return new ChartFilesFixture(Entries
            .Where(e => regex.IsMatch(e.Key))
            .Select(e => new KeyValuePair<string, byte[]>(e.Key, (byte[])e.Value!)));
    }

    private string AsYaml(Func<byte[], string> encode)
    {
        var map = new GoMap(GoType.MapOfString);
        foreach (var (name, value) in Entries)
        {
            map[Path.GetFileName(name)] = encode((byte[])value!);
        }

        string yaml = GoYaml.Serialize(map);
        return yaml.EndsWith('\n') ? yaml[..^1] : yaml;
    }

    /// <summary>gobwas/glob with separator '/': <c>*</c>, <c>**</c>, <c>?</c>, <c>[...]</c>, <c>[!...]</c>, <c>{a,b}</c>.</summary>
    private static Regex? GlobToRegex(string pattern)
    {
        var builder = new StringBuilder("^");
        int depth = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    builder.Append(".*");
                    i++;
                    break;
                case '*':
                    builder.Append("[^/]*");
                    break;
                case '?':
                    builder.Append("[^/]");
                    break;
                case '[':
                    int end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        return null;
                    }

                    string set = pattern[(i + 1)..end];
                    builder.Append(set.StartsWith('!') ? "[^" + Regex.Escape(set[1..]) + "]" : "[" + Regex.Escape(set) + "]");
                    i = end;
                    break;
                case '{':
                    depth++;
                    builder.Append("(?:");
                    break;
                case '}' when depth > 0:
                    depth--;
                    builder.Append(')');
                    break;
                case ',' when depth > 0:
                    builder.Append('|');
                    break;
                case '\\' when i + 1 < pattern.Length:
                    builder.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return depth != 0 ? null : new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
