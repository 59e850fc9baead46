namespace Bosun.Core.Versioning;

/// <summary>One comparison of a constraint (Masterminds' <c>constraint</c>): operator, version and wildcard state.</summary>
internal sealed class VersionConstraintTerm
{
    public VersionConstraintTerm(SemanticVersion version, string original, string op, bool minorDirty, bool patchDirty, bool dirty)
    {
        Version = version;
        Original = original;
        Operator = op;
        MinorDirty = minorDirty;
        PatchDirty = patchDirty;
        Dirty = dirty;
    }

    /// <summary>The version compared against (wildcards replaced by 0).</summary>
    public SemanticVersion Version { get; }

    /// <summary>The version text as written (e.g. <c>4.x</c>), used in messages.</summary>
    public string Original { get; }

    /// <summary>The operator as written ("" for none).</summary>
    public string Operator { get; }

    public bool MinorDirty { get; }

    public bool PatchDirty { get; }

    /// <summary>True when any part was a wildcard or missing.</summary>
    public bool Dirty { get; }

    public override string ToString() => Operator + Original;
}
