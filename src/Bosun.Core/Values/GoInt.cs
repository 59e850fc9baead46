namespace Bosun.Core.Values;

/// <summary>
/// An integer of a Go type other than <c>int</c> (which is a plain boxed <see cref="long"/>):
/// <c>int64</c> from <c>--set</c> and sprig arithmetic, <c>int32</c> runes, <c>uint8</c> bytes, ...
/// Unsigned values above <see cref="long.MaxValue"/> are stored in <see cref="Bits"/> unchanged.
/// </summary>
public sealed class GoInt : IEquatable<GoInt>
{
    public GoInt(GoType type, long value)
    {
        if (!type.IsInteger || type.Kind == GoKind.Int)
        {
            throw new ArgumentException("GoInt holds non-int integer types only; Go int is a boxed long", nameof(type));
        }

        Type = type;
        Bits = value;
    }

    public GoType Type { get; }

    /// <summary>The two's-complement bits; read as unsigned when <see cref="GoType.IsUnsigned"/>.</summary>
    public long Bits { get; }

    public static GoInt Int64(long value) => new(GoType.Int64, value);

    public ulong AsUnsigned => unchecked((ulong)Bits);

    public bool Equals(GoInt? other) => other is not null && other.Type.Equals(Type) && other.Bits == Bits;

    public override bool Equals(object? obj) => obj is GoInt other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Type, Bits);

    public override string ToString() =>
        Type.IsUnsigned ? AsUnsigned.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : Bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
