using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig list functions (list.go). They accept any slice through reflection in Go; results are
/// <c>[]interface {}</c> except <c>slice</c> (keeps the slice's type) and <c>chunk</c>
/// (<c>[][]interface {}</c>). Non-must variants panic with the same message the must variant returns.
/// </summary>
internal static class SprigListFunctions
{
    private const string NilDereference = "runtime error: invalid memory address or nil pointer dereference";

    private static readonly GoType Any = GoType.Interface;

    /// <summary>[][]interface {}, the result of chunk.</summary>
    internal static readonly GoType SliceOfSlices = new("[][]interface {}", GoKind.Slice, GoType.SliceOfInterface);

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("list", GoSignature.VariadicOf(Any), a => new GoList(GoType.SliceOfInterface, [.. a]));
        table.Add("tuple", GoSignature.VariadicOf(Any), a => new GoList(GoType.SliceOfInterface, [.. a]));

        AddBoth(table, "append", "mustAppend", GoSignature.Of(Any, Any), a => Push(a[0], a[1]));
        AddBoth(table, "push", "mustPush", GoSignature.Of(Any, Any), a => Push(a[0], a[1]));
        AddBoth(table, "prepend", "mustPrepend", GoSignature.Of(Any, Any), a => Prepend(a[0], a[1]));
        AddBoth(table, "chunk", "mustChunk", GoSignature.Of(GoType.Int, Any), (c, a) => Chunk(c, a[0] is long size ? size : 0, a[1]));
        AddBoth(table, "first", "mustFirst", GoSignature.Of(Any), a => First(a[0]));
        AddBoth(table, "last", "mustLast", GoSignature.Of(Any), a => Last(a[0]));
        AddBoth(table, "rest", "mustRest", GoSignature.Of(Any), a => Rest(a[0]));
        AddBoth(table, "initial", "mustInitial", GoSignature.Of(Any), a => Initial(a[0]));
        AddBoth(table, "reverse", "mustReverse", GoSignature.Of(Any), a => Reverse(a[0]));
        AddBoth(table, "uniq", "mustUniq", GoSignature.Of(Any), a => Uniq(a[0]));
        AddBoth(table, "without", "mustWithout", GoSignature.VariadicOf(Any, Any), a => Without(a[0], a.AsSpan(1)));
        AddBoth(table, "has", "mustHas", GoSignature.Of(Any, Any), a => GoValue.Bool(Has(a[0], a[1])));
        AddBoth(table, "slice", "mustSlice", GoSignature.VariadicOf(Any, Any), a => Slice(a[0], a.AsSpan(1)));
        table.Add("concat", GoSignature.VariadicOf(Any), Concat);
    }

    internal static GoList Push(object? list, object? value)
    {
        var items = Items(list, "Cannot push on type {0}");
        var result = new List<object?>(items.Count + 1);
        result.AddRange(items);
        result.Add(value);
        return Interfaces(result);
    }

    internal static GoList Prepend(object? list, object? value)
    {
        var items = Items(list, "Cannot prepend on type {0}");
        var result = new List<object?>(items.Count + 1) { value };
        result.AddRange(items);
        return Interfaces(result);
    }

    /// <summary>sprig chunk, including its float arithmetic for the chunk count (size 0 or negative sizes panic in makeslice).</summary>
    internal static GoList Chunk(FunctionContext context, long size, object? list)
    {
        var items = Items(list, "Cannot chunk type {0}");
        int count = items.Count;
        long chunks = SprigConvert.FloatToInt64(Math.Floor((count - 1) / (double)size) + 1);
        CheckMakeSlice(chunks);
        SprigConvert.EnsureAllocation(context, chunks, isList: true);

        var result = new List<object?>((int)chunks);
        for (long i = 0; i < chunks; i++)
        {
            long chunkLength = size;
            if (i == chunks - 1)
            {
                chunkLength = SprigConvert.FloatToInt64(Math.Floor(count % (double)size));
                if (chunkLength == 0)
                {
                    chunkLength = size;
                }
            }

            CheckMakeSlice(chunkLength);
            var chunk = new List<object?>((int)Math.Min(chunkLength, count));
            for (long j = 0; j < chunkLength; j++)
            {
                long index = (i * size) + j;
                if (index < 0 || index >= count)
                {
                    throw new GoFailure("reflect: slice index out of range");
                }

                chunk.Add(items[(int)index]);
            }

            result.Add(Interfaces(chunk));
        }

        return new GoList(SliceOfSlices, result);
    }

    internal static object? First(object? list)
    {
        var items = Items(list, "Cannot find first on type {0}");
        return items.Count == 0 ? null : items[0];
    }

    internal static object? Last(object? list)
    {
        var items = Items(list, "Cannot find last on type {0}");
        return items.Count == 0 ? null : items[^1];
    }

    internal static GoList Rest(object? list)
    {
        var items = Items(list, "Cannot find rest on type {0}");
        return items.Count == 0 ? NilInterfaces() : Interfaces(items.GetRange(1, items.Count - 1));
    }

    internal static GoList Initial(object? list)
    {
        var items = Items(list, "Cannot find initial on type {0}");
        return items.Count == 0 ? NilInterfaces() : Interfaces(items.GetRange(0, items.Count - 1));
    }

    internal static GoList Reverse(object? list)
    {
        var items = new List<object?>(Items(list, "Cannot find reverse on type {0}"));
        items.Reverse();
        return Interfaces(items);
    }

    internal static GoList Compact(object? list)
    {
        var result = new List<object?>();
        foreach (var item in Items(list, "Cannot compact on type {0}"))
        {
            if (!SprigDefaultFunctions.IsEmpty(item))
            {
                result.Add(item);
            }
        }

        return Interfaces(result);
    }

    internal static GoList Uniq(object? list)
    {
        var result = new List<object?>();
        foreach (var item in Items(list, "Cannot find uniq on type {0}"))
        {
            if (!Contains(result, item))
            {
                result.Add(item);
            }
        }

        return Interfaces(result);
    }

    internal static GoList Without(object? list, ReadOnlySpan<object?> omit)
    {
        var items = Items(list, "Cannot find without on type {0}");
        var omitted = omit.ToArray();
        var result = new List<object?>();
        foreach (var item in items)
        {
            if (!Contains(omitted, item))
            {
                result.Add(item);
            }
        }

        return Interfaces(result);
    }

    internal static bool Has(object? needle, object? haystack)
    {
        if (haystack is null)
        {
            return false;
        }

        return Contains(Items(haystack, "Cannot find has on type {0}"), needle);
    }

    /// <summary>sprig slice: keeps the slice's own type; an empty list gives nil; bad bounds panic in reflect.</summary>
    internal static object? Slice(object? list, ReadOnlySpan<object?> indices)
    {
        var items = Items(list, "list should be type of slice or array but {0}");
        int count = items.Count;
        if (count == 0)
        {
            return null;
        }

        long start = indices.Length > 0 ? SprigConvert.ToInt(indices[0]) : 0;
        long end = indices.Length < 2 ? count : SprigConvert.ToInt(indices[1]);
        if (start < 0 || end < start || end > count)
        {
            throw new GoFailure("reflect.Value.Slice: slice index out of bounds");
        }

        if (list is byte[] bytes)
        {
            return bytes[(int)start..(int)end];
        }

        var type = list is GoList typed ? typed.Type : GoType.SliceOfInterface;
        return new GoList(type, items.GetRange((int)start, (int)(end - start)));
    }

    private static object? Concat(object?[] lists)
    {
        var result = new List<object?>();
        foreach (var list in lists)
        {
            if (list is null)
            {
                throw new GoFailure(NilDereference);
            }

            if (!SprigConvert.TryGetList(list, out var items) || items is null)
            {
                throw new GoFailure($"Cannot concat type {KindName(list)} as list");
            }

            result.AddRange(items.Items);
        }

        // Go appends to a nil []interface{}: with nothing appended it stays nil.
        return result.Count == 0 ? NilInterfaces() : Interfaces(result);
    }

    /// <summary>The elements of any slice, or the Go failure sprig gives for other kinds (nil panics first).</summary>
    internal static List<object?> Items(object? list, string format)
    {
        if (list is null)
        {
            throw new GoFailure(NilDereference);
        }

        if (SprigConvert.TryGetList(list, out var goList) && goList is not null)
        {
            return goList.Items;
        }

        throw new GoFailure(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, KindName(list)));
    }

    internal static string KindName(object? value) => GoValue.KindName(GoValue.KindOf(value));

    private static bool Contains(IEnumerable<object?> haystack, object? needle)
    {
        foreach (var item in haystack)
        {
            if (SprigReflectionFunctions.DeepEqual(needle, item))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckMakeSlice(long length)
    {
        if (length < 0)
        {
            throw new GoFailure("runtime error: makeslice: len out of range");
        }
    }

    private static GoList Interfaces(List<object?> items) => new(GoType.SliceOfInterface, items);

    private static GoList NilInterfaces() => new(GoType.SliceOfInterface, []) { IsNil = true };

    private static void AddBoth(FunctionTable.Builder table, string name, string mustName, GoSignature signature, Func<object?[], object?> body)
    {
        table.Add(name, signature, body);
        table.Add(mustName, ReturningError(signature), body);
    }

    private static void AddBoth(FunctionTable.Builder table, string name, string mustName, GoSignature signature, Func<FunctionContext, object?[], object?> body)
    {
        table.Add(name, signature, body);
        table.Add(mustName, ReturningError(signature), body);
    }

    private static GoSignature ReturningError(GoSignature signature) =>
        new(signature.Parameters, signature.Variadic, returnsError: true);
}
