using System.Runtime.CompilerServices;
using System.Text;
using Bosun.Core.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Robustness;

/// <summary>
/// Pathological nesting and recursion must end in a diagnostic (or a correct result), never a
/// StackOverflow (which would kill the test process) and never a hang: each case runs with a deadline,
/// on a thread with the CLI's command stack (<see cref="LargeStack"/>).
/// </summary>
[Collection(RobustnessCollection.Deep)]
[TestCaseOrderer(RunOrderOrderer.TypeName, RunOrderOrderer.AssemblyName)]
public class DeepNestingTests
{
    private const int Depth = 100_000;
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A case that missed its deadline keeps running (a thread cannot be stopped) and would slow every later
    /// case until they miss theirs too; later cases then fail at once, naming the case still running.
    /// </summary>
    private static string? s_stillRunning;

    private static string RunWithDeadline(string text, object? data = null, [CallerMemberName] string caller = "")
    {
        if (s_stillRunning is { } hung)
        {
            Assert.Fail($"not run: {hung} missed its deadline and is still running");
        }

        try
        {
            return LargeStack.Run(
                () =>
                {
                    var set = new TemplateSet(TemplateOptions.Helm(4));
                    set.Parse(new SourceFile("deep.yaml", text));
                    return set.Execute("deep.yaml", data ?? new GoMap());
                },
                s_deadline);
        }
        catch (TimeoutException)
        {
            s_stillRunning = caller;
            throw;
        }
    }

    private static TemplateException ExpectDiagnostic(string text, object? data = null, [CallerMemberName] string caller = "")
    {
        var ex = Assert.Throws<TemplateException>(() => RunWithDeadline(text, data, caller));
        Assert.StartsWith("BOSUN2", ex.Diagnostic.Code, StringComparison.Ordinal);
        return ex;
    }

    private static void ExpectDiagnosticOrResult(string text, string expected, [CallerMemberName] string caller = "")
    {
        try
        {
            Assert.Equal(expected, RunWithDeadline(text, caller: caller));
        }
        catch (TemplateException ex)
        {
            Assert.StartsWith("BOSUN2", ex.Diagnostic.Code, StringComparison.Ordinal);
            Assert.NotNull(ex.Diagnostic.Location);
        }
    }

    [Fact]
    [RunOrder(1)]
    public void Parse_HundredThousandNestedParentheses_GivesDiagnostic()
    {
        string text = "{{ " + new string('(', Depth) + "1" + new string(')', Depth) + " }}";

        // Go stops at its parser depth limit ("max depth exceeded"); any located diagnostic is acceptable.
        ExpectDiagnosticOrResult(text, "1");
    }

    [Fact]
    [RunOrder(2)]
    public void Parse_HundredThousandNestedIfs_GivesDiagnosticOrResult()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Depth; i++)
        {
            sb.Append("{{ if true }}");
        }

        sb.Append('x');
        for (int i = 0; i < Depth; i++)
        {
            sb.Append("{{ end }}");
        }

        ExpectDiagnosticOrResult(sb.ToString(), "x");
    }

    [Fact]
    [RunOrder(3)]
    public void Parse_HundredThousandUnclosedIfs_GivesDiagnostic()
    {
        string text = string.Concat(Enumerable.Repeat("{{ if true }}", Depth));

        Assert.Throws<TemplateException>(() => RunWithDeadline(text));
    }

    [Fact]
    [RunOrder(5)]
    public void Execute_IncludeRecursion_GivesDiagnostic()
    {
        ExpectDiagnostic("{{ define \"a\" }}{{ include \"a\" . }}{{ end }}{{ include \"a\" . }}");
    }

    [Fact]
    [RunOrder(4)]
    public void Execute_TemplateRecursion_GivesDiagnostic()
    {
        ExpectDiagnostic("{{ define \"a\" }}x{{ template \"a\" . }}{{ end }}{{ template \"a\" . }}");
    }

    [Fact]
    [RunOrder(9)]
    public void Execute_TplRecursion_GivesDiagnostic()
    {
        var values = new GoMap { ["t"] = "{{ tpl .t . }}" };

        ExpectDiagnostic("{{ tpl .t . }}", values);
    }

    [Fact]
    [RunOrder(6)]
    public void Execute_MutualIncludeRecursion_GivesDiagnostic()
    {
        ExpectDiagnostic("{{ define \"a\" }}{{ include \"b\" . }}{{ end }}{{ define \"b\" }}{{ include \"a\" . }}{{ end }}{{ include \"a\" . }}");
    }

    [Fact]
    [RunOrder(7)]
    public void Execute_RunawayOutput_StopsAtTheOutputLimit()
    {
        // 1000^3 iterations of 100 characters: 10^11 characters unless the limit stops it.
        string text = "{{ $l := list }}{{ range $i := until 1000 }}{{ $l = append $l $i }}{{ end }}" +
            "{{ range $l }}{{ range $l }}{{ range $l }}" + new string('x', 100) + "{{ end }}{{ end }}{{ end }}";

        ExpectDiagnostic(text);
    }

    [Fact]
    [RunOrder(8)]
    public void Execute_RunawayIncludeOutput_StopsAtTheOutputLimit()
    {
        // Each level doubles the output: 2^40 characters unless the limit stops it.
        var sb = new StringBuilder("{{ define \"l0\" }}xxxxxxxxxxxxxxxx{{ end }}");
        for (int i = 1; i <= 40; i++)
        {
            sb.Append($"{{{{ define \"l{i}\" }}}}{{{{ include \"l{i - 1}\" . }}}}{{{{ include \"l{i - 1}\" . }}}}{{{{ end }}}}");
        }

        sb.Append("{{ include \"l40\" . }}");

        ExpectDiagnostic(sb.ToString());
    }
}
