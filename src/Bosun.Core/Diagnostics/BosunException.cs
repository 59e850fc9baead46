namespace Bosun.Core.Diagnostics;

/// <summary>
/// The one exception that means "user-facing problem": it carries a diagnostic.
/// Anything else that escapes is a bug.
/// </summary>
public class BosunException : Exception
{
    public BosunException(Diagnostic diagnostic)
        : base(diagnostic.FormatHeadline())
    {
        Diagnostic = diagnostic;
    }

    public BosunException(Diagnostic diagnostic, Exception inner)
        : base(diagnostic.FormatHeadline(), inner)
    {
        Diagnostic = diagnostic;
    }

    public Diagnostic Diagnostic { get; }
}
