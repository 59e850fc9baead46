namespace Bosun.Kube.Emulator.Protobuf;

/// <summary>A minimal protobuf wire-format reader: varints, length-delimited fields, fixed 32/64-bit skips.</summary>
internal ref struct ProtoReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _pos;

    public ProtoReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _pos = 0;
    }

    public readonly bool End => _pos >= _data.Length;

    /// <summary>The next field number and wire type.</summary>
    public (int Field, int WireType) ReadTag()
    {
        ulong tag = ReadVarint();
        int field = (int)(tag >> 3);
        if (field <= 0)
        {
            throw new ProtobufException("invalid field number 0");
        }

        return (field, (int)(tag & 7));
    }

    public ulong ReadVarint()
    {
        ulong result = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            if (_pos >= _data.Length)
            {
                throw new ProtobufException("unexpected end of data in varint");
            }

            byte b = _data[_pos++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new ProtobufException("varint too long");
    }

    public ReadOnlySpan<byte> ReadBytes()
    {
        ulong length = ReadVarint();
        if (length > (ulong)(_data.Length - _pos))
        {
            throw new ProtobufException("length-delimited field runs past the end of the data");
        }

        var span = _data.Slice(_pos, (int)length);
        _pos += (int)length;
        return span;
    }

    public string ReadString() => System.Text.Encoding.UTF8.GetString(ReadBytes());

    /// <summary>Skips a field of the given wire type.</summary>
    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case 0:
                ReadVarint();
                break;
            case 1:
                Advance(8);
                break;
            case 2:
                ReadBytes();
                break;
            case 5:
                Advance(4);
                break;
            default:
                throw new ProtobufException($"unsupported wire type {wireType}");
        }
    }

    /// <summary>Checks the wire type of a field the decoder understands.</summary>
    public static void Expect(int wireType, int expected, int field)
    {
        if (wireType != expected)
        {
            throw new ProtobufException($"field {field} has wire type {wireType}, expected {expected}");
        }
    }

    private void Advance(int n)
    {
        if (_pos + n > _data.Length)
        {
            throw new ProtobufException("unexpected end of data in fixed-width field");
        }

        _pos += n;
    }
}
