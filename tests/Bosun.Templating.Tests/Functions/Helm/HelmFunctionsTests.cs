using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Templating.Functions;
using Bosun.Templating.Tests.Execution;

namespace Bosun.Templating.Tests.Functions.Helm;

/// <summary>include, tpl, required, fail, lookup — texts as helm v4 produces them (checked against helm 4.1.4).</summary>
public class HelmFunctionsTests
{
    private static TemplateSet NewSet(params (string Path, string Text)[] files)
    {
        var set = new TemplateSet(HelmModeExecutorTests.Options);
        foreach (var (path, text) in files)
        {
            set.Parse(new SourceFile(path, text));
        }

        return set;
    }

    private static GoMap Data(string name) => new()
    {
        ["Values"] = new GoMap(),
        ["Template"] = new GoMap { ["Name"] = name, ["BasePath"] = "c/templates" },
    };

    [Fact]
    public void Include_DefinedTemplate_ReturnsItsOutputWithData()
    {
        var set = NewSet(("c/templates/_h.tpl", "{{ define \"x\" }}[{{ . }}]{{ end }}"), ("c/templates/a", "{{ include \"x\" \"v\" }}{{ include \"x\" \"w\" | len }}"));
        Assert.Equal("[v]3", set.Execute("c/templates/a", Data("c/templates/a")));
    }

    [Fact]
    public void Include_MissingTemplate_FailsLikeGoExecuteTemplate()
    {
        var set = NewSet(("c/templates/a", "{{ include \"nope\" . }}"));
        var error = Assert.Throws<TemplateException>(() => set.Execute("c/templates/a", null));
        Assert.Equal("template: c/templates/a:1:3: executing \"c/templates/a\" at <include \"nope\" .>: error calling include: template: no template \"nope\" associated with template \"gotpl\"", error.GoMessage);
        Assert.Equal("BOSUN2127", error.Diagnostic.Code);
    }

    [Fact]
    public void Include_FailureInside_NestsGoMessagesAndRelatesCallSite()
    {
        var set = NewSet(("c/templates/a", "{{ define \"a\" }}{{ len 3 }}{{ end }}{{ include \"a\" . }}"));
        var error = Assert.Throws<TemplateException>(() => set.Execute("c/templates/a", null));
        Assert.Equal("template: c/templates/a:1:39: executing \"c/templates/a\" at <include \"a\" .>: error calling include: template: c/templates/a:1:19: executing \"a\" at <len 3>: error calling len: len of type int", error.GoMessage);
        Assert.Equal("BOSUN2101", error.Diagnostic.Code);
        Assert.Equal("error calling len: len of type int", error.Diagnostic.Message);
        var related = Assert.Single(error.Diagnostic.Related);
        Assert.Equal("in include called here", related.Message);
        Assert.Equal(1, related.Location?.Line);
        Assert.Equal(40, related.Location?.Column);
    }

    [Fact]
    public void Include_RecursingForever_StopsAfterHelmLimit()
    {
        var set = NewSet(("c/templates/a", "{{ define \"a\" }}{{ include \"a\" . }}{{ end }}{{ include \"a\" . }}"));
        var error = Assert.Throws<TemplateException>(() => set.Execute("c/templates/a", null));
        Assert.EndsWith("error calling include: rendering template has a nested reference name: a: unable to execute template", error.GoMessage, StringComparison.Ordinal);
        Assert.Equal(1002, CountOf(error.GoMessage, "error calling include"));
        Assert.Equal("BOSUN2132", error.Diagnostic.Code);
    }

    [Fact]
    public void Include_SameNameSequentially_IsNotRecursion()
    {
        var loop = NewSet(("c/templates/b", "{{ define \"a\" }}a{{ end }}{{ range $i := 1500 }}{{ include \"a\" . }}{{ end }}"));
        Assert.Equal(new string('a', 1500), loop.Execute("c/templates/b", null));
    }

    [Fact]
    public void Tpl_RendersTextWithDataAndSeesOuterDefines()
    {
        var set = NewSet(("c/templates/a", "{{ define \"x\" }}X{{ .Template.Name }}{{ end }}{{ tpl \"{{ define \\\"y\\\" }}Y{{ end }}{{ include \\\"y\\\" . }}{{ include \\\"x\\\" . }}{{ .Template.Name }}\" . }}|{{ include \"x\" . }}"));
        Assert.Equal("YXc/templates/ac/templates/a|Xc/templates/a", set.Execute("c/templates/a", Data("c/templates/a")));
    }

