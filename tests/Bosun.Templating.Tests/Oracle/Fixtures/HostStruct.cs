using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Oracle.Fixtures;

/// <summary>
/// A small host struct for the oracle fixtures: ordered exported fields, optional promoted fields of an
/// embedded struct, methods, an optional String() result and optional json tags (field → <c>name,omitempty</c>).
/// </summary>
internal sealed class HostStruct : IGoJsonObject
{
    private readonly IReadOnlyList<KeyValuePair<string, object?>> _fields;
    private readonly IReadOnlyDictionary<string, GoMethod> _methods;
    private readonly HostStruct? _embedded;
    private readonly string? _stringer;
    private readonly IReadOnlyDictionary<string, string> _jsonTags;

    public HostStruct(
        GoType type,
        IReadOnlyList<KeyValuePair<string, object?>> fields,
        IReadOnlyDictionary<string, GoMethod>? methods = null,
        string? stringer = null,
        HostStruct? embedded = null,
        IReadOnlyDictionary<string, string>? jsonTags = null)
    {
        _jsonTags = jsonTags ?? new Dictionary<string, string>();
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

    public bool StringRequiresAddress { get; init; }

    public string? MarshalJson() => null;

    public IReadOnlyList<GoJsonField> JsonFields
    {
        get
        {
            var fields = new List<GoJsonField>();
            foreach (var member in _fields)
            {
                if (_embedded is not null && ReferenceEquals(member.Value, _embedded) && !_jsonTags.ContainsKey(member.Key))
                {
                    fields.AddRange(_embedded.JsonFields); // an untagged embedded struct is inlined
                    continue;
                }

                if (!_jsonTags.TryGetValue(member.Key, out var tag))
                {
                    fields.Add(new GoJsonField(member.Key, member.Value));
                    continue;
                }

                if (tag == "-")
                {
                    continue; // unexported or json:"-"
                }

                string[] parts = tag.Split(',');
                fields.Add(new GoJsonField(
                    parts[0].Length == 0 ? member.Key : parts[0], member.Value, parts.Skip(1).Contains("omitempty")));
            }

            return fields;
        }
    }

    public static KeyValuePair<string, object?> Field(string name, object? value) => new(name, value);
}
