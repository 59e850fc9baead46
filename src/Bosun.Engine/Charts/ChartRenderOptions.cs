using Bosun.Templating;

namespace Bosun.Engine.Charts;

/// <summary>How a chart is rendered; <see cref="Default"/> reproduces <c>helm template</c> of helm v4.</summary>
public sealed record ChartRenderOptions
{
    /// <summary>The template engine's settings (helm's functions, missingkey=zero, "&lt;no value&gt;" stripped).</summary>
    public TemplateOptions Template { get; init; } = TemplateOptions.Helm(4);

    /// <summary><c>.Capabilities</c>; helm template's offline defaults unless overridden.</summary>
    public Capabilities Capabilities { get; init; } = Capabilities.Default;

    /// <summary>helm v4 template settings.</summary>
    public static ChartRenderOptions Default { get; } = new();
}
