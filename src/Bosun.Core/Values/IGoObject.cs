namespace Bosun.Core.Values;

/// <summary>
/// A host struct (or pointer to struct) exposed to templates: <c>.Release</c>, <c>.Chart</c>,
/// <c>.Capabilities</c>, <c>.Files</c>, <c>*semver.Version</c>, <c>time.Time</c>, sprig's certificate.
/// Templates see fields and methods; nothing is reflected from .NET.
/// </summary>
public interface IGoObject
{
    /// <summary>The type as %T prints it, e.g. <c>*chart.Metadata</c>; Kind is Struct or Ptr.</summary>
    GoType Type { get; }

    /// <summary>Exported field names in declaration order, for %v printing (<c>{a b}</c>).</summary>
    IReadOnlyList<string> FieldNames { get; }

    /// <summary>Reads an exported field.</summary>
    bool TryGetField(string name, out object? value);

    /// <summary>Finds a method; templates call methods before looking at fields, as Go does.</summary>
    bool TryGetMethod(string name, out GoMethod? method);

    /// <summary>The result of a <c>String()</c> method (fmt.Stringer), or null when the type has none.</summary>
    string? GoString();

    /// <summary>
    /// True when <c>String()</c> has a pointer receiver on a struct value: fmt (toString, printf) then
    /// does not call it and prints the fields, while an action's result printed by text/template (which
    /// takes the address) does.
    /// </summary>
    bool StringRequiresAddress => false;
}
