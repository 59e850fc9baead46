using Bosun.Core.Text;
using Bosun.Templating.Functions;

namespace Bosun.Templating.Tests.Parsing;

/// <summary>Parse errors: Go's exact messages (captured from helm's tpl, which prints them whole), codes and positions.</summary>
public class ParseErrorTests
{
    private static TemplateException Parse(string text)
    {
        var set = new TemplateSet(new TemplateOptions { Functions = FunctionTable.Helm });
        return Assert.Throws<TemplateException>(() => set.Parse(new SourceFile("gotpl", text)));
    }

    [Theory]
    [InlineData("{{ if }}", "template: gotpl:1: missing value for if")]
    [InlineData("line1\n{{", "template: gotpl:2: unclosed action")]
    [InlineData("line1\n{{define `x`}}line2\n{{", "template: gotpl:3: unclosed action")]
    [InlineData("line1\n{{\"x\"\n\"y\"\n", "template: gotpl:4: unclosed action started at gotpl:2")]
    [InlineData("{{\n\n\n\n\n", "template: gotpl:6: unclosed action started at gotpl:1")]
    [InlineData("line1\n{{\nx\n}}", "template: gotpl:3: function \"x\" not defined")]
    [InlineData("{{foo}}", "template: gotpl:1: function \"foo\" not defined")]
    [InlineData("{{/*}}", "template: gotpl:1: unclosed comment")]
    [InlineData("{{/*\nhello\n}}", "template: gotpl:1: unclosed comment")]
    [InlineData("{{.X (1 2 3}}", "template: gotpl:1: unclosed left paren")]
    [InlineData("{{.X 1 2 3 ) }}", "template: gotpl:1: unexpected right paren")]
    [InlineData("{{(.X 1 2 3", "template: gotpl:1: unclosed action")]
    [InlineData("{{`x`3}}", "template: gotpl:1: unexpected \"3\" in operand")]
    [InlineData("{{a#}}", "template: gotpl:1: bad character U+0023 '#'")]
    [InlineData("{{'a}}", "template: gotpl:1: unterminated character constant")]
    [InlineData("{{\"a}}", "template: gotpl:1: unterminated quoted string")]
    [InlineData("{{`a}}", "template: gotpl:1: unterminated raw quoted string")]
    [InlineData("{{0xi}}", "template: gotpl:1: illegal number syntax: \"0xi\"")]
    [InlineData("{{define `a`}}a{{end}}{{define `a`}}b{{end}}", "template: gotpl:1: template: multiple definition of template \"a\"")]
    [InlineData("{{range .X}}", "template: gotpl:1: unexpected EOF")]
    [InlineData("{{$x := 23}}{{with $x.y := 3}}{{$x 23}}{{end}}", "template: gotpl:1: unexpected \":=\" in operand")]
    [InlineData("{{$a,$b,$c := 23}}", "template: gotpl:1: too many declarations in command")]
    [InlineData("{{$a}}", "template: gotpl:1: undefined variable \"$a\"")]
    [InlineData("{{true.any}}", "template: gotpl:1: unexpected . after term \"true\"")]
    [InlineData("{{12|false}}", "template: gotpl:1: non executable command in pipeline stage 2")]
    [InlineData("{{ ( ) }}", "template: gotpl:1: missing value for parenthesized pipeline")]
    [InlineData("{{ $v := `\n` }} {{", "template: gotpl:2: unclosed action")]
    [InlineData("{{range $k}}{{end}}", "template: gotpl:1: undefined variable \"$k\"")]
    [InlineData("{{range $k,}}{{end}}", "template: gotpl:1: missing value for range")]
    [InlineData("{{range $k, $v := }}{{end}}", "template: gotpl:1: missing value for range")]
    [InlineData("{{range $k, .}}{{end}}", "template: gotpl:1: range can only initialize variables")]
    [InlineData("{{range $k, 123 := .}}{{end}}", "template: gotpl:1: range can only initialize variables")]
    [InlineData("{{end}}", "template: gotpl:1: unexpected {{end}}")]
    [InlineData("{{else}}", "template: gotpl:1: unexpected {{else}}")]
    [InlineData("{{if .X}}1{{else}}2{{else}}3{{end}}", "template: gotpl:1: expected end; found {{else}}")]
    [InlineData("hello{{range .x}}{{else}}", "template: gotpl:1: unexpected EOF")]
    [InlineData("{{printf 3, 4}}", "template: gotpl:1: unexpected \",\" in operand")]
    [InlineData("{{printf (printf .).}}", "template: gotpl:1: unexpected <.> in operand")]
    [InlineData("{{printf 3`x`}}", "template: gotpl:1: unexpected \"`x`\" in operand")]
    [InlineData("{{if .X}}a{{else if .Y}}b{{end}}{{end}}", "template: gotpl:1: unexpected {{end}}")]
    [InlineData("{{range .}}{{end}} {{break}}", "template: gotpl:1: {{break}} outside {{range}}")]
    [InlineData("{{range .}}{{else}}{{continue}}{{end}}", "template: gotpl:1: {{continue}} outside {{range}}")]
    [InlineData("{{$x += 1}}", "template: gotpl:1: undefined variable \"$x\"")]
    [InlineData("{{$x:=.}}{{$x+2}}", "template: gotpl:1: bad character U+002B '+'")]
    [InlineData("{{1.E}}", "template: gotpl:1: illegal number syntax: \"1.E\"")]
    [InlineData("{{\"hello\".guys}}", "template: gotpl:1: unexpected . after term \"\\\"hello\\\"\"")]
    [InlineData("{{nil.E}}", "template: gotpl:1: unexpected . after term \"nil\"")]
    [InlineData("{{12|.}}", "template: gotpl:1: non executable command in pipeline stage 2")]
    [InlineData("{{block \"foo\"}}hello{{end}}", "template: gotpl:1: missing value for block clause")]
    [InlineData("{{ 99999999999999999999 }}", "template: gotpl:1: integer overflow: \"99999999999999999999\"")]
    [InlineData("{{ 08 }}", "template: gotpl:1: integer overflow: \"08\"")]
    [InlineData("{{ 'ab' }}", "template: gotpl:1: malformed character constant: 'ab'")]
    [InlineData("{{ '' }}", "template: gotpl:1: invalid syntax")]
    [InlineData("{{ \"\\z\" }}", "template: gotpl:1: invalid syntax")]
    [InlineData("{{ 1e }}", "template: gotpl:1: illegal number syntax: \"1e\"")]
    [InlineData("{{ template . }}", "template: gotpl:1: unexpected <.> in template clause")]
    [InlineData("{{ define \"x\" }}{{ else }}{{ end }}", "template: gotpl:1: unexpected {{else}} in define clause")]
    [InlineData("{{ with .x }}{{ else if .y }}{{ end }}", "template: gotpl:1: unexpected <if> in input")]
    [InlineData("{{ .x \u0001 }}", "template: gotpl:1: unrecognized character in action: U+0001")]
    [InlineData("{{ $x := 1 }}{{ $x.y.z := 2 }}", "template: gotpl:1: unexpected \":=\" in operand")]
    [InlineData("a\n{{ if .x }}\n{{ else }}\n{{ else }}\n{{ end }}", "template: gotpl:4: expected end; found {{else}}")]
    [InlineData("{{ if .x }}\n\n{{ end", "template: gotpl:3: unclosed action")]
    [InlineData("{{ break }}", "template: gotpl:1: {{break}} outside {{range}}")]
    [InlineData("{{ range . }}{{ break 1 }}{{ end }}", "template: gotpl:1: unexpected \"1\" in {{break}}")]
    [InlineData("{{ template \"x\" }}{{ end }}", "template: gotpl:1: unexpected {{end}}")]
    [InlineData("{{ ) }}", "template: gotpl:1: unexpected right paren")]
    [InlineData("{{ | .x }}", "template: gotpl:1: unexpected \"|\" in command")]
    [InlineData("{{ .x := 1 }}", "template: gotpl:1: unexpected \":=\" in operand")]
    [InlineData("{{ range $i, $j, $k := . }}{{end}}", "template: gotpl:1: too many declarations in range")]
    [InlineData("{{ with $i, $j := . }}{{end}}", "template: gotpl:1: too many declarations in with")]
    [InlineData("{{ (1 }}", "template: gotpl:1: unclosed left paren")]
    [InlineData("{{ 3k }}", "template: gotpl:1: bad number syntax: \"3k\"")]
    [InlineData("{{ 1+2 }}", "template: gotpl:1: bad number syntax: \"1+2\"")]
    [InlineData("x{{/* a */ }}y", "template: gotpl:1: comment ends before closing delimiter")]
    [InlineData("{{ \"\\400\" }}", "template: gotpl:1: invalid syntax")]
    [InlineData("{{ '\\400' }}", "template: gotpl:1: invalid syntax")]
    public void Parse_InvalidTemplate_GivesGoMessage(string input, string goMessage) =>
        Assert.Equal(goMessage, Parse(input).GoMessage);

