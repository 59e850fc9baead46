using Bosun.Core.Diagnostics;
using Bosun.Core.Text;

namespace Bosun.Core.Tests.Diagnostics;

public class DiagnosticTests
{
    private static readonly DiagnosticDescriptor s_error = new(3001, Severity.Error, "path \"{0}\" not found");

    [Fact]
    public void FormatHeadline_NoLocation_IsSeverityCodeMessage() =>
        Assert.Equal("error BOSUN3001: path \"x\" not found", s_error.Create("x").FormatHeadline());

    [Fact]
    public void FormatHeadline_Subject_PrefixesObject()
    {
        var diagnostic = s_error.Create("x") with { Subject = "Deployment/ns/app" };

        Assert.Equal("Deployment/ns/app: error BOSUN3001: path \"x\" not found", diagnostic.FormatHeadline());
    }

    [Fact]
    public void FormatHeadline_LocationWinsOverSubject()
    {
        var file = new SourceFile("c.yaml", "x");
        var diagnostic = s_error.At(new SourceLocation(file, new TextSpan(0, 1)), "x") with { Subject = "Deployment/ns/app" };

        Assert.Equal("c.yaml:1:1: error BOSUN3001: path \"x\" not found", diagnostic.FormatHeadline());
    }

    [Theory]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Info, "info")]
    public void FormatHeadline_Severity_IsLowercaseWord(Severity severity, string word) =>
        Assert.Equal(word + " BOSUN0009: m", new DiagnosticDescriptor(9, severity, "m").Create().FormatHeadline());

    [Fact]
    public void WithHint_KeepsEverythingElse()
    {
        var diagnostic = s_error.Create("x").WithHint("check the path");

        Assert.Equal("check the path", diagnostic.Hint);
        Assert.Equal("BOSUN3001", diagnostic.Code);
        Assert.Empty(diagnostic.Related);
    }

    [Fact]
    public void ToException_CarriesDiagnosticAndHeadline()
    {
        var diagnostic = s_error.Create("x");

        var exception = diagnostic.ToException();

        Assert.Same(diagnostic, exception.Diagnostic);
        Assert.Equal("error BOSUN3001: path \"x\" not found", exception.Message);
    }
}
