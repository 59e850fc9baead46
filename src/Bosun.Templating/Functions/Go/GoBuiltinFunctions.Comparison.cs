using Bosun.Core.Values;
using Bosun.Templating.Execution;

namespace Bosun.Templating.Functions.Go;

/// <summary>eq, ne, lt, le, gt, ge with Go's rules: basic kinds only for ordering; int and uint mix.</summary>
internal static partial class GoBuiltinFunctions
{
    private enum BasicKind
    {
        Invalid,
        Bool,
        Int,
        Float,
        String,
        Uint,
    }

    private static BasicKind KindOf(object? value) => value switch
    {
        bool => BasicKind.Bool,
        long => BasicKind.Int,
        GoInt i => i.Type.IsUnsigned ? BasicKind.Uint : BasicKind.Int,
        double => BasicKind.Float,
        string => BasicKind.String,
        _ => BasicKind.Invalid,
    };

    private static long IntOf(object? value) => value switch
    {
        long l => l,
        GoInt i => i.Bits,
        _ => 0,
    };

    private static ulong UintOf(object? value) => value is GoInt i ? i.AsUnsigned : 0;

    private static bool BoolOf(object? value) => value is true;

    private static double FloatOf(object? value) => value is double d ? d : 0;

    private static string StringOf(object? value) => value as string ?? string.Empty;

    /// <summary>eq: arg1 == arg2 || arg1 == arg3 || ...</summary>
    private static bool Equal(object? arg1, ReadOnlySpan<object?> others, bool namesTypes)
    {
        arg1 = GoValues.IndirectInterface(arg1);
        if (others.Length == 0)
        {
            throw new GoFailure("missing argument for comparison");
        }

        var k1 = KindOf(arg1);
        foreach (var other in others)
        {
            var arg = GoValues.IndirectInterface(other);
            var k2 = KindOf(arg);
            bool truth = false;
            if (k1 != k2)
            {
                // Integers compare across signedness.
                if (k1 == BasicKind.Int && k2 == BasicKind.Uint)
                {
                    truth = IntOf(arg1) >= 0 && (ulong)IntOf(arg1) == UintOf(arg);
                }
                else if (k1 == BasicKind.Uint && k2 == BasicKind.Int)
                {
                    truth = IntOf(arg) >= 0 && UintOf(arg1) == (ulong)IntOf(arg);
                }
                else if (arg1 is not null && arg is not null)
                {
                    throw Incompatible(arg1, arg, namesTypes);
                }
            }
            else
            {
                switch (k1)
                {
                    case BasicKind.Bool:
                        truth = BoolOf(arg1) == BoolOf(arg);
                        break;
                    case BasicKind.Float:
                        truth = FloatOf(arg1) == FloatOf(arg);
                        break;
                    case BasicKind.Int:
                        truth = IntOf(arg1) == IntOf(arg);
                        break;
                    case BasicKind.String:
                        truth = string.Equals(StringOf(arg1), StringOf(arg), StringComparison.Ordinal);
                        break;
                    case BasicKind.Uint:
                        truth = UintOf(arg1) == UintOf(arg);
                        break;
                    default:
                        truth = EqualNonBasic(arg1, arg);
                        break;
                }
            }

            if (truth)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EqualNonBasic(object? arg1, object? arg)
    {
        var kind1 = GoValue.KindOf(arg1);
        var kind2 = GoValue.KindOf(arg);
        if (kind1 != kind2 && kind1 != GoKind.Invalid && kind2 != GoKind.Invalid)
        {
            throw new GoFailure(GoFormat.Sprintf("non-comparable types %s: %v, %s: %v", [arg1, GoValues.TypeName(arg1), GoValues.TypeName(arg), arg]));
        }

        bool nil1 = IsNil(arg1);
        bool nil2 = IsNil(arg);
        if (nil1 || nil2)
        {
            return nil1 == nil2;
        }

        if (arg is GoList or GoMap or byte[])
        {
            throw new GoFailure(GoFormat.Sprintf("non-comparable type %s: %v", [arg, GoValues.TypeName(arg)]));
        }

        return ReferenceEquals(arg1, arg) || Equals(arg1, arg);
    }

    private static bool IsNil(object? value) => value is null || value is GoList { IsNil: true };

    /// <summary>lt: basic kinds only; bools cannot be ordered.</summary>
    private static bool Less(object? arg1, object? arg2, bool namesTypes)
    {
        arg1 = GoValues.IndirectInterface(arg1);
        var k1 = KindOf(arg1);
        if (k1 == BasicKind.Invalid)
        {
            throw new GoFailure("invalid type for comparison");
        }

        arg2 = GoValues.IndirectInterface(arg2);
        var k2 = KindOf(arg2);
        if (k2 == BasicKind.Invalid)
        {
            throw new GoFailure("invalid type for comparison");
        }

        if (k1 != k2)
        {
            if (k1 == BasicKind.Int && k2 == BasicKind.Uint)
            {
                return IntOf(arg1) < 0 || (ulong)IntOf(arg1) < UintOf(arg2);
            }

            if (k1 == BasicKind.Uint && k2 == BasicKind.Int)
            {
                return IntOf(arg2) >= 0 && UintOf(arg1) < (ulong)IntOf(arg2);
            }

            throw Incompatible(arg1, arg2, namesTypes);
        }

        return k1 switch
        {
            BasicKind.Float => FloatOf(arg1) < FloatOf(arg2),
            BasicKind.Int => IntOf(arg1) < IntOf(arg2),
            BasicKind.String => GoValues.CompareStrings(StringOf(arg1), StringOf(arg2)) < 0,
            BasicKind.Uint => UintOf(arg1) < UintOf(arg2),
            _ => throw new GoFailure("invalid type for comparison"),
        };
    }

    private static bool LessOrEqual(object? arg1, object? arg2, bool namesTypes) =>
        Less(arg1, arg2, namesTypes) || Equal(arg1, [arg2], namesTypes);

    private static GoFailure Incompatible(object? arg1, object? arg2, bool namesTypes) =>
        new(namesTypes
            ? $"incompatible types for comparison: {GoValues.TypeName(arg1)} and {GoValues.TypeName(arg2)}"
            : "incompatible types for comparison");
}