    [Theory]
    [InlineData("{{ if }}", "BOSUN2022", 1, 7)]
    [InlineData("line1\n{{", "BOSUN2005", 2, 3)]
    [InlineData("{{foo}}", "BOSUN2010", 1, 3)]
    [InlineData("{{ .x \u0001 }}", "BOSUN2008", 1, 7)]
    [InlineData("{{$a}}", "BOSUN2027", 1, 3)]
    [InlineData("{{12|false}}", "BOSUN2023", 1, 6)]
    [InlineData("{{range .X}}", "BOSUN2017", 1, 13)]
    [InlineData("a\n{{ if .x }}\n{{ else }}\n{{ else }}\n{{ end }}", "BOSUN2024", 4, 1)]
    [InlineData("{{ 08 }}", "BOSUN2032", 1, 4)]
    [InlineData("{{define `a`}}a{{end}}{{define `a`}}b{{end}}", "BOSUN2029", 1, 43)]
    [InlineData("x{{/* a */ }}y", "BOSUN2003", 1, 4)]
    [InlineData("{{ 'ab' }}", "BOSUN2031", 1, 4)]
    [InlineData("{{ \"\\z\" }}", "BOSUN2030", 1, 4)]
    [InlineData("{{ range . }}{{ break 1 }}{{ end }}", "BOSUN2015", 1, 23)]
    [InlineData("{{ break }}", "BOSUN2018", 1, 1)]
    [InlineData("{{true.any}}", "BOSUN2026", 1, 3)]
    public void Parse_InvalidTemplate_ReportsCodeAndLocation(string input, string code, int line, int column)
    {
        var error = Parse(input);
        Assert.Equal(code, error.Diagnostic.Code);
        var location = Assert.NotNull(error.Diagnostic.Location);
        Assert.Equal((line, column), (location.Line, location.Column));
        Assert.Equal("gotpl", location.File.Path);
    }

