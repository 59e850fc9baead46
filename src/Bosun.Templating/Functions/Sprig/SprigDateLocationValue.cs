using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>A <c>*time.Location</c> as templates see it (printing its name).</summary>
internal sealed class SprigDateLocationValue : IGoObject
{
    public static readonly GoType GoType = new("*time.Location", GoKind.Ptr, new GoType("time.Location", GoKind.Struct, isNamed: true));

    public SprigDateLocationValue(SprigDateLocation location)
    {
        Location = location;
    }

    public SprigDateLocation Location { get; }

    public GoType Type => GoType;

    public IReadOnlyList<string> FieldNames => [];

    public bool TryGetField(string name, out object? value)
    {
        value = null;
        return false;
    }

    public bool TryGetMethod(string name, out GoMethod? method)
    {
        method = name == "String" ? new GoMethod(GoSignature.Of(), _ => Location.Name) : null;
        return method is not null;
    }

    public string? GoString() => Location.Name;
}
