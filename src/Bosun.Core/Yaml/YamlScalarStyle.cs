namespace Bosun.Core.Yaml;

/// <summary>How a scalar is written in the source (libyaml's scalar styles).</summary>
public enum YamlScalarStyle
{
    /// <summary>Not specified (emitter picks).</summary>
    Any,

    /// <summary><c>value</c></summary>
    Plain,

    /// <summary><c>'value'</c></summary>
    SingleQuoted,

    /// <summary><c>"value"</c></summary>
    DoubleQuoted,

    /// <summary><c>|</c> block.</summary>
    Literal,

    /// <summary><c>&gt;</c> block.</summary>
    Folded,
}
