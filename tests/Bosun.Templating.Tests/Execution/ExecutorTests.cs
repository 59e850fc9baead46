using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Templating.Functions;
using static Bosun.Templating.Tests.TemplateTestHost;

namespace Bosun.Templating.Tests.Execution;

/// <summary>The executor under Go's own settings (missingkey=default, nothing stripped).</summary>
public class ExecutorTests
{
    [Theory]
    [InlineData("{{ .missing }}", "<no value>")]
    [InlineData("{{ .a.missing }}|{{ .missing.deeper }}", "<no value>|<no value>")]
    [InlineData("{{ $x := .missing }}{{ $x }}", "<no value>")]
    [InlineData("{{ print .missing }}|{{ printf \"%v\" .missing }}", "<nil>|<nil>")]
    [InlineData("{{ html .missing }}", "&lt;no value&gt;")]
    [InlineData("{{ template \"u\" }}{{ define \"u\" }}[{{ . }}]{{ end }}", "[<no value>]")]
    public void Execute_DefaultMissingKey_PrintsNoValue(string template, string expected) =>
        Assert.Equal(expected, Render(template, Map(("a", Map()))));

    [Fact]
    public void Execute_MissingKeyError_FailsWithGoMessage()
    {
        var options = new TemplateOptions { Functions = FunctionTable.Go, MissingKey = MissingKeyMode.Error };
        var error = RenderError("x{{ .a.b }}", Map(("a", Map())), options);
        Assert.Equal("template: t:1:6: executing \"t\" at <.a.b>: map has no entry for key \"b\"", error.GoMessage);
        Assert.Equal("BOSUN2112", error.Diagnostic.Code);
        var nilData = RenderError("{{ .b }}", null, options);
        Assert.Equal("template: t:1:3: executing \"t\" at <.b>: nil data; no entry for key \"b\"", nilData.GoMessage);
    }

    [Fact]
    public void Execute_MissingKeyZero_UsesTheElementTypesZero()
    {
        var options = new TemplateOptions { Functions = FunctionTable.Go, MissingKey = MissingKeyMode.Zero };
        var annotations = new GoMap(GoType.MapOfString) { ["a"] = "x" };
        Assert.Equal("[x][]<no value>", Render("[{{ .ann.a }}][{{ .ann.b }}]{{ .other }}", Map(("ann", annotations)), options));
    }

    [Theory]
    [InlineData("{{ range $i, $e := . }}{{ if eq $i 1 }}{{ continue }}{{ end }}{{ range $e }}{{ if eq . 2 }}{{ break }}{{ end }}{{ . }}{{ end }};{{ end }}", "1;1;")]
    [InlineData("{{ range . }}{{ break }}{{ else }}empty{{ end }}", "")]
    public void Execute_BreakAndContinue_AffectInnermostRange(string template, string expected)
    {
        var data = List(List(1L, 2L, 3L), List(9L), List(1L, 2L));
        Assert.Equal(expected, Render(template, data));
    }

    [Fact]
    public void Execute_VariableScopes_FollowGo()
    {
        const string template = "{{ $x := 1 }}{{ range . }}{{ $x = . }}{{ $y := . }}{{ end }}{{ $x }}{{ with $z := 5 }}{{ $z }}{{ end }}";
        Assert.Equal("35", Render(template, List(2L, 3L)));
    }

    [Fact]
    public void Execute_TemplateCall_SeesNoCallerVariables()
    {
        var error = ParseError("{{ $x := 1 }}{{ define \"t\" }}{{ $x }}{{ end }}");
        Assert.Equal("template: t:1: undefined variable \"$x\"", error.GoMessage);
        Assert.Equal("[a|a]", Render("{{ define \"u\" }}[{{ . }}|{{ $ }}]{{ end }}{{ $x := 1 }}{{ template \"u\" \"a\" }}"));
    }

    [Fact]
    public void Execute_Ranges_OverMapsSortKeysByCodePoint()
    {
        var map = Map(("b", 1L), ("a", 2L), ("\uFF5E", 3L), ("\U0001F600", 4L), ("B", 5L));
        Assert.Equal("B a b ～ 😀 ", Render("{{ range $k, $v := . }}{{ $k }} {{ end }}", map));
    }

    [Fact]
    public void Execute_RangeOverTypedIntAndBytes_KeepsElementTypes()
    {
        Assert.Equal("0 1 2 ", Render("{{ range . }}{{ . }} {{ end }}", GoInt.Int64(3)));
        Assert.Equal("104 105 ", Render("{{ range . }}{{ . }} {{ end }}", "hi"u8.ToArray()));
    }

    [Fact]
    public void Execute_HostObject_MethodsThenFields()
    {
        var data = Map(("Files", new FakeHostObject()));
        Assert.Equal("content of a.txt|files|content of b", Render("{{ .Files.Get \"a.txt\" }}|{{ .Files.Name }}|{{ .Files.Self.Get \"b\" }}", data));
    }