    [Fact]
    public void Tpl_DefinesDoNotLeakToTheCaller()
    {
        var set = NewSet(("c/templates/a", "{{ tpl \"{{ define \\\"y\\\" }}Y{{ end }}\" . }}|{{ include \"y\" . }}"));
        var error = Assert.Throws<TemplateException>(() => set.Execute("c/templates/a", null));
        Assert.EndsWith("error calling include: template: no template \"y\" associated with template \"gotpl\"", error.GoMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Tpl_ExecutionError_WrapsGoMessageLikeHelm()
    {
        var set = NewSet(("c/templates/a", "{{ tpl \"{{ .x.y }}\" . }}"));
        var error = Assert.Throws<TemplateException>(() => set.Execute("c/templates/a", new GoMap()));
        Assert.Equal("template: c/templates/a:1:3: executing \"c/templates/a\" at <tpl \"{{ .x.y }}\" .>: error calling tpl: error during tpl function execution for \"{{ .x.y }}\": template: gotpl:1:5: executing \"gotpl\" at <.x.y>: nil pointer evaluating interface {}.y", error.GoMessage);
        Assert.Equal("BOSUN2109", error.Diagnostic.Code);
        Assert.Equal("gotpl", error.Diagnostic.Location?.File.Path);
    }

    [Fact]
    public void Tpl_ParseError_WrapsGoMessageLikeHelm()
    {
        var set = NewSet(("c/templates/a", "{{ tpl \"{{ nope }}\" . }}"));
        var error = Assert.Throws<TemplateException>(() => set.Execute("c/templates/a", null));
        Assert.Equal("template: c/templates/a:1:3: executing \"c/templates/a\" at <tpl \"{{ nope }}\" .>: error calling tpl: cannot parse template \"{{ nope }}\": template: gotpl:1: function \"nope\" not defined", error.GoMessage);
        Assert.Equal("BOSUN2010", error.Diagnostic.Code);
    }

    [Fact]
    public void Tpl_StripsNoValue()
    {
        var set = NewSet(("c/templates/a", "{{ tpl \"[{{ .missing }}]\" . | len }}"));
        Assert.Equal("2", set.Execute("c/templates/a", new GoMap()));
    }

    [Fact]
    public void Tpl_RecursingForever_FailsWithDiagnosticInsteadOfCrashing()
    {
        var set = NewSet(("c/templates/a", "{{ tpl .t . }}"));
        var data = new GoMap { ["t"] = "{{ tpl .t . }}" };
        var error = Assert.Throws<TemplateException>(() => set.Execute("c/templates/a", data));
        Assert.Equal("BOSUN2133", error.Diagnostic.Code);
        Assert.EndsWith("error calling tpl: include/tpl nested more than 1000 deep", error.GoMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ required \"need a\" .missing }}", 4)]
    [InlineData("{{ required \"need a\" \"\" }}", 4)]
    [InlineData("{{ .missing | required \"need a\" }}", 15)]
    public void Required_NilOrEmptyString_FailsWithHelmMarkers(string template, int column)
    {
        var set = NewSet(("c/templates/a", template));
        var error = Assert.Throws<TemplateException>(() => set.Execute("c/templates/a", new GoMap()));
        Assert.EndsWith("error calling required: HELM_ERR_STARTneed aHELM_ERR_END", error.GoMessage, StringComparison.Ordinal);
        Assert.Equal("BOSUN2130", error.Diagnostic.Code);
        Assert.Equal("need a", error.Diagnostic.Message);
        Assert.Equal((1, column), (error.Diagnostic.Location?.Line, error.Diagnostic.Location?.Column));
    }

    [Fact]
    public void Required_PresentValues_PassThrough()
    {
        var set = NewSet(("c/templates/a", "{{ required \"x\" 0 }}|{{ required \"x\" false }}|{{ required \"x\" .v }}"));
        Assert.Equal("0|false|v", set.Execute("c/templates/a", new GoMap { ["v"] = "v" }));
    }

    [Fact]
    public void Fail_StopsWithMessage()
    {
        var set = NewSet(("c/templates/a", "x{{ fail \"boom\" }}"));
        var error = Assert.Throws<TemplateException>(() => set.Execute("c/templates/a", null));
        Assert.Equal("template: c/templates/a:1:4: executing \"c/templates/a\" at <fail \"boom\">: error calling fail: HELM_ERR_STARTboomHELM_ERR_END", error.GoMessage);
        Assert.Equal("c/templates/a:1:5: error BOSUN2130: boom", error.Diagnostic.FormatHeadline());
    }

    [Fact]
    public void Fail_InsideTpl_KeepsMarkersInWholeMessage()
    {
        var set = NewSet(("c/templates/a", "{{ tpl \"{{ fail \\\"deep\\\" }}\" . }}"));
        var error = Assert.Throws<TemplateException>(() => set.Execute("c/templates/a", null));
        Assert.Contains("HELM_ERR_STARTdeepHELM_ERR_END", error.GoMessage, StringComparison.Ordinal);
        Assert.Equal("deep", error.Diagnostic.Message);
    }

    [Fact]
    public void Lookup_Offline_ReturnsEmptyMap()
    {
        var set = NewSet(("c/templates/a", "{{ lookup \"v1\" \"Pod\" \"ns\" \"x\" | len }}"));
        Assert.Equal("0", set.Execute("c/templates/a", null));
    }

    [Fact]
    public void Lookup_UsesConfiguredSource()
    {
        var options = new TemplateOptions
        {
            Functions = FunctionTable.Helm,
            MissingKey = MissingKeyMode.Zero,
            Lookup = new FakeLookup(),
        };
        var set = new TemplateSet(options);
        set.Parse(new SourceFile("a", "{{ (lookup \"v1\" \"Secret\" \"ns\" \"s\").kind }}"));
        Assert.Equal("v1/Secret/ns/s", set.Execute("a", null));
    }

    [Fact]
    public void GetHostByName_WithoutDns_IsEmpty()
    {
        var set = NewSet(("c/templates/a", "[{{ getHostByName \"localhost\" }}]"));
        Assert.Equal("[]", set.Execute("c/templates/a", null));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private sealed class FakeLookup : ILookupSource
    {
        public GoMap Lookup(string apiVersion, string kind, string ns, string name) =>
            new() { ["kind"] = $"{apiVersion}/{kind}/{ns}/{name}" };
    }
}
