using Bosun.Cli.Output;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;

namespace Bosun.Cli.Tests.Output;

public class DiagnosticRendererTests
{
    private static readonly DiagnosticDescriptor s_notDefined = new(2010, Severity.Error, "function \"{0}\" not defined");
    private static readonly DiagnosticDescriptor s_warning = new(2999, Severity.Warning, "deprecated {0}");

    private static SourceLocation At(SourceFile file, string needle, int length)
    {
        int start = file.Text.IndexOf(needle, StringComparison.Ordinal);
        return new SourceLocation(file, new TextSpan(start, length));
    }

    [Fact]
    public void Render_WithLocation_ShowsCaretExcerptHintAndStack()
    {
        string text = string.Concat(Enumerable.Repeat("# filler\n", 13)) + "  labels: {{ toYml .Values.labels }}\n";
        var file = new SourceFile("charts/app/templates/deploy.yaml", text);
        var helpers = new SourceFile("charts/app/templates/_helpers.tpl", "a\nb\n  {{ include \"x\" . }}\n");
        var diagnostic = s_notDefined.At(At(file, "toYml", 5), "toYml") with
        {
            Hint = "did you mean \"toYaml\"?",
            Related = [new RelatedLocation("in include called here", At(helpers, "include", 7))],
        };

        string rendered = DiagnosticRenderer.Render(diagnostic, color: false);

        Assert.Equal(
            "charts/app/templates/deploy.yaml:14:14: error BOSUN2010: function \"toYml\" not defined\n" +
            "   |\n" +
            "14 |   labels: {{ toYml .Values.labels }}\n" +
            "   |              ^^^^^\n" +
            "   = hint: did you mean \"toYaml\"?\n" +
            "   = in include called here at charts/app/templates/_helpers.tpl:3:6\n",
            rendered);
    }

    [Fact]
    public void Render_RepeatedFrames_AreCollapsedWithCount()
    {
        var file = new SourceFile("t.yaml", "{{ include \"a\" . }}");
        var frame = new RelatedLocation("in include called here", new SourceLocation(file, new TextSpan(3, 7)));
        var other = new RelatedLocation("in template called here", null);
        var diagnostic = s_notDefined.Create("x") with { Related = [frame, frame, frame, other] };

        Assert.Equal(
            "error BOSUN2010: function \"x\" not defined\n" +
            "  = in include called here at t.yaml:1:4 (3 times)\n" +
            "  = in template called here\n",
            DiagnosticRenderer.Render(diagnostic, color: false));
    }

    [Fact]
    public void Render_ManyDistinctFrames_AreCapped()
    {
        var frames = Enumerable.Range(1, 25).Select(i => new RelatedLocation("frame " + i, null));
        var diagnostic = s_notDefined.Create("x") with { Related = [.. frames] };

        string rendered = DiagnosticRenderer.Render(diagnostic, color: false);

        Assert.Contains("  = frame 20\n  = ... and 5 more\n", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("frame 21", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Tabs_AreKeptSoCaretsAlign()
    {
        var file = new SourceFile("t.yaml", "\tkey: {{ bad }}\n");

        string rendered = DiagnosticRenderer.Render(s_notDefined.At(At(file, "bad", 3), "bad"), color: false);

        Assert.Equal("t.yaml:1:10: error BOSUN2010: function \"bad\" not defined\n  |\n1 | \tkey: {{ bad }}\n  | \t        ^^^\n", rendered);
    }

    [Fact]
    public void Render_SpanPastLineEnd_IsClippedToTheLine()
    {
        var file = new SourceFile("t", "ab\ncd\n");

        string rendered = DiagnosticRenderer.Render(s_notDefined.At(new SourceLocation(file, new TextSpan(1, 4)), "x"), color: false);

        Assert.EndsWith("1 | ab\n  |  ^\n", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptySpan_GetsOneCaret()
    {
        var file = new SourceFile("t", "abc");

        string rendered = DiagnosticRenderer.Render(s_notDefined.At(new SourceLocation(file, new TextSpan(3, 0)), "x"), color: false);

        Assert.EndsWith("1 | abc\n  |    ^\n", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoLocation_IsHeadlineOnly()
    {
        Assert.Equal("error BOSUN2010: function \"f\" not defined\n", DiagnosticRenderer.Render(s_notDefined.Create("f"), color: false));
    }

    [Fact]
    public void Render_Subject_PrefixesHeadline()
    {
        var diagnostic = s_notDefined.Create("f") with { Subject = "Deployment/web/app" };

        Assert.Equal("Deployment/web/app: error BOSUN2010: function \"f\" not defined\n", DiagnosticRenderer.Render(diagnostic, color: false));
    }

    [Fact]
    public void Render_Warning_SaysWarning()
    {
        Assert.Equal("warning BOSUN2999: deprecated x\n", DiagnosticRenderer.Render(s_warning.Create("x"), color: false));
    }

    [Fact]
    public void Render_Colour_UsesAnsiSequences()
    {
        var file = new SourceFile("t", "abc\n");

        string rendered = DiagnosticRenderer.Render(s_notDefined.At(new SourceLocation(file, new TextSpan(1, 1)), "x"), color: true);

        Assert.Equal(
            "\u001b[1mt:1:2:\u001b[0m \u001b[1;31merror\u001b[0m \u001b[1mBOSUN2010:\u001b[0m function \"x\" not defined\n" +
            "\u001b[1;34m  |\u001b[0m\n" +
            "\u001b[1;34m1 |\u001b[0m abc\n" +
            "\u001b[1;34m  |\u001b[0m  \u001b[1;31m^\u001b[0m\n",
            rendered);
    }

    [Fact]
    public void RenderInternalError_MultiLineMessage_StaysOnOneLine()
    {
        string rendered = DiagnosticRenderer.RenderInternalError(new InvalidOperationException("a\nb"), debug: false, color: false);

        Assert.Equal("internal error BOSUN0001: System.InvalidOperationException: a b\nthis is a bug in bosun; rerun with --debug for the stack trace\n", rendered);
    }

    [Fact]
    public void DiagnosticJson_WithLocation_HasFileLineColumn()
    {
        var file = new SourceFile("t.yaml", "x\n  {{ bad }}\n");
        var diagnostic = s_notDefined.At(At(file, "bad", 3), "bad").WithHint("h");

        var json = DiagnosticJson.From(diagnostic);

        Assert.Equal(new DiagnosticJson("BOSUN2010", "error", "function \"bad\" not defined", "t.yaml", 2, 6, "h"), json);
    }
}
