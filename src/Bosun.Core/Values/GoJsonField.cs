namespace Bosun.Core.Values;

/// <summary>
/// One field as encoding/json sees a host struct: the key from its <c>json</c> tag (or the Go field
/// name), the value, and whether the tag says <c>omitempty</c> (false, 0, "", nil and empty
/// slices/maps/strings are then left out; structs never are).
/// </summary>
public readonly record struct GoJsonField(string Name, object? Value, bool OmitEmpty = false);
