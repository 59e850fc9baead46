using Bosun.Core.Diagnostics;

namespace Bosun.Core.Tests.Diagnostics;

public class DiagnosticBagTests
{
    [Fact]
    public void HasErrors_OnlyWarnings_IsFalse()
    {
        var bag = new DiagnosticBag { };
        bag.Add(new DiagnosticDescriptor(1, Severity.Warning, "w").Create());

        Assert.False(bag.HasErrors);
        Assert.Single(bag);
    }

    [Fact]
    public void HasErrors_AnError_IsTrue()
    {
        var bag = new DiagnosticBag();
        bag.AddRange([new DiagnosticDescriptor(1, Severity.Info, "i").Create(), new DiagnosticDescriptor(2, Severity.Error, "e").Create()]);

        Assert.True(bag.HasErrors);
        Assert.Equal(["BOSUN0001", "BOSUN0002"], bag.Select(d => d.Code));
    }
}
