namespace Bosun.Templating.Execution;

/// <summary>
/// State shared by one top-level execution and everything it includes or tpl-renders: helm's per-name
/// include counters and the include/tpl nesting depth.
/// </summary>
internal sealed class ExecutionScope
{
    /// <summary>Bound on include/tpl nesting across names (helm has none for tpl and would crash).</summary>
    public const int MaxNesting = 10000;

    private TemplateSet? _contextSet;
    private TemplateFunctionContext? _context;

    public Dictionary<string, int> IncludeCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The function context for executions of <paramref name="set"/> in this scope (reused by includes).</summary>
    public TemplateFunctionContext ContextFor(TemplateSet set)
    {
        if (_context is null || !ReferenceEquals(_contextSet, set))
        {
            _context = new TemplateFunctionContext(set, this);
            _contextSet = set;
        }

        return _context;
    }

    public int Nesting { get; set; }

    /// <summary>
    /// Characters written by this execution and everything it included: bounded by
    /// <see cref="TemplateOptions.MaxOutputLength"/> so that runaway include recursion cannot exhaust memory.
    /// </summary>
    public long Written { get; set; }

    /// <summary>Current tpl nesting; bounded by <see cref="TemplateOptions.MaxIncludeDepth"/>.</summary>
    public int TplNesting { get; set; }
}
