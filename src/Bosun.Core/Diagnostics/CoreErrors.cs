namespace Bosun.Core.Diagnostics;

/// <summary>Catalog of internal and CLI-usage problems (BOSUN0xxx).</summary>
public static class CoreErrors
{
    /// <summary>An unexpected exception: a bug in Bosun.</summary>
    public static readonly DiagnosticDescriptor InternalError =
        new(1, Severity.Error, "internal error: {0}: {1}");

    /// <summary>Bad command-line usage.</summary>
    public static readonly DiagnosticDescriptor Usage =
        new(2, Severity.Error, "{0}");

    /// <summary>A file named on the command line or in config does not exist.</summary>
    public static readonly DiagnosticDescriptor FileNotFound =
        new(3, Severity.Error, "file not found: {0}");

    /// <summary>A file could not be read.</summary>
    public static readonly DiagnosticDescriptor FileUnreadable =
        new(4, Severity.Error, "cannot read {0}: {1}");

    /// <summary>The operation was interrupted (Ctrl-C).</summary>
    public static readonly DiagnosticDescriptor Interrupted =
        new(5, Severity.Error, "interrupted");
}
