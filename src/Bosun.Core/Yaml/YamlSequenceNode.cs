using Bosun.Core.Text;

namespace Bosun.Core.Yaml;

/// <summary>A sequence (<c>- a</c> or <c>[a, b]</c>).</summary>
public sealed class YamlSequenceNode : YamlNode
{
    public YamlSequenceNode(IReadOnlyList<YamlNode> items, YamlCollectionStyle style, string? tag, string? anchor, YamlMark start, YamlMark end, SourceFile? file = null)
        : base(tag, anchor, start, end, file)
    {
        Items = items;
        Style = style;
    }

    public IReadOnlyList<YamlNode> Items { get; }

    public YamlCollectionStyle Style { get; }
}
