namespace Bosun.Core.Values;

/// <summary>
/// A Go type as far as templates can observe it: its printed name (<c>typeOf</c>, error messages),
/// its kind, and for slices/maps/pointers the element type. Named types (<c>chartutil.Values</c>) keep
/// their underlying kind so Go's assignability rules can be applied.
/// </summary>
public sealed class GoType : IEquatable<GoType>
{
    public GoType(string name, GoKind kind, GoType? elem = null, bool isNamed = false)
    {
        Name = name;
        Kind = kind;
        Elem = elem;
        IsNamed = isNamed;
    }

    /// <summary>As Go's %T prints it: <c>map[string]interface {}</c>, <c>[]string</c>, <c>*semver.Version</c>.</summary>
    public string Name { get; }

    public GoKind Kind { get; }

    /// <summary>Element type of slices, value type of maps, target of pointers.</summary>
    public GoType? Elem { get; }

    /// <summary>True for defined types such as <c>chartutil.Values</c> or <c>sprig.certificate</c>.</summary>
    public bool IsNamed { get; }

    public static readonly GoType Interface = new("interface {}", GoKind.Interface);
    public static readonly GoType Bool = new("bool", GoKind.Bool);
    public static readonly GoType Int = new("int", GoKind.Int);
    public static readonly GoType Int8 = new("int8", GoKind.Int8);
    public static readonly GoType Int16 = new("int16", GoKind.Int16);
    public static readonly GoType Int32 = new("int32", GoKind.Int32);
    public static readonly GoType Int64 = new("int64", GoKind.Int64);
    public static readonly GoType Uint = new("uint", GoKind.Uint);
    public static readonly GoType Uint8 = new("uint8", GoKind.Uint8);
    public static readonly GoType Uint16 = new("uint16", GoKind.Uint16);
    public static readonly GoType Uint32 = new("uint32", GoKind.Uint32);
    public static readonly GoType Uint64 = new("uint64", GoKind.Uint64);
    public static readonly GoType Float32 = new("float32", GoKind.Float32);
    public static readonly GoType Float64 = new("float64", GoKind.Float64);
    public static readonly GoType String = new("string", GoKind.String);
    public static readonly GoType SliceOfInterface = new("[]interface {}", GoKind.Slice, Interface);
    public static readonly GoType SliceOfString = new("[]string", GoKind.Slice, String);
    public static readonly GoType SliceOfInt = new("[]int", GoKind.Slice, Int);
    public static readonly GoType Bytes = new("[]uint8", GoKind.Slice, Uint8);
    public static readonly GoType MapOfInterface = new("map[string]interface {}", GoKind.Map, Interface);
    public static readonly GoType MapOfString = new("map[string]string", GoKind.Map, String);

    /// <summary>Helm v3's <c>.Values</c> type (helm v4 prints <c>common.Values</c>).</summary>
    public static readonly GoType ChartutilValues = new("chartutil.Values", GoKind.Map, Interface, isNamed: true);

    /// <summary>Helm v4's <c>.Values</c> type.</summary>
    public static readonly GoType CommonValues = new("common.Values", GoKind.Map, Interface, isNamed: true);

    public bool IsInteger => Kind is >= GoKind.Int and <= GoKind.Uint64;

    public bool IsSigned => Kind is >= GoKind.Int and <= GoKind.Int64;

    public bool IsUnsigned => Kind is >= GoKind.Uint and <= GoKind.Uint64;

    public bool IsFloat => Kind is GoKind.Float32 or GoKind.Float64;

    /// <summary>Types whose zero value is nil (interface, pointer, map, slice, func).</summary>
    public bool IsNillable => Kind is GoKind.Interface or GoKind.Ptr or GoKind.Map or GoKind.Slice or GoKind.Func;

    /// <summary>
    /// Go assignability (spec "Assignability"), restricted to what the value model can hold:
    /// identical types; any type to interface{}; identical underlying types when one side is unnamed.
    /// </summary>
    public bool IsAssignableTo(GoType target)
    {
        if (Equals(target) || target.Kind == GoKind.Interface)
        {
            return true;
        }

        if (IsNamed && target.IsNamed)
        {
            return false;
        }

        return Kind == target.Kind
            && Kind is GoKind.Map or GoKind.Slice or GoKind.Ptr
            && Elem is not null && target.Elem is not null && Elem.Equals(target.Elem);
    }

    public bool Equals(GoType? other) =>
        other is not null && other.Name == Name && other.Kind == Kind;

    public override bool Equals(object? obj) => obj is GoType other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Name, Kind);

    public override string ToString() => Name;
}
