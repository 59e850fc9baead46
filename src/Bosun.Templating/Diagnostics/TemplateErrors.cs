using Bosun.Core.Diagnostics;

namespace Bosun.Templating.Diagnostics;

/// <summary>Catalog of template parse and execution problems (BOSUN2xxx). Wording follows Go's where users search for it.</summary>
public static class TemplateErrors
{
    /// <summary>A syntax error found while parsing a template.</summary>
    public static readonly DiagnosticDescriptor SyntaxError =
        new(2001, Severity.Error, "{0}");

    /// <summary>A template calls a function that does not exist.</summary>
    public static readonly DiagnosticDescriptor FunctionNotDefined =
        new(2010, Severity.Error, "function \"{0}\" not defined");

    /// <summary>A failure while executing a template.</summary>
    public static readonly DiagnosticDescriptor ExecutionError =
        new(2100, Severity.Error, "{0}");

    /// <summary>A function call failed.</summary>
    public static readonly DiagnosticDescriptor FunctionFailed =
        new(2101, Severity.Error, "error calling {0}: {1}");
}
