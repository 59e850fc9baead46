namespace Bosun.Engine.Charts.Loading;

/// <summary>The Go types that helm's chart structs use.</summary>
internal enum FieldKind
{
    String,
    Bool,
    Time,
    Any,
    AnyList,
    StringList,
    StringMap,
    StructList,
}
