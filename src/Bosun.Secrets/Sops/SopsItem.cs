using Bosun.Core.Text;

namespace Bosun.Secrets.Sops;

/// <summary>
/// One entry of a <see cref="SopsBranch"/>: a string key (or a <see cref="SopsComment"/> with no value) and its
/// value: string, long, double, bool, <see cref="SopsTimestamp"/>, byte[], null, <see cref="SopsBranch"/> or
/// <see cref="SopsList"/>.
/// </summary>
public sealed class SopsItem
{
    public SopsItem(object key, object? value, SourceLocation? location = null)
    {
        Key = key;
        Value = value;
        Location = location;
    }

    public object Key { get; set; }

    public object? Value { get; set; }

    /// <summary>Where the value was read from, for diagnostics.</summary>
    public SourceLocation? Location { get; set; }

    public override string ToString() => Key is SopsComment ? "#comment" : (string)Key;
}
