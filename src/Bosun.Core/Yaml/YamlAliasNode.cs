using Bosun.Core.Text;

namespace Bosun.Core.Yaml;

/// <summary>An alias (<c>*name</c>) and the anchored node it refers to (null when the anchor is unknown).</summary>
public sealed class YamlAliasNode : YamlNode
{
    public YamlAliasNode(string name, YamlNode? target, YamlMark start, YamlMark end, SourceFile? file = null)
        : base(null, null, start, end, file)
    {
        Name = name;
        Target = target;
    }

    public string Name { get; }

    public YamlNode? Target { get; }
}
