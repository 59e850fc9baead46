namespace Bosun.Engine.Charts.Loading;

/// <summary>One field of a <see cref="StructSchema"/>: its JSON name, Go kind and, for struct lists, the element struct.</summary>
internal sealed record FieldSchema(string JsonName, FieldKind Kind, StructSchema? Element = null);
