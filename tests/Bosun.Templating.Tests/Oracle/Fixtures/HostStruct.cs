using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Oracle.Fixtures;

/// <summary>
/// A small host struct for the oracle fixtures: ordered exported fields, optional promoted fields of an
/// embedded struct, methods, and an optional String() result.
/// </summary>
internal sealed class HostStruct : IGoObject
{
    private readonly IReadOnlyList<KeyValuePair<string, object?>> _fields;
    private readonly IReadOnlyDictionary<string, GoMethod> _methods;
    private readonly HostStruct? _embedded;
    private readonly string? _stringer;

    public HostStruct(
        GoType type,
        IReadOnlyList<KeyValuePair<string, object?>> fields,
        IReadOnlyDictionary<string, GoMethod>? methods = null,
        string? stringer = null,
        HostStruct? embedded = null)
    {
        Type = type;
        _fields = fields;
        _methods = methods ?? new Dictionary<string, GoMethod>();
        _stringer = stringer;
        _embedded = embedded;
        FieldNames = [.. fields.Select(f => f.Key)];
    }

    public GoType Type { get; }

    public IReadOnlyList<string> FieldNames { get; }

    public bool TryGetField(string name, out object? value)
    {
        foreach (var field in _fields)
        {
            if (field.Key == name)
            {
                value = field.Value;
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

    public bool TryGetMethod(string name, out GoMethod? method)
    {
        if (_methods.TryGetValue(name, out var found))
        {
            method = found;
            return true;
        }

        method = null;
        return false;
    }

    public string? GoString() => _stringer;

    public static KeyValuePair<string, object?> Field(string name, object? value) => new(name, value);
}
