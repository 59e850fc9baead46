using Bosun.Templating;

namespace Bosun.Engine.Charts;

/// <summary>How a chart is rendered; <see cref="Default"/> reproduces <c>helm template</c> of helm v4.</summary>
public sealed record ChartRenderOptions
{
    /// <summary>The template engine's settings (helm's functions, missingkey=zero, "&lt;no value&gt;" stripped).</summary>
    public TemplateOptions Template { get; init; } = TemplateOptions.Helm(4);

    /// <summary><c>.Capabilities</c>; helm template's offline defaults unless overridden.</summary>
    public Capabilities Capabilities { get; init; } = Capabilities.Default;

    /// <summary>The helm major version reproduced (3 or 4), taken from <see cref="Template"/>.</summary>
    public int HelmMajor => Template.HelmMajor;

    /// <summary>helm v4 template settings.</summary>
    public static ChartRenderOptions Default { get; } = new();

    /// <summary>The settings of <c>helm template</c> of the given major version (3: v3.17.2, 4: v4.1.4).</summary>
    public static ChartRenderOptions ForHelm(int helmMajor) => helmMajor < 4
        ? new ChartRenderOptions { Template = TemplateOptions.Helm(3), Capabilities = Capabilities.Helm3Default }
        : Default;
}
