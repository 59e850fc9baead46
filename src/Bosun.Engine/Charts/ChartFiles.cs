using System.Text;
using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>engine.files</c> (<c>.Files</c>): a <c>map[string][]byte</c> of the chart's non-template files
/// with the methods Get, GetBytes, Glob, Lines, AsConfig and AsSecrets.
/// </summary>
public sealed class ChartFiles : GoMap
{
    /// <summary>The Go type as %T prints it.</summary>
    public static readonly GoType FilesType = new("engine.files", GoKind.Map, GoType.Bytes, isNamed: true);

    private static readonly GoSignature s_name = GoSignature.Of(GoType.String);
    private static readonly GoSignature s_none = GoSignature.Of();

    public ChartFiles(IEnumerable<ChartFile> files)
        : base(FilesType)
    {
        foreach (var file in files)
        {
            Entries[file.Name] = file.Data;
        }
    }

    private ChartFiles()
        : base(FilesType)
    {
    }

    /// <summary>files.GetBytes: the bytes, or an empty slice when absent.</summary>
    public byte[] GetBytes(string name) => TryGetValue(name, out object? v) && v is byte[] b ? b : [];

    /// <summary>files.Get: the contents as a string, empty when absent.</summary>
    public string Get(string name) => Encoding.UTF8.GetString(GetBytes(name));

    /// <summary>files.Glob: the files whose path matches the gobwas/glob pattern.</summary>
    public ChartFiles Glob(string pattern)
    {
        var regex = FilesGlob.Compile(pattern);
        var result = new ChartFiles();
        foreach (var (name, data) in Entries)
        {
            if (regex.IsMatch(name))
            {
                result.Entries[name] = data;
            }
        }

        return result;
    }

    /// <summary>files.Lines: the file split on "\n" without its final newline.</summary>
    public GoList Lines(string name)
    {
        if (!TryGetValue(name, out object? v) || v is not byte[] bytes)
        {
            return GoList.OfStrings([]);
        }

        string text = Encoding.UTF8.GetString(bytes);
        if (text.Length == 0)
        {
            throw new GoFailure("runtime error: index out of range [-1]");
        }

        if (text[^1] == '\n')
        {
            text = text[..^1];
        }

        return GoList.OfStrings(text.Split('\n'));
    }

    /// <summary>files.AsConfig: base name → contents as YAML (for a ConfigMap's data).</summary>
    public string AsConfig() => ToYaml(data => Encoding.UTF8.GetString(data));

    /// <summary>files.AsSecrets: base name → base64 contents as YAML (for a Secret's data).</summary>
    public string AsSecrets() => ToYaml(Convert.ToBase64String);

    public override bool TryGetMethod(string name, out GoMethod? method)
    {
        method = name switch
        {
            "Get" => new GoMethod(s_name, args => Get(Arg(args))),
            "GetBytes" => new GoMethod(s_name, args => GetBytes(Arg(args))),
            "Glob" => new GoMethod(s_name, args => Glob(Arg(args))),
            "Lines" => new GoMethod(s_name, args => Lines(Arg(args))),
            "AsConfig" => new GoMethod(s_none, _ => AsConfig()),
            "AsSecrets" => new GoMethod(s_none, _ => AsSecrets()),
            _ => null,
        };
        return method is not null;
    }

    private static string Arg(object?[] args) => args.Length > 0 && args[0] is string s ? s : string.Empty;

    private string ToYaml(Func<byte[], string> convert)
    {
        var map = new GoMap(GoType.MapOfString);
        foreach (var (name, data) in Entries)
        {
            int slash = name.LastIndexOf('/');
            map[slash < 0 ? name : name[(slash + 1)..]] = data is byte[] bytes ? convert(bytes) : string.Empty;
        }

        try
        {
            string yaml = GoYaml.Serialize(map);
            return yaml.EndsWith('\n') ? yaml[..^1] : yaml;
        }
        catch (GoYamlException)
        {
            // helm's toYAML swallows marshalling errors and returns "".
            return string.Empty;
        }
    }
}
