namespace Bosun.Core.Values;

/// <summary>
/// A position-free failure of a Go function or method: the <c>error</c> it returns, or the panic it
/// raises (Go's template runtime turns both into "error calling NAME: MESSAGE"). The executor adds
/// the location and the include stack.
/// </summary>
public sealed class GoFailure : Exception
{
    public GoFailure(string message)
        : base(message)
    {
    }

    public GoFailure(string message, Exception inner)
        : base(message, inner)
    {
    }
}
