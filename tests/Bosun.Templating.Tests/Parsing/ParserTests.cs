using Bosun.Core.Text;
using Bosun.Templating.Functions;
using Bosun.Templating.Parsing;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Tests.Parsing;

public class ParserTests
{
    private static readonly string[] s_functions = ["printf", "contains", "print", "len"];

    private static Dictionary<string, SyntaxTree> ParseAll(string text, bool comments = false) =>
        Parser.Parse(new SourceFile("t", text), "t", name => s_functions.Contains(name), keepComments: comments);

    private static string Tree(string text, bool comments = false) => ParseAll(text, comments)["t"].ToString();

    [Theory]
    [InlineData("", "")]
    [InlineData("{{/*\n\n\n*/}}", "")]
    [InlineData(" \t\n", " \t\n")]
    [InlineData("some text", "some text")]
    [InlineData("{{.X}}", "{{.X}}")]
    [InlineData("{{printf}}", "{{printf}}")]
    [InlineData("{{$}}", "{{$}}")]
    [InlineData("{{with $x := 3}}{{$x 23}}{{end}}", "{{with $x := 3}}{{$x 23}}{{end}}")]
    [InlineData("{{$.I}}", "{{$.I}}")]
    [InlineData("{{printf `%d` 23}}", "{{printf `%d` 23}}")]
    [InlineData("{{.X|.Y}}", "{{.X | .Y}}")]
    [InlineData("{{$x := .X|.Y}}", "{{$x := .X | .Y}}")]
    [InlineData("{{.X (.Y .Z) (.A | .B .C) (.E)}}", "{{.X (.Y .Z) (.A | .B .C) (.E)}}")]
    [InlineData("{{(.Y .Z).Field}}", "{{(.Y .Z).Field}}")]
    [InlineData("{{if .X}}hello{{end}}", "{{if .X}}hello{{end}}")]
    [InlineData("{{if .X}}true{{else}}false{{end}}", "{{if .X}}true{{else}}false{{end}}")]
    [InlineData("{{if .X}}true{{else if .Y}}false{{end}}", "{{if .X}}true{{else}}{{if .Y}}false{{end}}{{end}}")]
    [InlineData("+{{if .X}}X{{else if .Y}}Y{{else if .Z}}Z{{end}}+", "+{{if .X}}X{{else}}{{if .Y}}Y{{else}}{{if .Z}}Z{{end}}{{end}}{{end}}+")]
    [InlineData("{{range .X}}hello{{end}}", "{{range .X}}hello{{end}}")]
    [InlineData("{{range .X.Y.Z}}hello{{end}}", "{{range .X.Y.Z}}hello{{end}}")]
    [InlineData("{{range .X}}hello{{range .Y}}goodbye{{end}}{{end}}", "{{range .X}}hello{{range .Y}}goodbye{{end}}{{end}}")]
    [InlineData("{{range .X}}true{{else}}false{{end}}", "{{range .X}}true{{else}}false{{end}}")]
    [InlineData("{{range .X|.M}}true{{else}}false{{end}}", "{{range .X | .M}}true{{else}}false{{end}}")]
    [InlineData("{{range $x := .SI}}{{.}}{{end}}", "{{range $x := .SI}}{{.}}{{end}}")]
    [InlineData("{{range $x, $y := .SI}}{{.}}{{end}}", "{{range $x, $y := .SI}}{{.}}{{end}}")]
    [InlineData("{{range .SI}}{{.}}{{break}}{{end}}", "{{range .SI}}{{.}}{{break}}{{end}}")]
    [InlineData("{{range .SI}}{{.}}{{ continue }}{{end}}", "{{range .SI}}{{.}}{{continue}}{{end}}")]
    [InlineData("{{range .SI 1 -3.2i true false 'a' nil}}{{end}}", "{{range .SI 1 -3.2i true false 'a' nil}}{{end}}")]
    [InlineData("{{template `x`}}", "{{template \"x\"}}")]
    [InlineData("{{template `x` .Y}}", "{{template \"x\" .Y}}")]
    [InlineData("{{with .X}}hello{{end}}", "{{with .X}}hello{{end}}")]
    [InlineData("{{with .X}}hello{{else}}goodbye{{end}}", "{{with .X}}hello{{else}}goodbye{{end}}")]
    [InlineData("{{with .X}}hello{{else with .Y}}goodbye{{end}}", "{{with .X}}hello{{else}}{{with .Y}}goodbye{{end}}{{end}}")]
    [InlineData("{{with .X}}X{{else with .Y}}Y{{else with .Z}}Z{{end}}", "{{with .X}}X{{else}}{{with .Y}}Y{{else}}{{with .Z}}Z{{end}}{{end}}{{end}}")]
    [InlineData("x \r\n\t{{- 3}}", "x{{3}}")]
    [InlineData("{{3 -}}\n\n\ty", "{{3}}y")]
    [InlineData("x \r\n\t{{- 3 -}}\n\n\ty", "x{{3}}y")]
    [InlineData("x\n{{-  3   -}}\ny", "x{{3}}y")]
    [InlineData("x \r\n\t{{- /* hi */}}", "x")]
    [InlineData("{{/* hi */ -}}\n\n\ty", "y")]
    [InlineData("x \r\n\t{{- /* */ -}}\n\n\ty", "xy")]
    [InlineData("{{block \"foo\" .}}hello{{end}}", "{{template \"foo\" .}}")]
    [InlineData("{{ $x \n := \n 1 \n }}", "{{$x := 1}}")]
    [InlineData("{{\n\"x\"\n|\nprintf\n}}", "{{\"x\" | printf}}")]
    [InlineData("{{-\n/*\nhello\n*/\n-}}", "")]
    [InlineData("{{$x := 0}}{{$x}}", "{{$x := 0}}{{$x}}")]
    [InlineData("{{$x:=.}}{{$x +2}}", "{{$x := .}}{{$x +2}}")]
    [InlineData("{{range $x := 0}}{{$x}}{{end}}", "{{range $x := 0}}{{$x}}{{end}}")]
    [InlineData("{{range $x = 0}}{{$x}}{{end}}", "{{range $x = 0}}{{$x}}{{end}}")]
    [InlineData("{{$x := 1}}{{$x = 2}}", "{{$x := 1}}{{$x = 2}}")]
    [InlineData("{{(printf .X).Y.Z}}", "{{(printf .X).Y.Z}}")]
    [InlineData("{{$x := 1}}{{$x.a.b}}", "{{$x := 1}}{{$x.a.b}}")]
    [InlineData("{{\"a\\tb\" `raw`}}", "{{\"a\\tb\" `raw`}}")]
    [InlineData("{{printf (print (len .)) 0x1F 1_000 1e3}}", "{{printf (print (len .)) 0x1F 1_000 1e3}}")]
    public void Parse_ValidTemplate_PrintsCanonicalForm(string input, string expected) =>
        Assert.Equal(expected, Tree(input));

