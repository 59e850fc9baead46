using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Execution;

/// <summary>A host slice type with a method, like helm's VersionSet with Has.</summary>
internal sealed class FakeVersionSet : GoList
{
    public FakeVersionSet(params string[] versions)
        : base(new GoType("chartutil.VersionSet", GoKind.Slice, GoType.String, isNamed: true), [.. versions])
    {
    }

    public override bool TryGetMethod(string name, out GoMethod? method)
    {
        method = name == "Has"
            ? new GoMethod(GoSignature.Of(GoType.String), args => GoValue.Bool(Items.Contains(args[0])))
            : null;
        return method is not null;
    }
}
