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
    private IReadOnlyList<GoJsonField>? _jsonFields;

    public HostObject(
        GoType type,
        (string Name, object? Value)[] fields,
        Dictionary<string, GoMethod>? methods = null,
        Func<string>? stringer = null,
        IGoObject? embedded = null,
        bool stringRequiresAddress = false,
        IReadOnlyList<GoJsonField>? jsonFields = null)
    {
        // Plain loops: LINQ over value tuples needs generic code JIT-compiled at every cold start.
        _jsonFields = jsonFields;
        _embedded = embedded;
        StringRequiresAddress = stringRequiresAddress;
        Type = type;
        _fields = fields;
        _methods = methods ?? [];
        _stringer = stringer;
        var names = new string[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            names[i] = fields[i].Name;
        }

        FieldNames = names;
    }

    public GoType Type { get; }

    /// <summary>True when String() has a pointer receiver (fmt then prints the fields of a struct value).</summary>
    public bool StringRequiresAddress { get; }

    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>encoding/json's view: the given tagged fields, else the exported fields under their Go names.</summary>
    public IReadOnlyList<GoJsonField> JsonFields => _jsonFields ??= ExportedFields(_fields);

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

    private static List<GoJsonField> ExportedFields((string Name, object? Value)[] fields)
    {
        var exported = new List<GoJsonField>(fields.Length);
        foreach (var (name, value) in fields)
        {
            if (name.Length > 0 && char.IsUpper(name[0]))
            {
                exported.Add(new GoJsonField(name, value));
            }
        }

        return exported;
    }

    /// <summary>A struct type (or pointer to one) as %T prints it.</summary>
    public static GoType StructType(string name) => new(name, GoKind.Struct, isNamed: true);

    public static GoType PointerTo(GoType target) => new("*" + target.Name, GoKind.Ptr, target);
}
