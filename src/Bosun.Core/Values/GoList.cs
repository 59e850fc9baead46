using System.Collections;

namespace Bosun.Core.Values;

/// <summary>
/// A Go slice: <c>[]interface {}</c> by default, or a typed slice such as <c>[]string</c> from
/// <c>splitList</c>/<c>keys</c>. Mutable like a Go slice's backing array; functions that must not
/// alias (sprig's <c>append</c>) copy first. Host types with methods may derive from it
/// (helm's <c>VersionSet</c> with <c>.Has</c>).
/// </summary>
public class GoList : IReadOnlyList<object?>
{
    public GoList()
        : this(GoType.SliceOfInterface, [])
    {
    }

    public GoList(IEnumerable<object?> items)
        : this(GoType.SliceOfInterface, [.. items])
    {
    }

    public GoList(GoType type, List<object?> items)
    {
        if (type.Kind != GoKind.Slice)
        {
            throw new ArgumentException("a GoList needs a slice type", nameof(type));
        }

        Type = type;
        Items = items;
    }

    public GoType Type { get; }

    /// <summary>The elements; element values follow the value model of <see cref="GoValue"/>.</summary>
    public List<object?> Items { get; }

    /// <summary>A nil slice (<c>toJson</c> prints <c>null</c>) as opposed to an empty one.</summary>
    public bool IsNil { get; init; }

    public int Count => Items.Count;

    public object? this[int index] => Items[index];

    public static GoList OfStrings(IEnumerable<string> items) =>
        new(GoType.SliceOfString, [.. items]);

    /// <summary>Methods of a host slice type; none for plain slices.</summary>
    public virtual bool TryGetMethod(string name, out GoMethod? method)
    {
        method = null;
        return false;
    }

    public IEnumerator<object?> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
