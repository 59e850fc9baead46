using Bosun.Engine.Charts.Rendering;

namespace Bosun.Cli.Commands;

/// <summary>The parsed arguments of <c>bosun template</c>.</summary>
/// <param name="Request">helm template's arguments and flags (paths as given).</param>
/// <param name="HelmCompat">--helm-compat as given: <c>v4</c> (default) or <c>v3</c>.</param>
/// <param name="DryRun">--dry-run as given (helm template accepts only <c>client</c> offline).</param>
internal sealed record TemplateArguments(HelmTemplateRequest Request, string HelmCompat, string? DryRun);
