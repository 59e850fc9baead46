namespace Bosun.Core.Values;

/// <summary>
/// The closed value model with Go semantics. A template value is an <c>object?</c> that is one of:
/// <list type="bullet">
/// <item><c>null</c> — untyped nil (<c>&lt;nil&gt;</c>, kind <c>invalid</c>)</item>
/// <item><see cref="bool"/> — bool</item>
/// <item><see cref="long"/> — Go <c>int</c> (template integer literals, <c>len</c>, sprig <c>int</c>)</item>
/// <item><see cref="GoInt"/> — every other integer type (<c>int64</c> from <c>--set</c> and sprig math, ...)</item>
/// <item><see cref="double"/> — float64 (every number that came through YAML/JSON)</item>
/// <item><see cref="string"/> — string; Go strings are bytes, so a byte that is not part of valid UTF-8 is
/// carried as the lone low surrogate U+DC80+byte (see <see cref="GoString"/>; output leaves through
/// <see cref="GoString.ToUtf8"/>)</item>
/// <item><see cref="byte"/>[] — <c>[]uint8</c> (<c>.Files.GetBytes</c>)</item>
/// <item><see cref="GoList"/> — slices; <see cref="GoMap"/> — maps with string keys</item>
/// <item><see cref="IGoObject"/> — host structs and pointers</item>
/// </list>
/// Nothing else may flow through the executor or the function library.
/// </summary>
public static class GoValue
{
    private static readonly object[] s_smallInts = CreateSmallInts();

    public static readonly object True = true;
    public static readonly object False = false;

    /// <summary>A boxed Go <c>int</c>, cached for small values to keep the hot path allocation-free.</summary>
    public static object Int(long value) =>
        value is >= -128 and < 1024 ? s_smallInts[value + 128] : value;

    public static object Bool(bool value) => value ? True : False;

    /// <summary>The dynamic Go type of a value; null for untyped nil.</summary>
    public static GoType? TypeOf(object? value) => value switch
    {
        null => null,
        bool => GoType.Bool,
        long => GoType.Int,
        double => GoType.Float64,
        string => GoType.String,
        GoInt i => i.Type,
        GoList l => l.Type,
        GoMap m => m.Type,
        byte[] => GoType.Bytes,
        IGoObject o => o.Type,
        _ => throw new InvalidOperationException($"value of .NET type {value.GetType().Name} is outside the Go value model"),
    };

    /// <summary>The Go type name as %T/typeOf prints it; <c>&lt;nil&gt;</c> for nil.</summary>
    public static string TypeName(object? value) => TypeOf(value)?.Name ?? "<nil>";

    /// <summary>reflect.Kind of a value; <see cref="GoKind.Invalid"/> for nil.</summary>
    public static GoKind KindOf(object? value) => TypeOf(value)?.Kind ?? GoKind.Invalid;

    /// <summary>Go's reflect.Kind.String(): <c>int</c>, <c>slice</c>, <c>map</c>, <c>ptr</c>, <c>invalid</c>.</summary>
    public static string KindName(GoKind kind) => kind switch
    {
        GoKind.Ptr => "ptr",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// text/template truth (<c>if</c>, <c>and</c>, <c>or</c>, <c>not</c>): false, 0, nil, and empty
    /// strings, slices and maps are false; structs are always true.
    /// </summary>
    public static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0,
        string s => s.Length != 0,
        GoInt i => i.Bits != 0,
        GoList l => l.Count != 0,
        GoMap m => m.Count != 0,
        byte[] b => b.Length != 0,
        _ => true,
    };

    /// <summary>Integer value of any integer kind as long (unsigned above MaxValue wraps); false if not an integer.</summary>
    public static bool TryGetInteger(object? value, out long result)
    {
        switch (value)
        {
            case long l:
                result = l;
                return true;
            case GoInt i:
                result = i.Bits;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    private static object[] CreateSmallInts()
    {
        var ints = new object[1024 + 128];
        for (int i = 0; i < ints.Length; i++)
        {
            ints[i] = (long)(i - 128);
        }

        return ints;
    }
}
