namespace Bosun.Core.Yaml;

/// <summary>Block (indented) or flow (<c>[a, b]</c>, <c>{a: b}</c>) collections.</summary>
public enum YamlCollectionStyle
{
    /// <summary>Not specified (emitter picks).</summary>
    Any,

    /// <summary>Indentation-based: <c>- a</c>, <c>key: value</c>.</summary>
    Block,

    /// <summary>Bracketed: <c>[a, b]</c>, <c>{a: b}</c>.</summary>
    Flow,
}
