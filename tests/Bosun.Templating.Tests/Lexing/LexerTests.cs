using Bosun.Templating.Lexing;

namespace Bosun.Templating.Tests.Lexing;

public class LexerTests
{
    private static string Lex(string input, string left = "{{", string right = "}}", bool comments = true) =>
        string.Join(" ", Lexer.Tokenize(input, left, right, comments).Select(Describe));

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.EndOfFile => "EOF",
        TokenKind.Space => "_",
        TokenKind.LeftDelim => "{{",
        TokenKind.RightDelim => "}}",
        TokenKind.Error => "error:" + token.Value,
        _ => token.Kind + ":" + token.Value,
    };

    [Theory]
    [InlineData("", "EOF")]
    [InlineData(" \t\n", "Text: \t\n EOF")]
    [InlineData("now is the time", "Text:now is the time EOF")]
    [InlineData("hello-{{/* this is a comment */}}-world", "Text:hello- Comment:/* this is a comment */ Text:-world EOF")]
    [InlineData("{{,@% }}", "{{ Char:, Char:@ Char:% _ }} EOF")]
    [InlineData("{{((3))}}", "{{ LeftParen:( LeftParen:( Number:3 RightParen:) RightParen:) }} EOF")]
    [InlineData("{{}}", "{{ }} EOF")]
    [InlineData("{{for}}", "{{ Identifier:for }} EOF")]
    [InlineData("{{block \"foo\" .}}", "{{ Block:block _ String:\"foo\" _ Dot:. }} EOF")]
    [InlineData("{{\"abc \\n\\t\\\" \"}}", "{{ String:\"abc \\n\\t\\\" \" }} EOF")]
    [InlineData("{{`now is{{\n}}the time`}}", "{{ RawString:`now is{{\n}}the time` }} EOF")]
    [InlineData("{{true false}}", "{{ Bool:true _ Bool:false }} EOF")]
    [InlineData("{{nil}}", "{{ Nil:nil }} EOF")]
    [InlineData("{{.x . .2 .x.y.z}}", "{{ Field:.x _ Dot:. _ Number:.2 _ Field:.x Field:.y Field:.z }} EOF")]
    [InlineData("{{range if else end with break continue}}", "{{ Range:range _ If:if _ Else:else _ End:end _ With:with _ Break:break _ Continue:continue }} EOF")]
    [InlineData("{{$c := printf $ $hello $23 $ $var.Field .Method}}", "{{ Variable:$c _ Declare::= _ Identifier:printf _ Variable:$ _ Variable:$hello _ Variable:$23 _ Variable:$ _ Variable:$var Field:.Field _ Field:.Method }} EOF")]
    [InlineData("{{$x = 3}}", "{{ Variable:$x _ Assign:= _ Number:3 }} EOF")]
    [InlineData("{{$v , $w := 3}}", "{{ Variable:$v _ Char:, _ Variable:$w _ Declare::= _ Number:3 }} EOF")]
    [InlineData("intro {{echo hi 1.2 |noargs|args 1 \"hi\"}} outro", "Text:intro  {{ Identifier:echo _ Identifier:hi _ Number:1.2 _ Pipe:| Identifier:noargs Pipe:| Identifier:args _ Number:1 _ String:\"hi\" }} Text: outro EOF")]
    [InlineData("{{(.X).Y}}", "{{ LeftParen:( Field:.X RightParen:) Field:.Y }} EOF")]
    public void Tokenize_ValidInput_ProducesGoItems(string input, string expected) =>
        Assert.Equal(expected, Lex(input));

    [Fact]
    public void Tokenize_NumberForms_AreOneItemEach() =>
        Assert.Equal(
            "{{ Number:1 _ Number:02 _ Number:0x14 _ Number:0X14 _ Number:-7.2i _ Number:1e3 _ Number:1E3 _ Number:+1.2e-4 _ Number:4.2i _ Complex:1+2i _ Number:1_2 _ Number:0x1.e_fp4 _ Number:0X1.E_FP4 _ Number:0b101 _ Number:0o17 }} EOF",
            Lex("{{1 02 0x14 0X14 -7.2i 1e3 1E3 +1.2e-4 4.2i 1+2i 1_2 0x1.e_fp4 0X1.E_FP4 0b101 0o17}}"));

    [Fact]
    public void Tokenize_CharacterConstants_KeepTheirQuotes() =>
        Assert.Equal(
            "{{ CharConstant:'a' _ CharConstant:'\\n' _ CharConstant:'\\'' _ CharConstant:'\\\\' _ CharConstant:'\\u00FF' _ CharConstant:'\\xFF' _ CharConstant:'本' }} EOF",
            Lex("{{'a' '\\n' '\\'' '\\\\' '\\u00FF' '\\xFF' '本'}}"));

    [Theory]
    [InlineData("hello- {{- 3 -}} -world", "Text:hello- {{ Number:3 }} Text:-world EOF")]
    [InlineData("hello- {{- /* hello */ -}} -world", "Text:hello- Comment:/* hello */ Text:-world EOF")]
    [InlineData("a \n\t{{- 3}}", "Text:a {{ Number:3 }} EOF")]
    [InlineData("{{3 -}}\n\n b", "{{ Number:3 }} Text:b EOF")]
    [InlineData("x {{-3}}", "Text:x  {{ Number:-3 }} EOF")]
    [InlineData("{{3-}} x", "{{ error:bad number syntax: \"3-\"")]
    [InlineData("{{- 3 -}}", "{{ Number:3 }} EOF")]
    [InlineData("{{ 3  -}}x", "{{ _ Number:3 _ }} Text:x EOF")]
    [InlineData("a {{-\t3\t-}} b", "Text:a {{ Number:3 }} Text:b EOF")]
    public void Tokenize_TrimMarkers_TrimAdjacentSpace(string input, string expected) =>
        Assert.Equal(expected, Lex(input));

    [Fact]
    public void Tokenize_CommentsNotKept_AreSkipped() =>
        Assert.Equal("Text:a Text:b EOF", Lex("a{{/* x */}}b", comments: false));

    [Theory]
    [InlineData("#{{\u0001}}", "Text:# {{ error:unrecognized character in action: U+0001")]
    [InlineData("{{", "{{ error:unclosed action")]
    [InlineData("{{range", "{{ Range:range error:unclosed action")]
    [InlineData("{{\"\n\"}}", "{{ error:unterminated quoted string")]
    [InlineData("{{`xx}}", "{{ error:unterminated raw quoted string")]
    [InlineData("{{'\n}}", "{{ error:unterminated character constant")]
    [InlineData("{{3k}}", "{{ error:bad number syntax: \"3k\"")]
    [InlineData("{{1+2}}", "{{ error:bad number syntax: \"1+2\"")]
    [InlineData("{{(3}}", "{{ LeftParen:( Number:3 error:unclosed left paren")]
    [InlineData("{{3)}}", "{{ Number:3 error:unexpected right paren")]
    [InlineData("hello-{{/*/}}-world", "Text:hello- error:unclosed comment")]
    [InlineData("hello-{{/* */ }}-world", "Text:hello- error:comment ends before closing delimiter")]
    [InlineData("{{$x:3}}", "{{ Variable:$x error:expected :=")]
    [InlineData("{{.x#}}", "{{ error:bad character U+0023 '#'")]
    public void Tokenize_BadInput_EndsWithGoError(string input, string expected) =>
        Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("$$,@%{{}}@@", "$$ Char:, Char:@ Char:% Char:{ Char:{ Char:} Char:} @@ EOF")]
    [InlineData("a $$- 3 -@@ b", "Text:a $$ Number:3 @@ Text:b EOF")]
    public void Tokenize_CustomDelimiters_AreHonoured(string input, string expected)
    {
        string actual = string.Join(" ", Lexer.Tokenize(input, "$$", "@@").Select(t => t.Kind switch
        {
            TokenKind.LeftDelim or TokenKind.RightDelim => t.Value,
            TokenKind.EndOfFile => "EOF",
            TokenKind.Space => "_",
            _ => t.Kind + ":" + t.Value,
        }));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Tokenize_Positions_AreOffsetsAndLines()
    {
        var tokens = Lexer.Tokenize("a\n{{ .x }}\nb{{- \n$y }}", emitComments: false);
        Assert.Equal(
            [(TokenKind.Text, 0, 1), (TokenKind.LeftDelim, 2, 2), (TokenKind.Space, 4, 2), (TokenKind.Field, 5, 2), (TokenKind.Space, 7, 2), (TokenKind.RightDelim, 8, 2), (TokenKind.Text, 10, 2), (TokenKind.LeftDelim, 12, 3), (TokenKind.Space, 16, 3), (TokenKind.Variable, 17, 4), (TokenKind.Space, 19, 4), (TokenKind.RightDelim, 20, 4), (TokenKind.EndOfFile, 22, 4)],
            tokens.Select(t => (t.Kind, t.Position, t.Line)).ToArray());
    }

    [Fact]
    public void Tokenize_BreakAsFunctionName_IsIdentifier()
    {
        var lexer = new Lexer("{{break}}", breakOk: false);
        lexer.NextToken();
        Assert.Equal(TokenKind.Identifier, lexer.NextToken().Kind);
    }

    [Theory]
    [InlineData(TokenKind.EndOfFile, "", "EOF")]
    [InlineData(TokenKind.End, "end", "<end>")]
    [InlineData(TokenKind.Identifier, "foo", "\"foo\"")]
    [InlineData(TokenKind.String, "\"0123456789abc\"", "\"\\\"012345678\"...")]
    [InlineData(TokenKind.Error, "boom", "boom")]
    public void TokenToString_FormatsAsGoItem(TokenKind kind, string value, string expected) =>
        Assert.Equal(expected, new Token(kind, 0, value, 1).ToString());
}
