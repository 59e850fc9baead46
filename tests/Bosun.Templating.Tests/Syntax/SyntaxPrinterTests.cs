using Bosun.Core.Text;
using Bosun.Templating.Parsing;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Tests.Syntax;

public class SyntaxPrinterTests
{
    private static ListNode Parse(string text) =>
        Parser.Parse(new SourceFile("t", text), "t", name => name is "printf" or "len")["t"].Root!;

    [Fact]
    public void Print_Action_UsesGoSpacing() =>
        Assert.Equal("{{$x := printf \"%d\" (len .a) | printf \"%s\"}}", SyntaxPrinter.Print(Parse("{{$x:=printf   \"%d\" ( len .a )|printf \"%s\"}}")));

    [Fact]
    public void Print_CommandOfAction_OmitsDelimiters()
    {
        var action = (ActionNode)Parse("{{ .a.b 1 | printf }}").Nodes[0];
        Assert.Equal(".a.b 1", action.Pipe.Commands[0].ToString());
        Assert.Equal(".a.b 1 | printf", action.Pipe.ToString());
    }

    [Fact]
    public void Print_TemplateName_IsGoQuoted() =>
        Assert.Equal("{{template \"a\\\"b\\n\"}}", SyntaxPrinter.Print(Parse("{{ template `a\"b\n` }}")));

    [Fact]
    public void Print_AssignmentAndRangeVariables() =>
        Assert.Equal("{{$i := 0}}{{range $i, $v = .}}{{$v}}{{end}}", SyntaxPrinter.Print(Parse("{{ $i := 0 }}{{- range $i , $v = . }}{{ $v }}{{ end }}")));

    [Fact]
    public void Print_DeepParentheses_DoesNotOverflow()
    {
        string text = "{{" + new string('(', 10000) + "1" + new string(')', 10000) + "}}";
        Assert.Equal(text, SyntaxPrinter.Print(Parse(text)));
    }

    [Theory]
    [InlineData("abc", "\"abc\"")]
    [InlineData("a\"\\\n\t\u0001\u007f\u00a0é\U0001F600", "\"a\\\"\\\\\\n\\t\\x01\\x7f\\u00a0é\U0001F600\"")]
    public void Quote_MatchesStrconvQuote(string input, string expected) =>
        Assert.Equal(expected, GoQuoting.Quote(input));

    [Theory]
    [InlineData('A', "U+0041 'A'")]
    [InlineData(1, "U+0001")]
    [InlineData(0x1F600, "U+1F600 '😀'")]
    public void FormatUnicode_MatchesPercentSharpU(int rune, string expected) =>
        Assert.Equal(expected, GoQuoting.FormatUnicode(rune));
}
