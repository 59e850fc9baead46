using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Oracle.Fixtures;

/// <summary>helm's <c>VersionSet</c> (<c>[]string</c> with a <c>Has</c> method) for <c>.Capabilities.APIVersions</c>.</summary>
internal sealed class VersionSetFixture : GoList
{
    private readonly GoMethod _has;

    public VersionSetFixture(GoType type, IEnumerable<string> versions)
        : base(type, [.. versions])
    {
        _has = new GoMethod(GoSignature.Of(GoType.String), args => GoValue.Bool(Items.Contains(args[0])));
    }

    public override bool TryGetMethod(string name, out GoMethod? method)
    {
        method = name == "Has" ? _has : null;
        return method is not null;
    }
}
