using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>helm's <c>common.VersionSet</c> (<c>.Capabilities.APIVersions</c>): a []string with <c>Has</c>.</summary>
public sealed class VersionSet : GoList
{
    /// <summary>The Go type as %T prints it.</summary>
    public static readonly GoType VersionSetType = new("common.VersionSet", GoKind.Slice, GoType.String, isNamed: true);

    /// <summary>helm v3's type name.</summary>
    public static readonly GoType Helm3VersionSetType = new("chartutil.VersionSet", GoKind.Slice, GoType.String, isNamed: true);

    private static readonly GoSignature s_hasSignature = GoSignature.Of(GoType.String);

    public VersionSet(IEnumerable<string> versions)
        : base(VersionSetType, [.. versions])
    {
    }

    /// <summary>A version set typed as the given helm major version names it.</summary>
    public VersionSet(IEnumerable<string> versions, int helmMajor)
        : base(helmMajor < 4 ? Helm3VersionSetType : VersionSetType, [.. versions])
    {
    }

    /// <summary>VersionSet.Has: exact match of "group/version" or "group/version/Kind".</summary>
    public bool Has(string apiVersion) => Items.Contains(apiVersion);

    public override bool TryGetMethod(string name, out GoMethod? method)
    {
        if (name == "Has")
        {
            method = new GoMethod(s_hasSignature, args => GoValue.Bool(args[0] is string s && Has(s)));
            return true;
        }

        method = null;
        return false;
    }
}
