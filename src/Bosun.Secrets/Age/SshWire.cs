using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Bosun.Secrets.Age;

/// <summary>Reads and writes the SSH wire encoding (RFC 4251): uint32, string, mpint.</summary>
internal ref struct SshWire
{
    private ReadOnlySpan<byte> _data;

    public SshWire(ReadOnlySpan<byte> data)
    {
        _data = data;
    }

    public readonly bool IsEmpty => _data.IsEmpty;

    public readonly int Remaining => _data.Length;

    public bool TryReadUInt32(out uint value)
    {
        value = 0;
        if (_data.Length < 4)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt32BigEndian(_data);
        _data = _data[4..];
        return true;
    }

    public bool TryReadString(out ReadOnlySpan<byte> value)
    {
        value = default;
        if (!TryReadUInt32(out uint length) || length > (uint)_data.Length)
        {
            return false;
        }

        value = _data[..(int)length];
        _data = _data[(int)length..];
        return true;
    }

    public bool TryReadText(out string value)
    {
        value = string.Empty;
        if (!TryReadString(out var bytes))
        {
            return false;
        }

        value = Encoding.UTF8.GetString(bytes);
        return true;
    }

    public bool TryReadMpint(out BigInteger value)
    {
        value = BigInteger.Zero;
        if (!TryReadString(out var bytes))
        {
            return false;
        }

        value = new BigInteger(bytes, isUnsigned: false, isBigEndian: true);
        return true;
    }

    public static void WriteString(List<byte> output, ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)value.Length);
        output.AddRange(length);
        output.AddRange(value);
    }

    public static void WriteMpint(List<byte> output, BigInteger value) =>
        WriteString(output, value.IsZero ? [] : value.ToByteArray(isUnsigned: false, isBigEndian: true));
}
