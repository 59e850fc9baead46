using Bosun.Core.Values;
using Bosun.Templating.Execution;

namespace Bosun.Templating.Functions.Go;

/// <summary>len, index and slice with Go's reflect-based semantics and error texts.</summary>
internal static partial class GoBuiltinFunctions
{
    private static object Length(object? item)
    {
        switch (item)
        {
            case NilInterface:
                throw new GoFailure("len of nil pointer");
            case null:
                throw new GoFailure("reflect: call of reflect.Value.Type on zero Value");
            case string s:
                return GoValue.Int(GoValues.Utf8Length(s));
            case GoList list:
                return GoValue.Int(list.Count);
            case GoMap map:
                return GoValue.Int(map.Count);
            case byte[] bytes:
                return GoValue.Int(bytes.Length);
            default:
                throw new GoFailure($"len of type {GoValues.TypeName(item)}");
        }
    }

    /// <summary>Go's indexArg: an integer index within [0, cap].</summary>
    private static int IndexArgument(object? index, int cap)
    {
        long x;
        switch (index)
        {
            case long l:
                x = l;
                break;
            case GoInt i:
                x = i.Bits;
                break;
            case null:
                throw new GoFailure("cannot index slice/array with nil");
            default:
                throw new GoFailure($"cannot index slice/array with type {GoValues.TypeName(index)}");
        }

        if (x < 0 || x > cap)
        {
            throw new GoFailure($"index out of range: {x}");
        }

        return (int)x;
    }

    private static object? Index(object? item, ReadOnlySpan<object?> indexes)
    {
        item = GoValues.IndirectInterface(item);
        if (item is null)
        {
            throw new GoFailure("index of untyped nil");
        }

        foreach (var rawIndex in indexes)
        {
            var index = GoValues.IndirectInterface(rawIndex);
            switch (item)
            {
                case NilInterface:
                    throw new GoFailure("index of nil pointer");
                case GoList list:
                {
                    int x = IndexArgument(index, list.Count);
                    if (x == list.Count)
                    {
                        throw new GoFailure("reflect: slice index out of range");
                    }

                    item = list.Items[x] ?? GoValues.StoredNull(list.Type.Elem);
                    break;
                }

                case byte[] bytes:
                {
                    int x = IndexArgument(index, bytes.Length);
                    if (x == bytes.Length)
                    {
                        throw new GoFailure("reflect: slice index out of range");
                    }

                    item = new GoInt(GoType.Uint8, bytes[x]);
                    break;
                }

                case string s:
                {
                    byte[] utf8 = GoString.ToUtf8(s);
                    int x = IndexArgument(index, utf8.Length);
                    if (x == utf8.Length)
                    {
                        throw new GoFailure("reflect: string index out of range");
                    }

                    item = new GoInt(GoType.Uint8, utf8[x]);
                    break;
                }

                case GoMap map:
                {
                    string key = index switch
                    {
                        string k => k,
                        null => throw new GoFailure("value is nil; should be of type string"),
                        _ => throw new GoFailure($"value has type {GoValues.TypeName(index)}; should be string"),
                    };
                    if (map.Entries.TryGetValue(key, out var value))
                    {
                        item = value ?? GoValues.StoredNull(map.Type.Elem);
                    }
                    else
                    {
                        item = map.Type.Elem is { } elem ? GoValues.Zero(elem) : NilInterface.Value;
                    }

                    break;
                }

                default:
                    throw new GoFailure($"can't index item of type {GoValues.TypeName(item)}");
            }
        }

        return item;
    }

    private static object? Slice(object? item, ReadOnlySpan<object?> indexes)
    {
        item = GoValues.IndirectInterface(item);
        if (item is null)
        {
            throw new GoFailure("slice of untyped nil");
        }

        if (indexes.Length > 3)
        {
            throw new GoFailure($"too many slice indexes: {indexes.Length}");
        }

        int length;
        byte[]? utf8 = null;
        switch (item)
        {
            case string s:
                if (indexes.Length == 3)
                {
                    throw new GoFailure("cannot 3-index slice a string");
                }

                utf8 = GoString.ToUtf8(s);
                length = utf8.Length;
                break;
            case GoList list:
                length = list.Count;
                break;
            case byte[] bytes:
                length = bytes.Length;
                break;
            default:
                throw new GoFailure($"can't slice item of type {GoValues.TypeName(item)}");
        }

        Span<int> idx = [0, length, 0];
        for (int i = 0; i < indexes.Length; i++)
        {
            idx[i] = IndexArgument(GoValues.IndirectInterface(indexes[i]), length);
        }

        if (idx[0] > idx[1])
        {
            throw new GoFailure($"invalid slice index: {idx[0]} > {idx[1]}");
        }

        if (indexes.Length == 3 && idx[1] > idx[2])
        {
            throw new GoFailure($"invalid slice index: {idx[1]} > {idx[2]}");
        }

        int start = idx[0];
        int count = idx[1] - idx[0];
        return item switch
        {
            string => GoString.FromUtf8((utf8 ?? []).AsSpan(start, count)),
            GoList list => new GoList(list.Type, list.Items.GetRange(start, count)),
            byte[] bytes => bytes.AsSpan(start, count).ToArray(),
            _ => null,
        };
    }
}
