using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Core.Tests.Yaml;

/// <summary>Positioned YAML nodes and diagnostics for configuration loading.</summary>
public sealed class YamlDocumentLoaderTests
{
    [Fact]
    public void Load_Mapping_NodesKeepOrderStyleAndOneBasedPositions()
    {
        var file = new SourceFile("c.yaml", "name: web\nports:\n  - 80\n  - \"443\"\nlabels: {app: web}\n");
        var (documents, diagnostics) = YamlDocumentLoader.Load(file);

        Assert.Empty(diagnostics);
        var root = Assert.IsType<YamlMappingNode>(Assert.Single(documents).Root);
        Assert.Equal(["name", "ports", "labels"], root.Entries.Select(e => ((YamlScalarNode)e.Key).Value));

        var ports = Assert.IsType<YamlSequenceNode>(root["ports"]);
        Assert.Equal(YamlCollectionStyle.Block, ports.Style);
        var quoted = Assert.IsType<YamlScalarNode>(ports.Items[1]);
        Assert.Equal("443", quoted.Value);
        Assert.Equal(YamlScalarStyle.DoubleQuoted, quoted.Style);
        Assert.False(quoted.IsPlainImplicit);
        Assert.Equal((4, 5), (quoted.Line, quoted.Column));
        Assert.Equal("c.yaml:4:5", quoted.Location?.ToString());

        var labels = Assert.IsType<YamlMappingNode>(root["labels"]);
        Assert.Equal(YamlCollectionStyle.Flow, labels.Style);
        Assert.Equal((5, 9), (labels.Line, labels.Column));
    }

    [Fact]
    public void Load_ScalarSpan_CoversTheSourceText()
    {
        var file = new SourceFile("c.yaml", "key: 'quoted value'\n");
        var root = Assert.IsType<YamlMappingNode>(YamlDocumentLoader.Load(file).Documents[0].Root);
        var value = Assert.IsType<YamlScalarNode>(root["key"]);
        Assert.Equal("'quoted value'", file.Text.Substring(value.Span.Start, value.Span.Length));
    }

    [Fact]
    public void Load_TagsAnchorsAliases_Resolved()
    {
        var file = new SourceFile("c.yaml", "a: &x !!str 1\nb: *x\nc: !custom v\n");
        var root = Assert.IsType<YamlMappingNode>(YamlDocumentLoader.Load(file).Documents[0].Root);
        var a = Assert.IsType<YamlScalarNode>(root["a"]);
        Assert.Equal("tag:yaml.org,2002:str", a.Tag);
        Assert.Equal("x", a.Anchor);
        var b = Assert.IsType<YamlAliasNode>(root["b"]);
        Assert.Same(a, b.Target);
        Assert.Equal("!custom", root["c"]?.Tag);
    }

    [Fact]
    public void Load_MultipleDocuments_AllReturnedWithMarkers()
    {
        var file = new SourceFile("c.yaml", "a: 1\n---\nb: 2\n...\n--- |\n  text\n");
        var documents = YamlDocumentLoader.Load(file).Documents;
        Assert.Equal(3, documents.Count);
        Assert.False(documents[0].ExplicitStart);
        Assert.True(documents[1].ExplicitStart);
        Assert.True(documents[1].ExplicitEnd);
        Assert.Equal("text\n", Assert.IsType<YamlScalarNode>(documents[2].Root).Value);
        Assert.Equal(YamlScalarStyle.Literal, ((YamlScalarNode)documents[2].Root).Style);
    }

    [Fact]
    public void Load_EmptyInput_NoDocuments()
    {
        var (documents, diagnostics) = YamlDocumentLoader.Load(new SourceFile("c.yaml", "# nothing\n"));
        Assert.Empty(documents);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("a: b: c\n", "BOSUN0100", "invalid YAML: mapping values are not allowed in this context", 1, 5)]
    [InlineData("a: 1\nb: 2\n c: 3\n", "BOSUN0100", "invalid YAML: mapping values are not allowed in this context", 3, 3)]
    [InlineData("a:\n  b: 1\n c: 2\n", "BOSUN0100", "invalid YAML: did not find expected key", 3, 2)]
    [InlineData("a: [1, 2\nb: 3\n", "BOSUN0100", "invalid YAML: did not find expected ',' or ']'", 2, 2)]
    [InlineData("a: 'x\n", "BOSUN0100", "invalid YAML: found unexpected end of stream", 2, 1)]
    [InlineData("a:\n\t- 1\n", "BOSUN0100", "invalid YAML: found character that cannot start any token", 2, 1)]
    [InlineData("a: @x\n", "BOSUN0100", "invalid YAML: found character that cannot start any token", 1, 4)]
    [InlineData("a: \u0001\n", "BOSUN0101", "invalid YAML input: control characters are not allowed", 1, 4)]
    public void Load_Malformed_ReportsCodeMessageAndLocation(string text, string code, string message, int line, int column)
    {
        var (_, diagnostics) = YamlDocumentLoader.Load(new SourceFile("c.yaml", text));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal((line, column), (diagnostic.Location?.Line, diagnostic.Location?.Column));
    }

