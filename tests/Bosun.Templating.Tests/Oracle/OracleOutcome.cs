namespace Bosun.Templating.Tests.Oracle;

/// <summary>The result of rendering a case: output, or the error text helm prints (after "Error: ...: ").</summary>
internal sealed record OracleOutcome(bool IsError, string Text, string Source)
{
    public string Kind => IsError ? "error" : "output";
}
