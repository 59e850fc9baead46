using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Execution;

/// <summary>Value helpers with the reflect semantics the executor and builtins need.</summary>
internal static class GoValues
{
    /// <summary>reflect.Zero of a type in the value model; nil interfaces are <see cref="NilInterface"/>.</summary>
    public static object? Zero(GoType type) => type.Kind switch
    {
        GoKind.Bool => GoValue.False,
        GoKind.Int => GoValue.Int(0),
        GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64
            or GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 => new GoInt(type, 0),
        GoKind.Float32 or GoKind.Float64 => 0.0,
        GoKind.String => string.Empty,
        GoKind.Slice => new GoList(type, []) { IsNil = true },
        GoKind.Map => new GoMap(type),
        GoKind.Interface => NilInterface.Value,
        _ => null,
    };

    /// <summary>Go's indirectInterface: a nil interface becomes "no value".</summary>
    public static object? IndirectInterface(object? value) => Unbox(value);

    /// <summary>The element a container of <paramref name="elementType"/> holds for a stored null.</summary>
    public static object? StoredNull(GoType? elementType) =>
        elementType is null || elementType.Kind == GoKind.Interface ? NilInterface.Value : null;

    /// <summary>
    /// An element of a container of <paramref name="elementType"/> as Go's reflect sees it: boxed in an
    /// interface when the element type is <c>interface {}</c>.
    /// </summary>
    public static object? Box(object? element, GoType? elementType)
    {
        if (elementType is not null && elementType.Kind != GoKind.Interface)
        {
            return element;
        }

        return element is null ? NilInterface.Value : new InterfaceValue(element);
    }

    /// <summary>The concrete value: interface boxes removed, nil interfaces as "no value".</summary>
    public static object? Unbox(object? value) => value switch
    {
        InterfaceValue boxed => boxed.Value,
        NilInterface => null,
        _ => value,
    };

    /// <summary>text/template truth of a value (nil interfaces are false).</summary>
    public static bool IsTrue(object? value) => GoValue.IsTrue(Unbox(value));

    /// <summary>The type name Go prints for a value; nil interfaces print as <c>interface {}</c>.</summary>
    public static string TypeName(object? value) => value is NilInterface or InterfaceValue ? "interface {}" : GoValue.TypeName(value);

    /// <summary>Go string comparison: bytewise on UTF-8, i.e. by code point.</summary>
    public static int CompareStrings(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i];
            char y = b[i];
            if (x == y)
            {
                continue;
            }

            // Surrogates (supplementary code points) sort above every BMP character in UTF-8.
            bool xs = char.IsSurrogate(x);
            bool ys = char.IsSurrogate(y);
            if (xs != ys)
            {
                return xs ? 1 : -1;
            }

            return x < y ? -1 : 1;
        }

        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Number of UTF-8 bytes of a string (Go's len).</summary>
    public static int Utf8Length(string s)
    {
        foreach (char c in s)
        {
            if (c >= 0x80)
            {
                return Encoding.UTF8.GetByteCount(s);
            }
        }

        return s.Length;
    }

    /// <summary>Plain decimal of an integer value.</summary>
    public static string FormatInteger(long value) => value.ToString(CultureInfo.InvariantCulture);
}
