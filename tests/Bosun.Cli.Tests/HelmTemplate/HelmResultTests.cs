namespace Bosun.Cli.Tests.HelmTemplate;

public class HelmResultTests
{
    [Fact]
    public void ErrorMessage_LogLinesAndDebugHint_AreNotPartOfTheMessage()
    {
        var helm = new HelmResult(
            string.Empty,
            "level=WARN msg=\"x\"\nError: execution error at (c/templates/a.yaml:1:3): boom\n\nUse --debug flag to render out invalid YAML\n",
            1,
            string.Empty);

        Assert.Equal("execution error at (c/templates/a.yaml:1:3): boom", helm.ErrorMessage);
    }

    [Fact]
    public void ErrorMessage_MultiLine_KeepsEveryLine()
    {
        var helm = new HelmResult(string.Empty, "Error: values don't meet:\nc:\n- at '/a': got string\n\n", 1, string.Empty);

        Assert.Equal("values don't meet:\nc:\n- at '/a': got string", helm.ErrorMessage);
    }

    [Fact]
    public void ErrorMessage_NoErrorLine_IsEmpty() =>
        Assert.Equal(string.Empty, new HelmResult("x", "level=INFO msg=\"Error: not at line start\"\n", 0, string.Empty).ErrorMessage);

    [Fact]
    public void FirstMissingErrorLine_LinesInOrderWithBosunFraming_IsNull()
    {
        var helm = new HelmResult(string.Empty, "Error: values don't meet:\nc:\n- at '/a': got string\n", 1, string.Empty);

        Assert.Null(helm.FirstMissingErrorLine("error BOSUN3201: values don't meet:\n  c:\n  - at '/a': got string\n"));
    }

    [Fact]
    public void FirstMissingErrorLine_LinesOutOfOrder_ReturnsTheLineNotFoundAfterThePreviousOne()
    {
        var helm = new HelmResult(string.Empty, "Error: first\nsecond\n", 1, string.Empty);

        Assert.Equal("second", helm.FirstMissingErrorLine("second\nfirst\n"));
    }

    [Fact]
    public void FirstMissingErrorLine_ChangedWording_ReturnsTheLine()
    {
        var helm = new HelmResult(string.Empty, "Error: execution error at (c/templates/a.yaml:1:3): boom\n", 1, string.Empty);

        Assert.Equal(
            "execution error at (c/templates/a.yaml:1:3): boom",
            helm.FirstMissingErrorLine("c/templates/a.yaml:1:3: error BOSUN2130: boom\n"));
    }
}
