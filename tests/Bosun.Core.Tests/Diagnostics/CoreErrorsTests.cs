using Bosun.Core.Diagnostics;

namespace Bosun.Core.Tests.Diagnostics;

public class CoreErrorsTests
{
    [Fact]
    public void InternalError_FormatsTypeAndMessage() =>
        Assert.Equal(
            "error BOSUN0001: internal error: System.InvalidOperationException: boom",
            CoreErrors.InternalError.Create("System.InvalidOperationException", "boom").FormatHeadline());

    [Fact]
    public void Usage_IsTheMessageItself() =>
        Assert.Equal("error BOSUN0002: unknown flag --x", CoreErrors.Usage.Create("unknown flag --x").FormatHeadline());
}
