using System.Runtime.CompilerServices;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// mitchellh/copystructure.Copy as sprig's deepCopy uses it: maps and slices are copied recursively
/// keeping their Go types (a nil slice stays nil); scalars are values; host objects are immutable to
/// templates and are shared.
/// </summary>
internal static class SprigDictCopy
{

    public static object? Copy(object? value)
    {
        if (value is null)
        {
            throw new GoFailure("reflect: call of reflect.Value.Type on zero Value");
        }

        return CopyValue(value);
    }

    private static object? CopyValue(object? value)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoFailure("runtime: goroutine stack exceeds 1000000000-byte limit");
        }

        switch (value)
        {
            case GoMap map:
                var entries = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
                foreach (var (key, item) in map.Entries)
                {
                    entries[key] = CopyValue(item);
                }

                return new GoMap(map.Type, entries);
            case GoList list:
                var items = new List<object?>(list.Count);
                foreach (var item in list.Items)
                {
                    items.Add(CopyValue(item));
                }

                return new GoList(list.Type, items) { IsNil = list.IsNil };
            case byte[] bytes:
                return bytes.Clone();
            default:
                return value;
        }
    }
}