    [Theory]
    [InlineData("{{/*\n\n\n*/}}", "{{/*\n\n\n*/}}")]
    [InlineData("x \r\n\t{{- /* hi */}}", "x{{/* hi */}}")]
    [InlineData("{{/* hi */ -}}\n\n\ty", "{{/* hi */}}y")]
    [InlineData("x \r\n\t{{- /* */ -}}\n\n\ty", "x{{/* */}}y")]
    public void Parse_WithComments_KeepsCommentNodes(string input, string expected) =>
        Assert.Equal(expected, Tree(input, comments: true));

    [Fact]
    public void Parse_Block_DefinesInnerTemplateAndCallsIt()
    {
        var trees = ParseAll("a{{block \"inner\" .}}bar{{.}}baz{{end}}b");
        Assert.Equal("a{{template \"inner\" .}}b", trees["t"].ToString());
        Assert.Equal("bar{{.}}baz", trees["inner"].ToString());
        Assert.Equal("t", trees["inner"].ParseName);
    }

    [Fact]
    public void Parse_Defines_AreSeparateTrees()
    {
        var trees = ParseAll("{{define `x`}}X{{.}}{{end}}text{{define \"y\"}}{{template \"x\" 1}}{{end}}");
        Assert.Equal(["t", "x", "y"], trees.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("text", trees["t"].ToString());
        Assert.Equal("X{{.}}", trees["x"].ToString());
        Assert.Equal("{{template \"x\" 1}}", trees["y"].ToString());
    }

    [Fact]
    public void Parse_EmptyRedefinition_KeepsFirstBody()
    {
        var trees = ParseAll("{{define `a`}}a{{end}}{{define `a`}} {{end}}");
        Assert.Equal("a", trees["a"].ToString());
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("hello", false)]
    [InlineData(" \t\n \t\n", true)]
    [InlineData("{{/* comment */}}", true)]
    [InlineData("{{define `x`}}something{{end}}", true)]
    [InlineData("{{define `x`}}something{{end}}\n\n{{define `y`}}something{{end}}\n\n", true)]
    [InlineData("{{define `x`}}something{{end}}\nx\n{{define `y`}}something{{end}}\ny\n", false)]
    [InlineData("{{define `x`}}something{{end}}{{if 3}}foo{{end}}", false)]
    public void IsEmpty_MatchesGo(string input, bool empty) =>
        Assert.Equal(empty, ParseAll(input)["t"].IsEmpty);

    [Fact]
    public void Parse_BreakFunctionDefined_TreatsBreakAsFunction()
    {
        var trees = Parser.Parse(new SourceFile("t", "{{range .X}}{{break 20}}{{end}}"), "t", name => name == "break");
        Assert.Equal("{{range .X}}{{break 20}}{{end}}", trees["t"].ToString());
    }

    [Fact]
    public void Parse_Nodes_CarryGoPositionsAndSpans()
    {
        var root = ParseAll("ab {{ .x.y | printf \"%v\" }}")["t"].Root!;
        var action = Assert.IsType<ActionNode>(root.Nodes[1]);
        Assert.Equal(6, action.Position);
        Assert.Equal(new TextSpan(3, 24), action.Span);
        var command = action.Pipe.Commands[0];
        var field = Assert.IsType<FieldNode>(command.Arguments[0]);
        Assert.Equal(["x", "y"], field.Identifiers);
        Assert.Equal(8, field.Position);
        Assert.Equal(new TextSpan(6, 4), field.Span);
        var printf = action.Pipe.Commands[1];
        Assert.Equal(new TextSpan(13, 11), printf.Span);
    }

    [Fact]
    public void Parse_NumberLiterals_AreReadLikeGo()
    {
        var root = ParseAll("{{print 0x7_3 -73 1e9 1e19 0x_1p-4 0123 'a' '\\xFF' '\\u30d1' 0xef 1_000.5 0b101 0o17}}")["t"].Root!;
        var args = ((ActionNode)root.Nodes[0]).Pipe.Commands[0].Arguments.Skip(1).Cast<NumberNode>().ToArray();
        Assert.Equal((true, true, 0x73L), (args[0].IsInt, args[0].IsUint, args[0].Int64));
        Assert.Equal((true, false, -73L), (args[1].IsInt, args[1].IsUint, args[1].Int64));
        Assert.Equal((true, true, true, 1e9), (args[2].IsInt, args[2].IsUint, args[2].IsFloat, args[2].Float64));
        Assert.Equal((false, true, 10000000000000000000UL), (args[3].IsInt, args[3].IsUint, args[3].Uint64));
        Assert.Equal((false, false, true, 1 / 16.0), (args[4].IsInt, args[4].IsUint, args[4].IsFloat, args[4].Float64));
        Assert.Equal(83L, args[5].Int64);
        Assert.Equal(97L, args[6].Int64);
        Assert.Equal(255L, args[7].Int64);
        Assert.Equal(0x30d1L, args[8].Int64);
        Assert.Equal(0xefL, args[9].Int64);
        Assert.Equal((false, 1000.5), (args[10].IsInt, args[10].Float64));
        Assert.Equal(5L, args[11].Int64);
        Assert.Equal(15L, args[12].Int64);
    }

    [Fact]
    public void Parse_ComplexLiterals_AreComplexAndMaybeFloat()
    {
        var root = ParseAll("{{print 4i -1.2+4.2i 13+0i 0i}}")["t"].Root!;
        var args = ((ActionNode)root.Nodes[0]).Pipe.Commands[0].Arguments.Skip(1).Cast<NumberNode>().ToArray();
        Assert.Equal((true, false, 4.0), (args[0].IsComplex, args[0].IsFloat, args[0].ComplexImaginary));
        Assert.Equal((true, -1.2, 4.2), (args[1].IsComplex, args[1].ComplexReal, args[1].ComplexImaginary));
        Assert.Equal((true, true, true, 13L), (args[2].IsComplex, args[2].IsFloat, args[2].IsInt, args[2].Int64));
        Assert.Equal((true, true, true), (args[3].IsComplex, args[3].IsInt, args[3].IsUint));
    }

    [Fact]
    public void Parse_StringEscapes_AreDecodedAsUtf8Bytes()
    {
        var root = ParseAll("{{print \"\\xc3\\xa9\\u00e9\\101\\t\" `a\r\nb`}}")["t"].Root!;
        var args = ((ActionNode)root.Nodes[0]).Pipe.Commands[0].Arguments;
        Assert.Equal("ééA\t", ((StringNode)args[1]).Text);
        Assert.Equal("a\nb", ((StringNode)args[2]).Text);
    }

    [Fact]
    public void Parse_CustomDelimiters_PrintWithThem()
    {
        var trees = Parser.Parse(new SourceFile("t", "a[[if .x]]b[[end]]"), "t", _ => false, "[[", "]]");
        Assert.Equal("a[[if .x]]b[[end]]", trees["t"].ToString());
    }

    [Fact]
    public void Parse_HelmFunctionTable_KnowsSetFunctions()
    {
        var set = new TemplateSet(new TemplateOptions { Functions = FunctionTable.Go });
        set.Parse(new SourceFile("f", "{{ printf \"%d\" 1 | len }}{{ and 1 2 }}"));
        Assert.Contains("f", set.TemplateNames);
    }
}
