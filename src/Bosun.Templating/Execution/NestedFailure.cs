namespace Bosun.Templating.Execution;

/// <summary>
/// The inner exception of the GoFailure that include and tpl raise when the template they run fails:
/// Go's text for it is <see cref="GoPrefix"/> followed by the inner template's Go text. The executor
/// links the two lazily instead of concatenating at every nesting level.
/// </summary>
internal sealed class NestedFailure : Exception
{
    public NestedFailure(string goPrefix, TemplateException inner)
        : base(goPrefix + inner.Diagnostic.Message, inner)
    {
        GoPrefix = goPrefix;
        Template = inner;
    }

    public string GoPrefix { get; }

    public TemplateException Template { get; }

    /// <summary>The GoFailure include/tpl throw for a failed nested template.</summary>
    public static Bosun.Core.Values.GoFailure Create(string goPrefix, TemplateException inner)
    {
        var nested = new NestedFailure(goPrefix, inner);
        return new Bosun.Core.Values.GoFailure(nested.Message, nested);
    }
}
