using Bosun.Core.Text;

namespace Bosun.Core.Yaml;

/// <summary>
/// A node of a parsed YAML document with its position: scalar, sequence, mapping or alias. Keys keep their
/// source order; tags are resolved (<c>!!str</c> → <c>tag:yaml.org,2002:str</c>); nothing is typed yet.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(string? tag, string? anchor, YamlMark start, YamlMark end, SourceFile? file)
    {
        Tag = tag;
        Anchor = anchor;
        Start = start;
        End = end;
        File = file;
    }

    /// <summary>The resolved tag, or null when the node has none.</summary>
    public string? Tag { get; }

    /// <summary>The anchor (<c>&amp;name</c>) defined on this node, or null.</summary>
    public string? Anchor { get; }

    /// <summary>Where the node starts (its anchor or tag if it has one), as go-yaml records it.</summary>
    public YamlMark Start { get; }

    /// <summary>Where the node ends.</summary>
    public YamlMark End { get; internal set; }

    /// <summary>The source the node was read from, when known.</summary>
    public SourceFile? File { get; }

    /// <summary>1-based line of <see cref="Start"/>.</summary>
    public int Line => Start.Line + 1;

    /// <summary>1-based column (in characters) of <see cref="Start"/>.</summary>
    public int Column => Start.Column + 1;

    /// <summary>The source span from <see cref="Start"/> to <see cref="End"/>.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start.Offset, Math.Max(Start.Offset, End.Offset));

    /// <summary>The location for diagnostics, when the source file is known.</summary>
    public SourceLocation? Location => File is null ? null : new SourceLocation(File, Span);
}
