namespace Bosun.Core.Values;

/// <summary>
/// A host object that encodes to JSON as Go's encoding/json would: either through a <c>MarshalJSON</c>
/// method (<c>time.Time</c> → RFC3339Nano string, <c>*semver.Version</c> → its text) or through its
/// tagged fields (<c>json:"name,omitempty"</c>, embedded structs inlined). A plain <see cref="IGoObject"/>
/// encodes all its <see cref="IGoObject.FieldNames"/> under their Go names.
/// </summary>
public interface IGoJsonObject : IGoObject
{
    /// <summary>MarshalJSON's output (valid, compact JSON), or null when the fields are encoded.</summary>
    string? MarshalJson();

    /// <summary>The fields encoding/json writes, in order, when <see cref="MarshalJson"/> is null.</summary>
    IReadOnlyList<GoJsonField> JsonFields { get; }
}
