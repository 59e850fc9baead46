using Bosun.Core.Diagnostics;
using Bosun.Core.Values;

namespace Bosun.Templating.Execution;

/// <summary>
/// Attached as the inner exception of a <see cref="GoFailure"/> when Bosun knows the failure precisely
/// (helm's <c>fail</c> and <c>required</c>, include recursion): names the catalog entry to report, while
/// the GoFailure's message stays Go's exact error text.
/// </summary>
internal sealed class DescribedFailure : Exception
{
    private DescribedFailure(DiagnosticDescriptor descriptor, object?[] arguments)
        : base(descriptor.Create(arguments).Message)
    {
        Descriptor = descriptor;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public object?[] Arguments { get; }

    /// <summary>A GoFailure with Go's text <paramref name="goMessage"/>, reported as <paramref name="descriptor"/>.</summary>
    public static GoFailure Create(string goMessage, DiagnosticDescriptor descriptor, params object?[] arguments) =>
        new(goMessage, new DescribedFailure(descriptor, arguments));
}
