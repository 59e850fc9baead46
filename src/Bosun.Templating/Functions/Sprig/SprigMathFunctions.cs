using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig math (numeric.go and the arithmetic in functions.go): integer operations convert every
/// operand with cast.ToInt64 and return int64 (wrapping like Go); the <c>*f</c> operations go through
/// shopspring/decimal and return float64; until/untilStep return []int and seq a string.
/// </summary>
internal static class SprigMathFunctions
{
    private static readonly GoType Any = GoType.Interface;
    private static readonly GoType I = GoType.Int;

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("add1", GoSignature.Of(Any), a => Int64(unchecked(SprigConvert.ToInt64(a[0]) + 1)));
        table.Add("add", GoSignature.VariadicOf(Any), Add);
        table.Add("sub", GoSignature.Of(Any, Any), a => Int64(unchecked(SprigConvert.ToInt64(a[0]) - SprigConvert.ToInt64(a[1]))));
        table.Add("div", GoSignature.Of(Any, Any), a => Int64(Divide(SprigConvert.ToInt64(a[0]), SprigConvert.ToInt64(a[1]))));
        table.Add("mod", GoSignature.Of(Any, Any), a => Int64(Modulo(SprigConvert.ToInt64(a[0]), SprigConvert.ToInt64(a[1]))));
        table.Add("mul", GoSignature.VariadicOf(Any, Any), Mul);
        table.Add("max", GoSignature.VariadicOf(Any, Any), a => Int64(Extreme(a, max: true)));
        table.Add("biggest", GoSignature.VariadicOf(Any, Any), a => Int64(Extreme(a, max: true)));
        table.Add("min", GoSignature.VariadicOf(Any, Any), a => Int64(Extreme(a, max: false)));
        table.Add("maxf", GoSignature.VariadicOf(Any, Any), a => ExtremeFloat(a, max: true));
        table.Add("minf", GoSignature.VariadicOf(Any, Any), a => ExtremeFloat(a, max: false));
        table.Add("floor", GoSignature.Of(Any), a => Math.Floor(SprigConvert.ToFloat64(a[0])));
        table.Add("ceil", GoSignature.Of(Any), a => Math.Ceiling(SprigConvert.ToFloat64(a[0])));
        table.Add("round", GoSignature.VariadicOf(GoType.Float64, Any, I), Round);

        table.Add("add1f", GoSignature.Of(Any), a => DecimalOp(a[0], [GoValue.Int(1)], static (x, y) => x.Add(y)));
        table.Add("addf", GoSignature.VariadicOf(Any), a => DecimalOp(0.0, a, static (x, y) => x.Add(y)));
        table.Add("subf", GoSignature.VariadicOf(Any, Any), a => DecimalOp(a[0], a.AsSpan(1), static (x, y) => x.Sub(y)));
        table.Add("divf", GoSignature.VariadicOf(Any, Any), a => DecimalOp(a[0], a.AsSpan(1), static (x, y) => x.Div(y)));
        table.Add("mulf", GoSignature.VariadicOf(Any, Any), a => DecimalOp(a[0], a.AsSpan(1), static (x, y) => x.Mul(y)));

