using Bosun.Core.Diagnostics;

namespace Bosun.Cli.Output;

/// <summary>One diagnostic in <c>--output json</c>: <c>{code, severity, message, file, line, column, hint}</c>.</summary>
public sealed record DiagnosticJson(
    string Code,
    string Severity,
    string Message,
    string? File,
    int? Line,
    int? Column,
    string? Hint)
{
    public static DiagnosticJson From(Diagnostic diagnostic)
    {
        string severity = diagnostic.Severity switch
        {
            Core.Diagnostics.Severity.Error => "error",
            Core.Diagnostics.Severity.Warning => "warning",
            _ => "info",
        };
        if (diagnostic.Location is { } location)
        {
            var (line, column) = location.File.GetLineColumn(location.Span.Start);
            return new(diagnostic.Code, severity, diagnostic.Message, location.File.Path, line, column, diagnostic.Hint);
        }

        return new(diagnostic.Code, severity, diagnostic.Message, null, null, null, diagnostic.Hint);
    }
}
