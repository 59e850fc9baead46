using Bosun.Templating.HelmCompat;
using Bosun.Templating.Tests.Oracle;

namespace Bosun.Templating.Tests.HelmCompat;

public sealed class HelmErrorFormatTests
{
    private const string Notes = "c/templates/NOTES.txt";

    [Fact]
    public void FormatParseError_GoParseMessage_LocationAndLastPart()
    {
        string actual = HelmErrorFormat.FormatParseError(
            Notes, "template: c/templates/NOTES.txt:1: function \"nosuch\" not defined");

        Assert.Equal("parse error at (c/templates/NOTES.txt:1): function \"nosuch\" not defined", actual);
    }

    [Fact]
    public void FormatParseError_MessageWithSeveralSeparators_KeepsOnlyLastPart()
    {
        string actual = HelmErrorFormat.FormatParseError(
            "c/templates/_helpers.tpl", "template: c/templates/_helpers.tpl:3: a: b: unexpected EOF");

        Assert.Equal("parse error at (c/templates/_helpers.tpl:3): unexpected EOF", actual);
    }

    [Fact]
    public void FormatParseError_NoSeparator_ParseErrorIn()
    {
        Assert.Equal("parse error in (c/t.yaml): something odd", HelmErrorFormat.FormatParseError("c/t.yaml", "something odd"));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void FormatExecutionError_HelmMarkers_ExecutionErrorAt(int helm)
    {
        string go = "template: c/templates/NOTES.txt:1:3: executing \"c/templates/NOTES.txt\" at <fail \"boom\">: "
            + "error calling fail: HELM_ERR_STARTboom: with colonsHELM_ERR_END";

        Assert.Equal("execution error at (c/templates/NOTES.txt:1:3): boom: with colons", HelmErrorFormat.FormatExecutionError(Notes, go, helm));
    }

    [Fact]
    public void FormatExecutionError_MarkersSpanNewlinesAndRepeat_FirstStartToLastEnd()
    {
        string go = "template: c/templates/NOTES.txt:2:4: executing \"c/templates/NOTES.txt\" at <include \"t\" .>: "
            + "error calling include: template: c/templates/_helpers.tpl:1:5: executing \"t\" at <required \"x\" .Values.a>: "
            + "error calling required: HELM_ERR_STARTline1\nline2HELM_ERR_END";

        Assert.Equal("execution error at (c/templates/NOTES.txt:2:4): line1\nline2", HelmErrorFormat.FormatExecutionError(Notes, go, 4));
    }

    [Fact]
    public void FormatExecutionError_Helm3WithoutMarkers_GoMessageUnchanged()
    {
        string go = "template: c/templates/NOTES.txt:1:3: executing \"c/templates/NOTES.txt\" at <trunc>: wrong number of args for trunc: want 2 got 1";

        Assert.Equal(go, HelmErrorFormat.FormatExecutionError(Notes, go, 3));
    }

    [Fact]
    public void FormatExecutionError_Helm4LeafError_IndentedTrace()
    {
        string go = "template: c/templates/NOTES.txt:1:3: executing \"c/templates/NOTES.txt\" at <trunc>: wrong number of args for trunc: want 2 got 1";

        Assert.Equal(
            "c/templates/NOTES.txt:1:3\n  executing \"c/templates/NOTES.txt\" at <trunc>:\n    wrong number of args for trunc: want 2 got 1",
            HelmErrorFormat.FormatExecutionError(Notes, go, 4));
    }

    [Fact]
    public void FormatExecutionError_Helm4FunctionError_GoMessageUnchanged()
    {
        string go = "template: c/templates/NOTES.txt:1:3: executing \"c/templates/NOTES.txt\" at <index (list 1 2) 5>: error calling index: index out of range: 5";

        Assert.Equal(go, HelmErrorFormat.FormatExecutionError(Notes, go, 4));
    }

    [Fact]
    public void FormatExecutionError_Helm4IncludeChain_OneTracePerTemplate()
    {
        string go = "template: c/templates/NOTES.txt:2:4: executing \"c/templates/NOTES.txt\" at <include \"a\" .>: error calling include: "
            + "template: c/templates/_helpers.tpl:2:4: executing \"a\" at <include \"b\" .>: error calling include: "
            + "template: c/templates/_helpers.tpl:5:4: executing \"b\" at <toYaml>: wrong number of args for toYaml: want 1 got 0";

        Assert.Equal(
            "c/templates/NOTES.txt:2:4\n  executing \"c/templates/NOTES.txt\" at <include \"a\" .>:\n    error calling include:\n"
            + "c/templates/_helpers.tpl:2:4\n  executing \"a\" at <include \"b\" .>:\n    error calling include:\n"
            + "c/templates/_helpers.tpl:5:4\n  executing \"b\" at <toYaml>:\n    wrong number of args for toYaml: want 1 got 0",
            HelmErrorFormat.FormatExecutionError(Notes, go, 4));
    }

    [Fact]
    public void FormatExecutionError_Helm4IncludeOfMissingTemplate_NoTemplateMessageKept()
    {
        string go = "template: c/templates/NOTES.txt:1:3: executing \"c/templates/NOTES.txt\" at <include \"nope\" .>: "
            + "error calling include: template: no template \"nope\" associated with template \"gotpl\"";

        Assert.Equal(
            "c/templates/NOTES.txt:1:3\n  executing \"c/templates/NOTES.txt\" at <include \"nope\" .>:\n    error calling include:\n"
            + "template: no template \"nope\" associated with template \"gotpl\"",
            HelmErrorFormat.FormatExecutionError(Notes, go, 4));
    }

    [Fact]
    public void FormatExecutionError_Helm4IncludeEndingInFunctionError_GoMessageUnchanged()
    {
        string go = "template: c/templates/NOTES.txt:1:3: executing \"c/templates/NOTES.txt\" at <include \"bad\" .>: error calling include: "
            + "template: c/templates/_helpers.tpl:3:3: executing \"bad\" at <index (list 1) 5>: error calling index: index out of range: 5";

        Assert.Equal(go, HelmErrorFormat.FormatExecutionError(Notes, go, 4));
    }

    [Fact]
    public void FormatExecutionError_Helm4TplWrappedError_GoMessageUnchanged()
    {
        string go = "template: c/templates/NOTES.txt:1:3: executing \"c/templates/NOTES.txt\" at <tpl \"{{ .x\" .>: "
            + "error calling tpl: cannot parse template \"{{ .x\": template: gotpl:1: unclosed action";

        Assert.Equal(go, HelmErrorFormat.FormatExecutionError(Notes, go, 4));
    }

    [Fact]
    public void FormatExecutionError_Helm4SimpleForm_LocationAndMessage()
    {
        string go = "template: c/templates/NOTES.txt: \"c/templates/NOTES.txt\" is an incomplete or empty template";

        Assert.Equal(
            "c/templates/NOTES.txt\n  \"c/templates/NOTES.txt\" is an incomplete or empty template",
            HelmErrorFormat.FormatExecutionError(Notes, go, 4));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void FormatExecutionError_FewerThanThreeParts_ExecutionErrorIn(int helm)
    {
        Assert.Equal(
            "execution error in (c/templates/NOTES.txt): template: oops",
            HelmErrorFormat.FormatExecutionError(Notes, "template: oops", helm));
    }

    /// <summary>
    /// Cross-check with real helm: where helm v3 printed Go's message unchanged and helm v4 reformatted
    /// it, reformatting the v3 text for v4 must give exactly what helm v4 printed.
    /// </summary>
    [Fact]
    public void FormatExecutionError_CorpusV3Messages_GiveRecordedV4Text()
    {
        var checkedCases = new List<string>();
        var failures = new List<string>();
        foreach (var oracleCase in OracleCorpus.Cases)
        {
            OracleOutcome? v3 = oracleCase.Expected(3);
            OracleOutcome? v4 = oracleCase.Expected(4);
            if (v3 is not { IsError: true } || v4 is not { IsError: true }
                || !v3.Text.StartsWith("template: ", StringComparison.Ordinal)
                || v4.Text.StartsWith("template: ", StringComparison.Ordinal)
                || !v3.Text.EndsWith(v4.Text[(v4.Text.LastIndexOf('\n') + 1)..].TrimStart(), StringComparison.Ordinal))
            {
                // Not comparable: no v3 Go message, v4 left it unchanged, or Go 1.23 and 1.25 word it differently.
                continue;
            }

            checkedCases.Add(oracleCase.Name);
            string actual = HelmErrorFormat.FormatExecutionError(Notes, v3.Text, 4);
            if (actual != v4.Text)
            {
                failures.Add($"{oracleCase.Name}:\n  expected: {v4.Text}\n  actual:   {actual}");
            }
        }

        Assert.NotEmpty(checkedCases);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Where helm v4 printed a Go message unchanged, reformatting that message must leave it unchanged.</summary>
    [Fact]
    public void FormatExecutionError_CorpusUnformattedV4Messages_LeftUnchanged()
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var oracleCase in OracleCorpus.Cases)
        {
            OracleOutcome? v4 = oracleCase.Expected(4);
            if (v4 is not { IsError: true } || !v4.Text.StartsWith("template: ", StringComparison.Ordinal))
            {
                continue;
            }

            count++;
            if (HelmErrorFormat.FormatExecutionError(Notes, v4.Text, 4) != v4.Text)
            {
                failures.Add(oracleCase.Name);
            }
        }

        Assert.True(count > 0);
        Assert.True(failures.Count == 0, "reformatted although helm v4 did not: " + string.Join(", ", failures));
    }
}
