using System.Collections;

namespace Bosun.Core.Values;

/// <summary>
/// A Go map with string keys: <c>map[string]interface {}</c> by default, <c>chartutil.Values</c> /
/// <c>common.Values</c> for helm's root values, <c>map[string]string</c> for chart annotations.
/// Go maps are unordered: everything that iterates (range, fmt, toJson, toYaml) sorts keys itself.
/// </summary>
public class GoMap : IReadOnlyDictionary<string, object?>
{
    public GoMap()
        : this(GoType.MapOfInterface)
    {
    }

    public GoMap(GoType type)
        : this(type, new Dictionary<string, object?>(StringComparer.Ordinal))
    {
    }

    public GoMap(GoType type, Dictionary<string, object?> entries)
    {
        if (type.Kind != GoKind.Map)
        {
            throw new ArgumentException("a GoMap needs a map type", nameof(type));
        }

        Type = type;
        Entries = entries;
    }

    /// <summary>A nil map (<c>toJson</c> prints <c>null</c>; assigning to it fails) as opposed to an empty one.</summary>
    public bool IsNil { get; init; }

    public GoType Type { get; }

    public Dictionary<string, object?> Entries { get; }

    public int Count => Entries.Count;

    public IEnumerable<string> Keys => Entries.Keys;

    public IEnumerable<object?> Values => Entries.Values;

    public object? this[string key]
    {
        get => Entries[key];
        set => Entries[key] = value;
    }

    /// <summary>Keys in Go's sorted order for string keys: bytewise over UTF-8, i.e. by code point (not UTF-16 units).</summary>
    public IReadOnlyList<string> SortedKeys()
    {
        var keys = new List<string>(Entries.Keys);
        keys.Sort(GoFormat.StringOrderComparison);
        return keys;
    }

    public bool ContainsKey(string key) => Entries.ContainsKey(key);

    public bool TryGetValue(string key, out object? value) => Entries.TryGetValue(key, out value);

    /// <summary>Methods of a host map type; none for plain maps.</summary>
    public virtual bool TryGetMethod(string name, out GoMethod? method)
    {
        method = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
