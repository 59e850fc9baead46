using System.Collections.Immutable;
using Bosun.Core.Text;

namespace Bosun.Core.Diagnostics;

/// <summary>A location related to a diagnostic: an include stack frame, a "defined here".</summary>
public sealed record RelatedLocation(string Message, SourceLocation? Location);

/// <summary>One reported problem: a catalog entry, its formatted message and where it happened.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, string Message, SourceLocation? Location)
{
    public string Code => Descriptor.Code;

    public Severity Severity => Descriptor.Severity;

    /// <summary>A suggestion such as <c>did you mean "toYaml"?</c>.</summary>
    public string? Hint { get; init; }

    /// <summary>Where the problem came from: include/tpl stack, related definitions.</summary>
    public ImmutableArray<RelatedLocation> Related { get; init; } = [];

    /// <summary>An object the problem is about, formatted <c>Kind/namespace/name</c>, when there is no file.</summary>
    public string? Subject { get; init; }

    public Diagnostic WithHint(string hint) => this with { Hint = hint };

    public BosunException ToException() => new(this);

    /// <summary>The first line as printed: <c>file:line:col: error BOSUNnnnn: message</c>.</summary>
    public string FormatHeadline()
    {
        string severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        string prefix = Location is { } location ? location + ": " : Subject is null ? string.Empty : Subject + ": ";
        return $"{prefix}{severity} {Code}: {Message}";
    }

    public override string ToString() => FormatHeadline();
}
