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
    public TemplateException(Diagnostic diagnostic, string goMessage)
        : base(diagnostic)
    {
        GoMessage = goMessage;
    }

    public string GoMessage { get; }
}
