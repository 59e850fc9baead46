using System.Collections.Immutable;

namespace Bosun.Cli.Commands;

/// <summary>The parsed arguments of <c>bosun template</c>.</summary>
/// <param name="ReleaseName">The release name; helm's <c>release-name</c> when only a chart is given.</param>
/// <param name="ChartPath">The chart directory as given on the command line.</param>
/// <param name="ValuesFiles">Files given with <c>-f</c>, in order (later files win).</param>
/// <param name="SetValues">Expressions given with <c>--set</c>, in order (applied after the files).</param>
/// <param name="Namespace">The release namespace.</param>
internal sealed record TemplateArguments(
    string ReleaseName,
    string ChartPath,
    ImmutableArray<string> ValuesFiles,
    ImmutableArray<string> SetValues,
    string Namespace);
