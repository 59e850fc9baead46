using System.Runtime.CompilerServices;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// dario.cat/mergo v1.0.1 as sprig's merge/mergeOverwrite use it on <c>map[string]interface {}</c>:
/// a deep merge into the first map, in place. Nested maps present on both sides are merged
/// recursively (also in place); otherwise a source value is taken when overwriting, when the key is
/// missing, or when the destination value is empty. A nil source value only counts when overwriting.
/// Source maps and slices are stored by reference, as in Go.
/// </summary>
internal static class SprigDictMerge
{
    /// <summary>mergo.ErrDifferentArgumentsTypes.</summary>
    public const string DifferentArgumentsTypes = "src and dst must be of same type";


    /// <summary>Merges <paramref name="src"/> into <paramref name="dst"/> and returns the destination (a new map when it was nil).</summary>
    public static GoMap? Merge(GoMap? dst, GoMap? src, bool overwrite)
    {
        if (src is null)
        {
            return dst;
        }

        dst ??= new GoMap(GoType.MapOfInterface);
        MergeMaps(dst, src, overwrite);
        return dst;
    }

    private static void MergeMaps(GoMap dst, GoMap src, bool overwrite)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoFailure("runtime: goroutine stack exceeds 1000000000-byte limit");
        }

        bool srcHoldsInterfaces = ElemType(src).Kind == GoKind.Interface;
        foreach (var (key, srcValue) in src.Entries.ToArray())
        {
            bool dstHas = dst.Entries.TryGetValue(key, out var dstValue);
            if (srcValue is null || (srcValue is GoList { IsNil: true } && !srcHoldsInterfaces))
            {
                if (overwrite)
                {
                    Set(dst, key, srcValue, srcHoldsInterfaces ? GoType.Interface : ElemType(src));
                }

                continue;
            }

            var srcKind = GoValue.KindOf(srcValue);
            switch (srcKind)
            {
                case GoKind.Map or GoKind.Struct or GoKind.Ptr:
                    MergeNested(dstHas ? dstValue : null, srcValue, overwrite);
                    break;
                case GoKind.Slice:
                    MergeSlice(dst, key, dstHas, dstValue, srcValue, overwrite);
                    break;
            }

            if (dstHas && !SprigDefaultFunctions.IsEmpty(dstValue))
            {
                if (srcKind == GoKind.Slice || (srcKind == GoKind.Map && GoValue.KindOf(dstValue) == GoKind.Map))
                {
                    continue;
                }
            }

            if (overwrite || !dstHas || SprigDefaultFunctions.IsEmpty(dstValue))
            {
                Set(dst, key, srcValue, srcHoldsInterfaces ? GoType.Interface : ElemType(src));
            }
        }
    }

    /// <summary>mergo's deepMerge on two map elements: only map-into-map changes anything (in place).</summary>
    private static void MergeNested(object? dstValue, object srcValue, bool overwrite)
    {
        switch (dstValue)
        {
            case GoMap dstMap when srcValue is GoMap srcMap:
                MergeMaps(dstMap, srcMap, overwrite);
                break;
            case IGoObject { Type.Kind: GoKind.Ptr } when !overwrite && srcValue is not IGoObject { Type.Kind: GoKind.Ptr }:
                throw new GoFailure(DifferentArgumentsTypes);
        }
    }

    /// <summary>mergo's slice branch: it always writes the key, with the source slice when overwriting or when the destination map is empty.</summary>
    private static void MergeSlice(GoMap dst, string key, bool dstHas, object? dstValue, object srcSlice, bool overwrite)
    {
        object dstSlice;
        if (!dstHas || dstValue is null)
        {
            dstSlice = srcSlice is byte[] ? Array.Empty<byte>() : new GoList(((GoList)srcSlice).Type, []);
        }
        else
        {
            if (ElemType(dst).Kind != GoKind.Interface && GoValue.TypeOf(dstValue) is { IsNillable: false })
            {
                throw new GoFailure($"reflect: call of reflect.Value.IsNil on {GoValue.KindName(GoValue.KindOf(dstValue))} Value");
            }

            dstSlice = dstValue;
        }

        if (overwrite || dst.Count == 0)
        {
            dstSlice = srcSlice;
        }

        Set(dst, key, dstSlice, GoValue.TypeOf(dstSlice) ?? GoType.Interface);
    }

    /// <summary>reflect's SetMapIndex: the value's static type must be assignable to the map's element type.</summary>
    private static void Set(GoMap dst, string key, object? value, GoType staticType)
    {
        var elem = ElemType(dst);
        if (elem.Kind != GoKind.Interface && !staticType.IsAssignableTo(elem))
        {
            throw new GoFailure($"reflect.Value.SetMapIndex: value of type {staticType.Name} is not assignable to type {elem.Name}");
        }

        dst.Entries[key] = value;
    }

    private static GoType ElemType(GoMap map) => map.Type.Elem ?? GoType.Interface;
}
