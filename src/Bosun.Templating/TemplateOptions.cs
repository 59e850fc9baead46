using Bosun.Templating.Functions;

namespace Bosun.Templating;

/// <summary>What happens when a map key is missing (text/template's <c>missingkey</c> option).</summary>
public enum MissingKeyMode
{
    /// <summary>Go's default: prints <c>&lt;no value&gt;</c>.</summary>
    Default,

    /// <summary><c>missingkey=zero</c>, as helm renders: the zero value (nil for interface maps).</summary>
    Zero,

    /// <summary><c>missingkey=error</c> (helm <c>--strict</c> linting): execution stops.</summary>
    Error,
}

/// <summary>Options of a template set. <see cref="Helm"/> gives helm's rendering settings.</summary>
public sealed class TemplateOptions
{
    public FunctionTable Functions { get; init; } = FunctionTable.Empty;

    public MissingKeyMode MissingKey { get; init; } = MissingKeyMode.Default;

    /// <summary>Helm removes every <c>&lt;no value&gt;</c> from rendered output.</summary>
    public bool StripNoValue { get; init; }

    public string LeftDelimiter { get; init; } = "{{";

    public string RightDelimiter { get; init; } = "}}";

    /// <summary>Helm limits include/tpl recursion to 1000 nested calls.</summary>
    public int MaxIncludeDepth { get; init; } = 1000;

    /// <summary>Output of one execution may not exceed this many characters.</summary>
    public long MaxOutputLength { get; init; } = 256L * 1024 * 1024;

    /// <summary>Helm major version whose behaviour to reproduce where v3 and v4 differ (3 or 4).</summary>
    public int HelmMajor { get; init; } = 4;

    /// <summary>helm's <c>--enable-dns</c>: without it (the default) getHostByName returns the empty string.</summary>
    public bool EnableDns { get; init; }

    /// <summary>
    /// The Go minor version whose text/template to reproduce: helm v3.17 is built with Go 1.23 (no range
    /// over integers, no types in "incompatible types for comparison", no parenthesis depth limit),
    /// helm v4.1 with Go 1.25.
    /// </summary>
    public int GoMinorVersion => HelmMajor == 3 ? 23 : 25;

    public Random Random { get; init; } = Random.Shared;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public ILookupSource Lookup { get; init; } = OfflineLookupSource.Instance;

    /// <summary>Helm's settings: missingkey=zero, "&lt;no value&gt;" stripped, every helm/sprig function.</summary>
    public static TemplateOptions Helm(int helmMajor = 4) => new()
    {
        Functions = FunctionTable.HelmFor(helmMajor),
        MissingKey = MissingKeyMode.Zero,
        StripNoValue = true,
        HelmMajor = helmMajor,
    };
}
