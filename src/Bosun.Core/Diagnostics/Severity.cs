namespace Bosun.Core.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Stops the operation, e.g. <c>function "toYml" not defined</c>.</summary>
    Error,

    /// <summary>Reported, the operation goes on, e.g. a deprecated option.</summary>
    Warning,

    /// <summary>Information for the user.</summary>
    Info,
}
