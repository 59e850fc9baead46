namespace Bosun.Core.Yaml;

/// <summary>
/// A position in a YAML stream as libyaml/go-yaml track it: <see cref="Index"/> counts characters,
/// <see cref="Line"/> and <see cref="Column"/> are 0-based (go-yaml prints <c>line+1</c> for scanner errors),
/// <see cref="Offset"/> is the UTF-16 offset into the source string (for spans).
/// </summary>
public readonly record struct YamlMark(int Index, int Line, int Column, int Offset)
{
    /// <summary>1-based line.</summary>
    public int DisplayLine => Line + 1;

    /// <summary>1-based column (in characters).</summary>
    public int DisplayColumn => Column + 1;

    public override string ToString() => $"{DisplayLine}:{DisplayColumn}";
}