        table.Add("until", GoSignature.Of(I), (c, a) => Until(c, Int(a[0])));
        table.Add("untilStep", GoSignature.Of(I, I, I), (c, a) => Ints(UntilStep(c, Int(a[0]), Int(a[1]), Int(a[2]))));
        table.Add("seq", GoSignature.VariadicOf(I), Seq);
    }

    /// <summary>Go's int64 division: panics on zero, wraps MinInt64 / -1.</summary>
    internal static long Divide(long a, long b) => b switch
    {
        0 => throw new GoFailure("runtime error: integer divide by zero"),
        -1 => unchecked(-a),
        _ => a / b,
    };

    /// <summary>Go's int64 remainder (sign of the dividend).</summary>
    internal static long Modulo(long a, long b) => b switch
    {
        0 => throw new GoFailure("runtime error: integer divide by zero"),
        -1 => 0,
        _ => a % b,
    };

    /// <summary>sprig untilStep: counts from start toward stop (exclusive) by step; a step pointing away gives [].</summary>
    internal static List<long> UntilStep(FunctionContext context, long start, long stop, long step)
    {
        var values = new List<long>();
        if (stop < start)
        {
            if (step >= 0)
            {
                return values;
            }

            EnsureCount(context, ((start - (double)stop) / -(double)step) + 1);
            for (long i = start; i > stop; i = unchecked(i + step))
            {
                values.Add(i);
                if (unchecked(i + step) > i)
                {
                    // Go's int wraps around here and keeps appending until memory runs out.
                    throw new GoFailure("runtime error: makeslice: len out of range");
                }
            }

            return values;
        }

        if (step <= 0)
        {
            return values;
        }

        EnsureCount(context, ((stop - (double)start) / step) + 1);
        for (long i = start; i < stop; i = unchecked(i + step))
        {
            values.Add(i);
            if (unchecked(i + step) < i)
            {
                // Go's int wraps around here and keeps appending until memory runs out.
                throw new GoFailure("runtime error: makeslice: len out of range");
            }
        }

        return values;
    }

    private static void EnsureCount(FunctionContext context, double count) =>
        SprigConvert.EnsureAllocation(context, count >= long.MaxValue ? long.MaxValue : (long)count, isList: true);

    private static object? Add(object?[] args)
    {
        long sum = 0;
        foreach (var arg in args)
        {
            sum = unchecked(sum + SprigConvert.ToInt64(arg));
        }

        return Int64(sum);
    }

    private static object? Mul(object?[] args)
    {
        long product = SprigConvert.ToInt64(args[0]);
        for (int i = 1; i < args.Length; i++)
        {
            product = unchecked(product * SprigConvert.ToInt64(args[i]));
        }

        return Int64(product);
    }

    private static long Extreme(object?[] args, bool max)
    {
        long result = SprigConvert.ToInt64(args[0]);
        for (int i = 1; i < args.Length; i++)
        {
            long value = SprigConvert.ToInt64(args[i]);
            if (max ? value > result : value < result)
            {
                result = value;
            }
        }

        return result;
    }

    private static object? ExtremeFloat(object?[] args, bool max)
    {
        double result = SprigConvert.ToFloat64(args[0]);
        for (int i = 1; i < args.Length; i++)
        {
            double value = SprigConvert.ToFloat64(args[i]);
            result = max ? Math.Max(result, value) : Math.Min(result, value);
        }

        return result;
    }

    /// <summary>sprig round(a, places, roundOn=.5): half-up on the fraction of a·10^places.</summary>
    private static object? Round(object?[] args)
    {
        double roundOn = args.Length > 2 && args[2] is double r ? r : 0.5;
        double value = SprigConvert.ToFloat64(args[0]);
        double pow = GoPow10(Int(args[1]));
        double digit = pow * value;
        double fraction = digit - Math.Truncate(digit);
        double rounded = fraction >= roundOn ? Math.Ceiling(digit) : Math.Floor(digit);
        return rounded / pow;
    }

    /// <summary>Go's math.Pow(10, n) for an integer n (repeated squaring on the frexp mantissa, as Go computes it).</summary>
    internal static double GoPow10(long n)
    {
        if (n == 0)
        {
            return 1;
        }

        if (n == 1)
        {
            return 10;
        }

        if (n == long.MinValue)
        {
            // |y| >= 2^63: Go returns 0 for 10^y with y < 0.
            return 0;
        }

        double a1 = 1;
        long ae = 0;
        double x1 = 0.625;
        long xe = 4;
        for (long i = Math.Abs(n); i != 0; i >>= 1)
        {
            if (xe < -(1 << 12) || (1 << 12) < xe)
            {
                ae += xe;
                break;
            }

            if ((i & 1) == 1)
            {
                a1 *= x1;
                ae += xe;
            }

            x1 *= x1;
            xe <<= 1;
            if (x1 < 0.5)
            {
                x1 += x1;
                xe--;
            }
        }

        if (n < 0)
        {
            a1 = 1 / a1;
            ae = -ae;
        }

        return Math.ScaleB(a1, (int)Math.Clamp(ae, -10_000, 10_000));
    }

    private static object? DecimalOp(object? first, ReadOnlySpan<object?> rest, Func<SprigMathDecimal, SprigMathDecimal, SprigMathDecimal> op)
    {
        var result = SprigMathDecimal.FromFloat(SprigConvert.ToFloat64(first));
        foreach (var value in rest)
        {
            result = op(result, SprigMathDecimal.FromFloat(SprigConvert.ToFloat64(value)));
        }

        return result.ToFloat64();
    }

    private static GoList Until(FunctionContext context, long count) =>
        Ints(UntilStep(context, 0, count, count < 0 ? -1 : 1));

    /// <summary>sprig seq: like GNU seq — "seq 5", "seq 2 5", "seq 1 2 10"; counts down when end &lt; start.</summary>
    private static object? Seq(FunctionContext context, object?[] args)
    {
        List<long> values;
        switch (args.Length)
        {
            case 1:
            {
                long end = Int(args[0]);
                long increment = end < 1 ? -1 : 1;
                values = UntilStep(context, 1, unchecked(end + increment), increment);
                break;
            }

            case 2:
            {
                long start = Int(args[0]);
                long end = Int(args[1]);
                long step = end < start ? -1 : 1;
                values = UntilStep(context, start, unchecked(end + step), step);
                break;
            }

            case 3:
            {
                long start = Int(args[0]);
                long step = Int(args[1]);
                long end = Int(args[2]);
                long increment = 1;
                if (end < start)
                {
                    increment = -1;
                    if (step > 0)
                    {
                        return "";
                    }
                }

                values = UntilStep(context, start, unchecked(end + increment), step);
                break;
            }

            default:
                return "";
        }

        var builder = new StringBuilder();
        foreach (long value in values)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(value);
        }

        return builder.ToString();
    }

    private static GoList Ints(List<long> values)
    {
        var items = new List<object?>(values.Count);
        foreach (long value in values)
        {
            items.Add(GoValue.Int(value));
        }

        return new GoList(GoType.SliceOfInt, items);
    }

    private static GoInt Int64(long value) => GoInt.Int64(value);

    private static long Int(object? value) => value is long l ? l : 0;
}
