using System.Runtime.CompilerServices;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>Sprig reflection functions (reflect.go): typeOf, typeIs, typeIsLike, kindOf, kindIs, and reflect.DeepEqual.</summary>
internal static class SprigReflectionFunctions
{

    private static readonly GoType Any = GoType.Interface;
    private static readonly GoType S = GoType.String;

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("typeOf", GoSignature.Of(Any), a => GoValue.TypeName(a[0]));
        table.Add("typeIs", GoSignature.Of(S, Any), a => GoValue.Bool(Target(a) == GoValue.TypeName(a[1])));
        table.Add("typeIsLike", GoSignature.Of(S, Any), a =>
        {
            string type = GoValue.TypeName(a[1]);
            string target = Target(a);
            return GoValue.Bool(target == type || "*" + target == type);
        });
        table.Add("kindOf", GoSignature.Of(Any), a => GoValue.KindName(GoValue.KindOf(a[0])));
        table.Add("kindIs", GoSignature.Of(S, Any), a => GoValue.Bool(Target(a) == GoValue.KindName(GoValue.KindOf(a[1]))));
        table.Add("deepEqual", GoSignature.Of(Any, Any), a => GoValue.Bool(DeepEqual(a[0], a[1])));
    }

    /// <summary>reflect.DeepEqual over the value model: identical types, then deep comparison (nil and empty slices differ).</summary>
    public static bool DeepEqual(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        return DeepEqual(x, y, null);
    }

    private static bool DeepEqual(object? x, object? y, HashSet<(object, object)>? visited)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoFailure("runtime: goroutine stack exceeds 1000000000-byte limit");
        }

        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        if (!Equals(GoValue.TypeOf(x), GoValue.TypeOf(y)))
        {
            return false;
        }

        switch (x)
        {
            case bool or long or string:
                return x.Equals(y);
            case double d:
                return d == (double)y;
            case GoInt i:
                return i.Bits == ((GoInt)y).Bits;
            case byte[] bytes:
                return bytes.AsSpan().SequenceEqual((byte[])y);
            case GoList list:
                var other = (GoList)y;
                if (list.IsNil != other.IsNil || list.Count != other.Count)
                {
                    return false;
                }

                if (ReferenceEquals(list, other) || ReferenceEquals(list.Items, other.Items) || !Visit(ref visited, list.Items, other.Items))
                {
                    return true;
                }

                for (int k = 0; k < list.Count; k++)
                {
                    if (!DeepEqual(list.Items[k], other.Items[k], visited))
                    {
                        return false;
                    }
                }

                return true;
            case GoMap map:
                var otherMap = (GoMap)y;
                if (map.Count != otherMap.Count)
                {
                    return false;
                }

                if (ReferenceEquals(map.Entries, otherMap.Entries) || !Visit(ref visited, map.Entries, otherMap.Entries))
                {
                    return true;
                }

                foreach (var (key, value) in map.Entries)
                {
                    if (!otherMap.Entries.TryGetValue(key, out var otherValue) || !DeepEqual(value, otherValue, visited))
                    {
                        return false;
                    }
                }

                return true;
            case IGoObject obj:
                return ObjectsEqual(obj, (IGoObject)y, visited);
            default:
                return x.Equals(y);
        }
    }

    private static bool ObjectsEqual(IGoObject x, IGoObject y, HashSet<(object, object)>? visited)
    {
        if (ReferenceEquals(x, y) || x.Equals(y))
        {
            return true;
        }

        if (!Visit(ref visited, x, y))
        {
            return true;
        }

        foreach (string field in x.FieldNames)
        {
            if (!x.TryGetField(field, out var a) || !y.TryGetField(field, out var b) || !DeepEqual(a, b, visited))
            {
                return false;
            }
        }

        return x.FieldNames.Count != 0 || x.GoString() == y.GoString();
    }

    /// <summary>Records a pair of references being compared; false when it was already under comparison (a cycle).</summary>
    private static bool Visit(ref HashSet<(object, object)>? visited, object a, object b)
    {
        visited ??= new HashSet<(object, object)>(ReferencePairComparer.Instance);
        return visited.Add((a, b));
    }

    private static string Target(object?[] args) => args[0] as string ?? "";

    private sealed class ReferencePairComparer : IEqualityComparer<(object, object)>
    {
        public static readonly ReferencePairComparer Instance = new();

        public bool Equals((object, object) x, (object, object) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((object, object) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
