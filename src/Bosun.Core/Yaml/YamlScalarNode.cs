using Bosun.Core.Text;

namespace Bosun.Core.Yaml;

/// <summary>A scalar as written: its text (escapes and folding applied), style and tag.</summary>
public sealed class YamlScalarNode : YamlNode
{
    public YamlScalarNode(string value, YamlScalarStyle style, bool isPlainImplicit, string? tag, string? anchor, YamlMark start, YamlMark end, SourceFile? file = null)
        : base(tag, anchor, start, end, file)
    {
        Value = value;
        Style = style;
        IsPlainImplicit = isPlainImplicit;
    }

    public string Value { get; }

    public YamlScalarStyle Style { get; }

    /// <summary>
    /// True when the type is to be resolved from the text (a plain scalar without tag, or with the
    /// non-specific tag <c>!</c>): <c>yes</c> is a bool, <c>1</c> an int. Quoted scalars are strings.
    /// </summary>
    public bool IsPlainImplicit { get; }

    public override string ToString() => Value;
}
