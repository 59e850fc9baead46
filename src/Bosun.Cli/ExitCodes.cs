namespace Bosun.Cli;

/// <summary>The process exit codes of <c>bosun</c>, one table for every command.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Failed with diagnostics: bad input, a template error, a rejected apply, a failed health check.</summary>
    public const int Diagnostics = 1;

    /// <summary>Bad flags or arguments.</summary>
    public const int Usage = 2;

    /// <summary><c>diff --exit-code</c> found changes.</summary>
    public const int DiffChanges = 3;

    /// <summary>A transient failure (cluster or registry unreachable); retrying may help.</summary>
    public const int Transient = 4;

    /// <summary>An internal error: a bug in bosun (sysexits EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>Interrupted by Ctrl-C (128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
