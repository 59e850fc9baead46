namespace Bosun.Core.Yaml.Syntax;

/// <summary>A growable byte buffer (Go's <c>[]byte</c> with append).</summary>
internal sealed class ByteBuilder
{
    private byte[] _items;

    public ByteBuilder(int capacity = 32)
    {
        _items = new byte[Math.Max(capacity, 4)];
    }

    public int Length { get; private set; }

    public byte this[int index] => _items[index];

    public ReadOnlySpan<byte> Span => _items.AsSpan(0, Length);

    public void Append(byte b)
    {
        if (Length == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Length++] = b;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (Length + bytes.Length > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(_items.Length * 2, Length + bytes.Length));
        }

        bytes.CopyTo(_items.AsSpan(Length));
        Length += bytes.Length;
    }

    public void Append(ByteBuilder other) => Append(other.Span);

    public void Clear() => Length = 0;

    public byte[] ToArray() => Span.ToArray();
}
