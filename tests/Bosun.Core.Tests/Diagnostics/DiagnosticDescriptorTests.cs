using Bosun.Core.Diagnostics;
using Bosun.Core.Text;

namespace Bosun.Core.Tests.Diagnostics;

public class DiagnosticDescriptorTests
{
    [Theory]
    [InlineData(1, "BOSUN0001")]
    [InlineData(120, "BOSUN0120")]
    [InlineData(2010, "BOSUN2010")]
    [InlineData(9999, "BOSUN9999")]
    public void Code_IsFourDigitsWithPrefix(int number, string code) =>
        Assert.Equal(code, new DiagnosticDescriptor(number, Severity.Error, "m").Code);

    [Theory]
    [InlineData(-1)]
    [InlineData(10000)]
    public void Constructor_NumberOutOfRange_Throws(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiagnosticDescriptor(number, Severity.Error, "m"));

    [Fact]
    public void Create_FormatsArgumentsInvariantly()
    {
        var descriptor = new DiagnosticDescriptor(5, Severity.Warning, "value {0} of {1}");

        var diagnostic = descriptor.Create(1.5, "x");

        Assert.Equal("value 1.5 of x", diagnostic.Message);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Null(diagnostic.Location);
    }

    [Fact]
    public void Create_NoArguments_KeepsBracesVerbatim()
    {
        var descriptor = new DiagnosticDescriptor(5, Severity.Error, "literal {0} kept");

        Assert.Equal("literal {0} kept", descriptor.Create().Message);
    }

    [Fact]
    public void At_AttachesLocation()
    {
        var file = new SourceFile("f.yaml", "a\nbc\n");
        var descriptor = new DiagnosticDescriptor(7, Severity.Error, "bad {0}");

        var diagnostic = descriptor.At(new SourceLocation(file, new TextSpan(3, 1)), "c");

        Assert.Equal("f.yaml:2:2: error BOSUN0007: bad c", diagnostic.FormatHeadline());
    }

    [Fact]
    public void Transient_DefaultsToFalse()
    {
        Assert.False(new DiagnosticDescriptor(1, Severity.Error, "m").Transient);
        Assert.True(new DiagnosticDescriptor(1, Severity.Error, "m", transient: true).Transient);
    }
}
