namespace Bosun.Core.Values;

/// <summary>Go's reflect.Kind, named as Go prints them (<c>kindOf</c>, <c>kindIs</c>).</summary>
public enum GoKind
{
    /// <summary>An untyped nil: <c>kindOf nil</c> prints <c>invalid</c>.</summary>
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Float32,
    Float64,
    String,
    Slice,
    Map,
    Struct,
    Ptr,
    Interface,
    Func,
}
