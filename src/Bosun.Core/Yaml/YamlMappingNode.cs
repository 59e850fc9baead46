using Bosun.Core.Text;

namespace Bosun.Core.Yaml;

/// <summary>A mapping (<c>key: value</c> or <c>{a: b}</c>); entries keep source order, duplicates included.</summary>
public sealed class YamlMappingNode : YamlNode
{
    public YamlMappingNode(IReadOnlyList<YamlMappingEntry> entries, YamlCollectionStyle style, string? tag, string? anchor, YamlMark start, YamlMark end, SourceFile? file = null)
        : base(tag, anchor, start, end, file)
    {
        Entries = entries;
        Style = style;
    }

    public IReadOnlyList<YamlMappingEntry> Entries { get; }

    public YamlCollectionStyle Style { get; }

    /// <summary>The value of the last entry whose key is the plain or quoted scalar <paramref name="key"/>.</summary>
    public YamlNode? this[string key]
    {
        get
        {
            for (int i = Entries.Count - 1; i >= 0; i--)
            {
                if (Entries[i].Key is YamlScalarNode scalar && scalar.Value == key)
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }
}
