namespace Bosun.Templating.Execution;

/// <summary>
/// State shared by one top-level execution and everything it includes or tpl-renders: helm's per-name
/// include counters and the include/tpl nesting depth.
/// </summary>
internal sealed class ExecutionScope
{
    /// <summary>Bound on include/tpl nesting across names (helm has none for tpl and would crash).</summary>
    public const int MaxNesting = 10000;

    public Dictionary<string, int> IncludeCounts { get; } = new(StringComparer.Ordinal);

    public int Nesting { get; set; }

    /// <summary>
    /// Characters written by this execution and everything it included: bounded by
    /// <see cref="TemplateOptions.MaxOutputLength"/> so that runaway include recursion cannot exhaust memory.
    /// </summary>
    public long Written { get; set; }

    /// <summary>Current tpl nesting; bounded by <see cref="TemplateOptions.MaxIncludeDepth"/>.</summary>
    public int TplNesting { get; set; }
}
