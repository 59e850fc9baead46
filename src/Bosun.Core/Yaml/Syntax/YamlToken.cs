namespace Bosun.Core.Yaml.Syntax;

/// <summary>A scanner token. <see cref="Value"/> holds the UTF-8 bytes of scalars, anchors, aliases, tag handles and %TAG handles.</summary>
internal struct YamlToken
{
    public YamlTokenKind Kind;
    public YamlMark Start;
    public YamlMark End;

    /// <summary>Scalar value, anchor/alias name, tag handle, %TAG handle.</summary>
    public byte[]? Value;

    /// <summary>Tag suffix or %TAG prefix.</summary>
    public byte[]? Suffix;

    public YamlScalarStyle Style;
    public int Major;
    public int Minor;
}
