using System.Globalization;
using Bosun.Core.Text;

namespace Bosun.Core.Diagnostics;

/// <summary>
/// A catalog entry: stable code, severity and message format. Codes are never reused or renumbered.
/// Instances live as static readonly fields of the per-subsystem <c>*Errors</c> classes.
/// </summary>
public sealed class DiagnosticDescriptor
{
    public DiagnosticDescriptor(int number, Severity severity, string messageFormat, bool transient = false)
    {
        if (number is < 0 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(number));
        }

        Number = number;
        Severity = severity;
        MessageFormat = messageFormat;
        Transient = transient;
    }

    public int Number { get; }

    /// <summary>The stable code, e.g. <c>BOSUN2010</c>.</summary>
    public string Code => "BOSUN" + Number.ToString("D4", CultureInfo.InvariantCulture);

    public Severity Severity { get; }

    /// <summary>Composite format for <see cref="string.Format(IFormatProvider, string, object[])"/>.</summary>
    public string MessageFormat { get; }

    /// <summary>True when retrying may help (unreachable registry, API 5xx, timeouts).</summary>
    public bool Transient { get; }

    public Diagnostic Create(params object?[] args) =>
        new(this, Format(args), null);

    public Diagnostic At(SourceLocation? location, params object?[] args) =>
        new(this, Format(args), location);

    private string Format(object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