    [Fact]
    public void Parse_Error_DiagnosticMessageIsGoCoreMessage()
    {
        var error = Parse("{{ if }}");
        Assert.Equal("missing value for if", error.Diagnostic.Message);
        Assert.Equal("gotpl:1:7: error BOSUN2022: missing value for if", error.Diagnostic.FormatHeadline());
    }

    [Fact]
    public void TryParse_InvalidTemplate_RecordsDiagnosticAndReturnsFalse()
    {
        var set = new TemplateSet(new TemplateOptions { Functions = FunctionTable.Go });
        var bag = new Bosun.Core.Diagnostics.DiagnosticBag();
        Assert.False(set.TryParse(new SourceFile("f", "{{ nope }}"), bag));
        Assert.True(set.TryParse(new SourceFile("g", "ok"), bag));
        var diagnostic = Assert.Single(bag);
        Assert.Equal("BOSUN2010", diagnostic.Code);
        Assert.Equal(["g"], set.TemplateNames);
    }

    [Fact]
    public void Parse_TooManyParentheses_FailsWithGoDepthError()
    {
        string text = "{{" + new string('(', 100000) + "1" + new string(')', 100000) + "}}";
        var error = Parse(text);
        Assert.Equal("template: gotpl:1: max expression depth exceeded", error.GoMessage);
        Assert.Equal("BOSUN2028", error.Diagnostic.Code);
    }

    [Fact]
    public void Parse_TenThousandParentheses_IsAccepted()
    {
        string text = "{{" + new string('(', 10000) + "1" + new string(')', 10000) + "}}";
        var set = new TemplateSet(new TemplateOptions { Functions = FunctionTable.Go });
        set.Parse(new SourceFile("gotpl", text));
        Assert.Equal("1", set.Execute("gotpl", null));
    }

    [Fact]
    public void Parse_TooDeeplyNestedIfs_FailsWithDiagnostic()
    {
        string text = string.Concat(Enumerable.Repeat("{{if 1}}", 100000)) + "x" + string.Concat(Enumerable.Repeat("{{end}}", 100000));
        var error = Parse(text);
        Assert.Equal("BOSUN2034", error.Diagnostic.Code);
        Assert.Equal("template: gotpl:1: control structures nested more than 10000 deep", error.GoMessage);
    }

    [Fact]
    public void Parse_TenThousandNestedIfs_Executes()
    {
        string text = string.Concat(Enumerable.Repeat("{{if 1}}", 10000)) + "x" + string.Concat(Enumerable.Repeat("{{end}}", 10000));
        var set = new TemplateSet(new TemplateOptions { Functions = FunctionTable.Go });
        set.Parse(new SourceFile("gotpl", text));
        Assert.Equal("x", set.Execute("gotpl", null));
    }
}
