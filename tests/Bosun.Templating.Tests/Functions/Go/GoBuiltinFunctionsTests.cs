using Bosun.Core.Values;
using Bosun.Templating.Functions;
using static Bosun.Templating.Tests.TemplateTestHost;

namespace Bosun.Templating.Tests.Functions.Go;

/// <summary>Go's builtins through the executor, with Go's argument handling and error texts.</summary>
public class GoBuiltinFunctionsTests
{
    private static TemplateOptions V3 { get; } = new() { Functions = FunctionTable.Go, HelmMajor = 3 };

    [Theory]
    [InlineData("{{ slice . }}", "[a b c d]")]
    [InlineData("{{ slice . 1 }}", "[b c d]")]
    [InlineData("{{ slice . 1 3 }}", "[b c]")]
    [InlineData("{{ slice . 1 2 3 }}", "[b]")]
    [InlineData("{{ slice . 4 }}", "[]")]
    [InlineData("{{ slice \"héllo\" 1 3 }}", "é")]
    [InlineData("{{ index \"héllo\" 1 }}", "195")]
    [InlineData("{{ len \"héllo\" }}", "6")]
    public void Slice_IndexAndLen_WorkOnGoByteOffsets(string template, string expected) =>
        Assert.Equal(expected, Render(template, List("a", "b", "c", "d")));

    [Theory]
    [InlineData("{{ slice . 3 1 }}", "error calling slice: invalid slice index: 3 > 1")]
    [InlineData("{{ slice . 1 2 3 4 }}", "error calling slice: too many slice indexes: 4")]
    [InlineData("{{ slice . 5 }}", "error calling slice: index out of range: 5")]
    [InlineData("{{ slice \"abc\" 1 2 3 }}", "error calling slice: cannot 3-index slice a string")]
    [InlineData("{{ slice 3 }}", "error calling slice: can't slice item of type int")]
    [InlineData("{{ slice nil }}", "error calling slice: slice of untyped nil")]
    [InlineData("{{ slice . 1 2 1 }}", "error calling slice: invalid slice index: 2 > 1")]
    public void Slice_BadIndexes_FailLikeGo(string template, string message) =>
        Assert.EndsWith(message, RenderError(template, List("a", "b", "c", "d")).GoMessage, StringComparison.Ordinal);

    [Theory]
    [InlineData("{{ eq .u8 3 }}|{{ eq 3 .u8 }}|{{ lt .u8 4 }}|{{ lt -1 .u8 }}|{{ eq .i64 5 }}|{{ eq .big -1 }}", "true|true|true|true|true|false")]
    [InlineData("{{ eq .s \"a\" \"b\" }}|{{ eq .s \"x\" \"a\" }}|{{ ne .s \"a\" }}", "true|true|false")]
    [InlineData("{{ lt \"a\" \"b\" }}|{{ lt \"\\uFF5E\" \"\\U0001F600\" }}|{{ le 2.5 2.5 }}|{{ gt \"b\" \"a\" }}|{{ ge 1 2 }}", "true|true|true|true|false")]
    [InlineData("{{ eq .missing nil }}|{{ eq .l .missing }}|{{ eq .nilList nil }}", "true|false|true")]
    [InlineData("{{ not .l }}|{{ not .empty }}|{{ and .s .l }}|{{ or .empty .s }}", "false|true|[1]|a")]
    public void Comparisons_FollowGoRules(string template, string expected)
    {
        var data = Map(
            ("u8", new GoInt(GoType.Uint8, 3)),
            ("i64", GoInt.Int64(5)),
            ("big", new GoInt(GoType.Uint64, -1)),
            ("s", "a"),
            ("l", List(1L)),
            ("empty", List()),
            ("nilList", new GoList(GoType.SliceOfInterface, []) { IsNil = true }));
        Assert.Equal(expected, Render(template, data));
    }

    [Theory]
    [InlineData("{{ eq 1 1.0 }}", "error calling eq: incompatible types for comparison")]
    [InlineData("{{ lt 1 1.5 }}", "error calling lt: incompatible types for comparison")]
    public void Comparisons_GoBefore124_OmitTypes(string template, string ending)
    {
        string message = RenderError(template, null, V3).GoMessage;
        Assert.EndsWith(ending, message, StringComparison.Ordinal);
        Assert.EndsWith(ending + ": int and float64", RenderError(template).GoMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RangeOverInt_GoBefore124_IsAnError()
    {
        Assert.Equal(
            "template: t:1:9: executing \"t\" at <3>: range can't iterate over 3",
            RenderError("{{ range 3 }}x{{ end }}", null, V3).GoMessage);
        Assert.Equal("xxx", Render("{{ range 3 }}x{{ end }}"));
    }

    [Fact]
    public void Parentheses_GoBefore125_HaveNoGoLimit()
    {
        string text = "{{" + new string('(', 20000) + "1" + new string(')', 20000) + "}}";
        Assert.Equal("1", Render(text, null, V3));
        Assert.Equal("template: t:1: max expression depth exceeded", ParseError(text).GoMessage);
    }

    [Theory]
    [InlineData("{{ call .f }}", "error calling call: non-function .f of type string")]
    [InlineData("{{ call .nope }}", "error calling call: call of nil")]
    [InlineData("{{ \"x\" | call }}", "error calling call: non-function x of type string")]
    [InlineData("{{ call }}", "wrong number of args for call: want at least 1 got 0")]
    public void Call_WithoutFunctionValues_FailsLikeGo(string template, string ending) =>
        Assert.EndsWith(ending, RenderError(template, Map(("f", "s"))).GoMessage, StringComparison.Ordinal);

    [Theory]
    [InlineData("{{ print 1 2 \"a\" \"b\" 3 }}", "1 2ab3")]
    [InlineData("{{ println 1 \"a\" }}", "1 a\n")]
    [InlineData("{{ printf \"%d-%s\" 1 \"x\" }}", "1-x")]
    [InlineData("{{ print nil }}", "<nil>")]
    [InlineData("{{ urlquery \"a b\" \"c\" }}", "a+bc")]
    [InlineData("{{ js \"\\u2028\" }}", "\\u2028")]
    [InlineData("{{ html \"\\u0000\" }}", "\uFFFD")]
    public void PrintingAndEscaping_MatchGo(string template, string expected) =>
        Assert.Equal(expected, Render(template));

    [Fact]
    public void Index_MissingKeyOfTypedMap_GivesElementZero()
    {
        var data = new GoMap(GoType.MapOfString) { ["a"] = "x" };
        Assert.Equal("[x][]", Render("[{{ index . \"a\" }}][{{ index . \"b\" }}]", data));
    }

    [Fact]
    public void Builtins_AreAvailableWithoutAFunctionTable() =>
        Assert.Equal("3", Render("{{ len . }}", List(1L, 2L, 3L), new TemplateOptions()));
}
