using System.Collections.Immutable;

namespace Bosun.Engine.Charts;

/// <summary>
/// The values a user passes to <c>helm template</c>, as given on the command line (helm's
/// <c>values.Options</c>). <see cref="UserValues.Merge(UserValueSources, System.Func{string, string})"/>
/// applies them in helm's order: <c>-f</c> files, then <c>--set-json</c>, <c>--set</c>, <c>--set-string</c>,
/// <c>--set-file</c>, <c>--set-literal</c>, each kind in the order given.
/// </summary>
public sealed record UserValueSources
{
    public ImmutableArray<string> ValuesFiles { get; init; } = [];

    public ImmutableArray<string> SetJson { get; init; } = [];

    public ImmutableArray<string> Set { get; init; } = [];

    public ImmutableArray<string> SetString { get; init; } = [];

    public ImmutableArray<string> SetFile { get; init; } = [];

    public ImmutableArray<string> SetLiteral { get; init; } = [];
}
