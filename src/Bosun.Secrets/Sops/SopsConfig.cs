using System.Text;
using Bosun.Core.Text.Re2;
using Bosun.Secrets.Sops.Stores;

namespace Bosun.Secrets.Sops;

/// <summary>
/// <c>.sops.yaml</c>: the first <c>creation_rules</c> entry whose <c>path_regex</c> matches the file gives the age
/// recipients and encryption rule; <c>stores.yaml.indent</c> / <c>stores.json.indent</c> set output indentation.
/// Found like sops: searched upwards from the working directory.
/// </summary>
public sealed class SopsConfig
{
    public List<SopsCreationRule> CreationRules { get; } = [];

    public int YamlIndent { get; private set; } = 4;

    /// <summary>The nearest <c>.sops.yaml</c> (or <c>.sops.yml</c>) at or above <paramref name="directory"/>, or null.</summary>
    public static string? Find(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            foreach (string name in new[] { ".sops.yaml", ".sops.yml" })
            {
                string candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static SopsConfig Load(string path)
    {
        var branches = new YamlStore().LoadPlain(File.ReadAllBytes(path), path);
        var config = new SopsConfig();
        var root = branches.Count > 0 ? branches[0] : [];
        if (root.Find("stores")?.Value is SopsBranch stores && stores.Find("yaml")?.Value is SopsBranch yaml && yaml.Find("indent")?.Value is long indent)
        {
            config.YamlIndent = (int)indent;
        }

        if (root.Find("creation_rules")?.Value is SopsList rules)
        {
            foreach (var rule in rules.OfType<SopsBranch>())
            {
                string Text(string key) => rule.Find(key)?.Value as string ?? string.Empty;
                var age = rule.Find("age")?.Value switch
                {
                    string s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    SopsList l => l.OfType<string>().Select(s => s.Trim()).ToArray(),
                    _ => [],
                };
                config.CreationRules.Add(new SopsCreationRule(Text("path_regex"), age, Text("unencrypted_suffix"), Text("encrypted_suffix"),
                    Text("unencrypted_regex"), Text("encrypted_regex"), rule.Find("mac_only_encrypted")?.Value is true, rule.Find("key_groups") is not null));
            }
        }

        return config;
    }

    /// <summary>The first rule whose path_regex matches the path (relative to the config's folder, '/'-separated), or null.</summary>
    public SopsCreationRule? Match(string relativePath)
    {
        string path = relativePath.Replace('\\', '/');
        foreach (var rule in CreationRules)
        {
            if (rule.PathRegex.Length == 0)
            {
                return rule;
            }

            try
            {
                if (Re2Regex.Compile(rule.PathRegex).IsMatch(path))
                {
                    return rule;
                }
            }
            catch (Re2SyntaxException e)
            {
                throw new SopsFormatException("invalid path_regex " + Core.Values.GoStrconv.Quote(rule.PathRegex) + ": " + e.Message);
            }
        }

        return null;
    }

    internal static string Describe(IEnumerable<string> items) => new StringBuilder().AppendJoin(", ", items).ToString();
}
