using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// A host struct for templates built from a fixed list of fields and methods (helm's
/// <c>*common.Capabilities</c>, <c>common.KubeVersion</c>, <c>version.BuildInfo</c>, helm v3's <c>.Chart</c>).
/// An embedded struct's fields are promoted, as Go does.
/// </summary>
internal sealed class HostObject : IGoJsonObject
{
    private readonly (string Name, object? Value)[] _fields;
    private readonly Dictionary<string, GoMethod> _methods;
    private readonly Func<string>? _stringer;
    private readonly IGoObject? _embedded;

    public HostObject(
        GoType type,
        (string Name, object? Value)[] fields,
        Dictionary<string, GoMethod>? methods = null,
        Func<string>? stringer = null,
        IGoObject? embedded = null,
        bool stringRequiresAddress = false,
        IReadOnlyList<GoJsonField>? jsonFields = null)
    {
        JsonFields = jsonFields ?? [.. fields.Where(f => f.Name.Length > 0 && char.IsUpper(f.Name[0])).Select(f => new GoJsonField(f.Name, f.Value))];
        _embedded = embedded;
        StringRequiresAddress = stringRequiresAddress;
        Type = type;
        _fields = fields;
        _methods = methods ?? [];
        _stringer = stringer;
        FieldNames = [.. fields.Select(f => f.Name)];
    }

    public GoType Type { get; }

    /// <summary>True when String() has a pointer receiver (fmt then prints the fields of a struct value).</summary>
    public bool StringRequiresAddress { get; }

    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>encoding/json's view: the given tagged fields, else the exported fields under their Go names.</summary>
    public IReadOnlyList<GoJsonField> JsonFields { get; }

    public string? MarshalJson() => null;

    public bool TryGetField(string name, out object? value)
    {
        foreach (var (fieldName, fieldValue) in _fields)
        {
            if (fieldName == name)
            {
                value = fieldValue;
                return true;
            }
        }

        if (_embedded is not null)
        {
            return _embedded.TryGetField(name, out value);
        }

        value = null;
        return false;
    }

    public bool TryGetMethod(string name, out GoMethod? method) => _methods.TryGetValue(name, out method);

    public string? GoString() => _stringer?.Invoke();

    /// <summary>A struct type (or pointer to one) as %T prints it.</summary>
    public static GoType StructType(string name) => new(name, GoKind.Struct, isNamed: true);

    public static GoType PointerTo(GoType target) => new("*" + target.Name, GoKind.Ptr, target);
}
