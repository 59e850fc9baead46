namespace Bosun.Core.Yaml.Syntax;

/// <summary>A parser (or emitter) event.</summary>
internal struct YamlEvent
{
    public YamlEventKind Kind;
    public YamlMark Start;
    public YamlMark End;

    /// <summary>Anchor of a node, or the name an alias refers to.</summary>
    public byte[]? Anchor;

    /// <summary>Resolved tag (<c>tag:yaml.org,2002:str</c>, <c>!foo</c>), null when absent.</summary>
    public byte[]? Tag;

    public byte[]? Value;

    /// <summary>Scalars: plain implicit; collections: no tag; documents: no <c>---</c>/<c>...</c>.</summary>
    public bool Implicit;

    public bool QuotedImplicit;

    public YamlScalarStyle ScalarStyle;

    public YamlCollectionStyle CollectionStyle;

    /// <summary>Document start: a %YAML directive was given.</summary>
    public bool HasVersionDirective;

    /// <summary>Document start: %TAG directives of the document (handle, prefix).</summary>
    public List<(byte[] Handle, byte[] Prefix)>? TagDirectives;
}