    [Fact]
    public void Load_ParserError_RelatedLocationNamesTheContext()
    {
        var (_, diagnostics) = YamlDocumentLoader.Load(new SourceFile("c.yaml", "a:\n  b: 1\n c: 2\n"));
        var related = Assert.Single(Assert.Single(diagnostics).Related);
        Assert.Equal("while parsing a block mapping", related.Message);
        Assert.Equal("c.yaml:1:1", related.Location?.ToString());
    }

    [Fact]
    public void Load_ErrorInSecondDocument_FirstDocumentStillReturned()
    {
        var (documents, diagnostics) = YamlDocumentLoader.Load(new SourceFile("c.yaml", "a: 1\n---\nb: [\n"));
        Assert.Single(documents);
        Assert.Equal("BOSUN0100", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Load_UnknownAnchor_ReportedAndLoadingGoesOn()
    {
        var (documents, diagnostics) = YamlDocumentLoader.Load(new SourceFile("c.yaml", "a: *nope\nb: 2\n"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("BOSUN0102", diagnostic.Code);
        Assert.Equal("unknown anchor 'nope' referenced", diagnostic.Message);
        Assert.Equal("c.yaml:1:4", diagnostic.Location?.ToString());
        var root = Assert.IsType<YamlMappingNode>(Assert.Single(documents).Root);
        Assert.Null(Assert.IsType<YamlAliasNode>(root["a"]).Target);
        Assert.Equal(2, root.Entries.Count);
    }

    [Fact]
    public void Load_DuplicateKey_Warning()
    {
        var (_, diagnostics) = YamlDocumentLoader.Load(new SourceFile("c.yaml", "a: 1\nb:\n  x: 1\n  x: 2\n"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("BOSUN0103", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("duplicate key \"x\" (first defined at line 3); the last value wins", diagnostic.Message);
        Assert.Equal("c.yaml:4:3", diagnostic.Location?.ToString());
    }

    [Fact]
    public void Load_NonAsciiAndCrLf_PositionsInCharacters()
    {
        var file = new SourceFile("c.yaml", "\u00e9t\u00e9: \U0001F600\r\nb: x\r\n");
        var root = Assert.IsType<YamlMappingNode>(YamlDocumentLoader.Load(file).Documents[0].Root);
        var emoji = Assert.IsType<YamlScalarNode>(root.Entries[0].Value);
        Assert.Equal((1, 6), (emoji.Line, emoji.Column));
        var b = Assert.IsType<YamlScalarNode>(root["b"]);
        Assert.Equal((2, 4), (b.Line, b.Column));
        Assert.Equal("x", file.Text.Substring(b.Span.Start, b.Span.Length));
    }

    [Fact]
    public void ToValue_LoadedDocument_SameAsDeserialize()
    {
        const string yaml = "a: yes\nb: 0x10\nc: &m {k: v}\nd:\n  <<: *m\n";
        var document = YamlDocumentLoader.Load(new SourceFile("c.yaml", yaml)).Documents[0];
        Assert.Equal(
            GoJson.Serialize(GoYaml.Deserialize(yaml), escapeHtml: true),
            GoJson.Serialize(GoYaml.ToValue(document), escapeHtml: true));
    }

    [Fact]
    public void Load_EveryPrefixOfADocument_NeverThrows()
    {
        const string yaml = "a: [1, {b: 'c'}]\nd: |\n  text\n? k\n: v\ne: &x \"q\\n\"\nf: *x\n- g\n";
        for (int i = 0; i <= yaml.Length; i++)
        {
            var diagnostics = new DiagnosticBag();
            _ = YamlDocumentLoader.Load(new SourceFile("c.yaml", yaml[..i]), diagnostics);
        }
    }
}