    [Theory]
    [InlineData("{{ .Files.Get }}", "template: t:1:9: executing \"t\" at <.Files.Get>: wrong number of args for Get: want 1 got 0")]
    [InlineData("{{ .Files.Get 1 }}", "template: t:1:14: executing \"t\" at <1>: expected string; found 1")]
    [InlineData("{{ .Files.Fail }}", "template: t:1:9: executing \"t\" at <.Files.Fail>: error calling Fail: boom")]
    [InlineData("{{ .Files.Name 1 }}", "template: t:1:9: executing \"t\" at <.Files.Name>: Name has arguments but cannot be invoked as function")]
    [InlineData("{{ .Files.Nope }}", "template: t:1:9: executing \"t\" at <.Files.Nope>: can't evaluate field Nope in type interface {}")]
    [InlineData("{{ .Files.Nothing.x }}", "template: t:1:9: executing \"t\" at <.Files.Nothing.x>: nil pointer evaluating interface {}.x")]
    public void Execute_HostObjectMisuse_GivesGoMessage(string template, string goMessage) =>
        Assert.Equal(goMessage, RenderError(template, Map(("Files", new FakeHostObject()))).GoMessage);

    [Fact]
    public void Execute_FieldOfHostObjectAsDot_NamesItsType() =>
        Assert.Equal(
            "template: t:1:3: executing \"t\" at <.Nope>: can't evaluate field Nope in type *test.Files",
            RenderError("{{ .Nope }}", new FakeHostObject()).GoMessage);

    [Fact]
    public void Execute_MethodOfHostSlice_IsCalledWithArguments()
    {
        var data = Map(("Capabilities", Map(("APIVersions", new FakeVersionSet("v1", "apps/v1")))));
        Assert.Equal("true false 2", Render("{{ .Capabilities.APIVersions.Has \"apps/v1\" }} {{ .Capabilities.APIVersions.Has \"x/v1\" }} {{ len .Capabilities.APIVersions }}", data));
        Assert.EndsWith(
            "can't evaluate field Nope in type interface {}",
            RenderError("{{ .Capabilities.APIVersions.Nope }}", data).GoMessage,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_CustomDelimiters_Work()
    {
        var options = new TemplateOptions { Functions = FunctionTable.Go, LeftDelimiter = "[[", RightDelimiter = "]]" };
        Assert.Equal("{{ x }} y", Render("{{ x }} [[- \" \" ]][[ .a -]]  ", Map(("a", "y")), options));
    }

    [Fact]
    public void Execute_OutputBeyondLimit_FailsWithDiagnostic()
    {
        var options = new TemplateOptions { Functions = FunctionTable.Go, MaxOutputLength = 10 };
        var error = RenderError("{{ range . }}abcd{{ end }}", List(1L, 2L, 3L), options);
        Assert.Equal("BOSUN2128", error.Diagnostic.Code);
        Assert.Equal("output exceeds the limit of 10 characters", error.Diagnostic.Message);
    }

    [Fact]
    public void Execute_InfiniteTemplateRecursion_StopsAtGoDepthLimit()
    {
        var error = RenderError("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}");
        Assert.Equal("template: t:1:28: executing \"r\" at <{{template \"r\" .}}>: exceeded maximum template depth (100000)", error.GoMessage);
        Assert.Equal("BOSUN2125", error.Diagnostic.Code);
    }

    [Fact]
    public void Execute_DeeplyNestedWith_Executes()
    {
        string template = string.Concat(Enumerable.Repeat("{{ with . }}", 5000)) + "{{ . }}" + string.Concat(Enumerable.Repeat("{{ end }}", 5000));
        Assert.Equal("x", Render(template, "x"));
    }

    [Fact]
    public void Execute_UnknownTemplateName_FailsLikeExecuteTemplate()
    {
        var set = new TemplateSet(GoOptions, "root");
        var error = Assert.Throws<TemplateException>(() => set.Execute("nope", null));
        Assert.Equal("template: no template \"nope\" associated with template \"root\"", error.GoMessage);
    }

    [Fact]
    public void Parse_LaterDefinitionReplacesEarlierUnlessEmpty()
    {
        var set = new TemplateSet(GoOptions);
        set.Parse(new SourceFile("a", "{{ define \"x\" }}A{{ end }}{{ define \"y\" }}Y{{ end }}"));
        set.Parse(new SourceFile("b", "{{ define \"x\" }}B{{ end }}{{ define \"y\" }} {{ end }}"));
        set.Parse(new SourceFile("c", "{{ template \"x\" }}{{ template \"y\" }}"));
        Assert.Equal("BY", set.Execute("c", null));
        Assert.Equal(["a", "b", "c", "x", "y"], set.TemplateNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Execute_SetIsReusableAcrossExecutions()
    {
        var set = new TemplateSet(GoOptions);
        set.Parse(new SourceFile("t", "{{ .v }}"));
        Assert.Equal("1", set.Execute("t", Map(("v", 1L))));
        Assert.Equal("2", set.Execute("t", Map(("v", 2L))));
    }

    [Fact]
    public void Execute_FunctionThrowingDotNetException_ReportsInternalError()
    {
        var options = new TemplateOptions
        {
            Functions = FunctionTable.Go.With([new TemplateFunction("bad", GoSignature.Of(), (_, _) => throw new InvalidOperationException("bug"))]),
        };
        var error = RenderError("{{ bad }}", null, options);
        Assert.Equal("BOSUN2131", error.Diagnostic.Code);
        Assert.Equal("template: t:1:3: executing \"t\" at <bad>: error calling bad: bug", error.GoMessage);
    }
}
