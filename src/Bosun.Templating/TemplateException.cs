using System.Text;
using Bosun.Core.Diagnostics;

namespace Bosun.Templating;

/// <summary>
/// A template parse or execution failure. <see cref="BosunException.Diagnostic"/> carries our code and
/// position; <see cref="GoMessage"/> is the exact text Go's text/template would give for the same
/// failure (e.g. <c>template: t:1:3: executing "t" at &lt;fail "x"&gt;: error calling fail: x</c>),
/// which helm then reformats and which the differential tests compare.
/// </summary>
public sealed class TemplateException : BosunException
{
    private readonly string? _goPrefix;
    private readonly TemplateException? _goInner;
    private string? _goMessage;

    public TemplateException(Diagnostic diagnostic, string goMessage)
        : base(diagnostic)
    {
        _goMessage = goMessage;
    }

    /// <summary>
    /// A failure whose Go text is <paramref name="goPrefix"/> followed by the Go text of
    /// <paramref name="inner"/> (include and tpl nest Go's messages); the text is assembled on demand so
    /// that deep nesting costs linear, not quadratic, time.
    /// </summary>
    internal TemplateException(Diagnostic diagnostic, string goPrefix, TemplateException inner)
        : base(diagnostic, inner)
    {
        _goPrefix = goPrefix;
        _goInner = inner;
    }

    /// <summary>The exact error text of Go's text/template.</summary>
    public string GoMessage => _goMessage ??= BuildGoMessage();

    private string BuildGoMessage()
    {
        var sb = new StringBuilder();
        TemplateException? current = this;
        while (current is not null)
        {
            if (current._goMessage is { } complete)
            {
                sb.Append(complete);
                break;
            }

            sb.Append(current._goPrefix);
            current = current._goInner;
        }

        return sb.ToString();
    }
}
