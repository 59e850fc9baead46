using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Functions.Sprig;

/// <summary>A host object (pointer to struct) with one field, standing in for helm's *Capabilities.</summary>
internal sealed class SprigFakeObject : IGoObject
{
    private static readonly GoType s_type = new("*fake.Object", GoKind.Ptr);

    public SprigFakeObject(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public GoType Type => s_type;

    public IReadOnlyList<string> FieldNames => ["Name"];

    public bool TryGetField(string name, out object? value)
    {
        value = name == "Name" ? Name : null;
        return name == "Name";
    }

    public bool TryGetMethod(string name, out GoMethod? method)
    {
        method = null;
        return false;
    }

    public string? GoString() => null;
}
