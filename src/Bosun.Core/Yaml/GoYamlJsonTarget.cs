namespace Bosun.Core.Yaml;

/// <summary>
/// The shape of the Go value sigs.k8s.io/yaml.Unmarshal decodes into, as far as its YAML → JSON step looks at
/// it (<c>convertToJSONableObject</c>'s jsonTarget): a scalar that go-yaml resolved to a bool or number becomes
/// its text (<c>true</c>/<c>false</c>, decimal integers, floats as float32 <c>'g'</c>) when the target is a Go
/// string; struct fields are found by JSON name (exact first, then case-insensitively); map elements and slice
/// items share their element type. <see cref="Any"/> (interface{}) leaves values as they are.
/// </summary>
public sealed class GoYamlJsonTarget
{
    private readonly IReadOnlyList<KeyValuePair<string, GoYamlJsonTarget>> _fields;

    private GoYamlJsonTarget(Kind kind, GoYamlJsonTarget? element, IReadOnlyList<KeyValuePair<string, GoYamlJsonTarget>> fields)
    {
        TargetKind = kind;
        Element = element;
        _fields = fields;
    }

    /// <summary>The Go kinds the conversion distinguishes.</summary>
    public enum Kind
    {
        /// <summary>interface{} or any other type the conversion passes through unchanged.</summary>
        Any,

        /// <summary>A Go string.</summary>
        String,

        /// <summary>A struct (fields by JSON name).</summary>
        Struct,

        /// <summary>A map (every value has the element type).</summary>
        Map,

        /// <summary>A slice (every item has the element type).</summary>
        Slice,
    }

    /// <summary>interface{}: no conversion.</summary>
    public static GoYamlJsonTarget Any { get; } = new(Kind.Any, null, []);

    /// <summary>A Go string.</summary>
    public static GoYamlJsonTarget String { get; } = new(Kind.String, null, []);

    /// <summary>This target's kind.</summary>
    public Kind TargetKind { get; }

    /// <summary>The element type of a map or slice.</summary>
    public GoYamlJsonTarget? Element { get; }

    /// <summary>A struct whose fields have these JSON names, in declaration order.</summary>
    public static GoYamlJsonTarget Struct(params (string JsonName, GoYamlJsonTarget Type)[] fields) =>
        new(Kind.Struct, null, [.. fields.Select(f => new KeyValuePair<string, GoYamlJsonTarget>(f.JsonName, f.Type))]);

    /// <summary>A map with values of type <paramref name="element"/>.</summary>
    public static GoYamlJsonTarget MapOf(GoYamlJsonTarget element) => new(Kind.Map, element, []);

    /// <summary>A slice with items of type <paramref name="element"/>.</summary>
    public static GoYamlJsonTarget SliceOf(GoYamlJsonTarget element) => new(Kind.Slice, element, []);

    /// <summary>
    /// The target of the value under <paramref name="key"/> in a struct or map; null when nothing matches (the
    /// conversion then goes on without a target).
    /// </summary>
    public GoYamlJsonTarget? Member(string key)
    {
        switch (TargetKind)
        {
            case Kind.Map:
                return Element;
            case Kind.Struct:
                GoYamlJsonTarget? folded = null;
                foreach (var (name, type) in _fields)
                {
                    if (string.Equals(name, key, StringComparison.Ordinal))
                    {
                        return type;
                    }

                    if (folded is null && EqualFold(name, key))
                    {
                        folded = type;
                    }
                }

                return folded;
            default:
                return null;
        }
    }

    /// <summary>The target of a slice item; null for anything but a slice.</summary>
    public GoYamlJsonTarget? Item() => TargetKind == Kind.Slice ? Element : null;

    /// <summary>encoding/json's case-insensitive field name match (Unicode simple folding).</summary>
    private static bool EqualFold(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
