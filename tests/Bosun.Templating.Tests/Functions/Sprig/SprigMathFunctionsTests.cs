using Bosun.Core.Values;
using static Bosun.Templating.Tests.Functions.Sprig.SprigCall;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigMathFunctionsTests
{
    [Fact]
    public void IntegerArithmetic_ReturnsInt64_TruncatesFloats()
    {
        Assert.Equal(I64(3), Call("add", 1L, 2.7));
        Assert.Equal(I64(0), Call("add"));
        Assert.Equal(I64(6), Call("add", 1L, I64(2), 3.0));
        Assert.Equal(I64(-1), Call("sub", 1L, 2.9));
        Assert.Equal(I64(2), Call("mul", 2L));
        Assert.Equal(I64(24), Call("mul", 2L, 3L, 4L));
        Assert.Equal(I64(3), Call("div", 7L, 2L));
        Assert.Equal(I64(-3), Call("div", -7L, 2L));
        Assert.Equal(I64(1), Call("mod", 7L, 2L));
        Assert.Equal(I64(-1), Call("mod", -7L, 2L));
        Assert.Equal(I64(11), Call("add1", 10L));
        Assert.Equal(I64(1), Call("add1", null));
    }

    [Fact]
    public void IntegerArithmetic_WrapsLikeGo()
    {
        Assert.Equal(I64(long.MinValue), Call("add", I64(long.MaxValue), 1L));
        Assert.Equal(I64(long.MinValue), Call("div", I64(long.MinValue), -1L));
        Assert.Equal(I64(0), Call("mod", I64(long.MinValue), -1L));
    }

    [Theory]
    [InlineData("div")]
    [InlineData("mod")]
    public void DivMod_ByZero_RuntimePanic(string name) =>
        Assert.Equal("runtime error: integer divide by zero", Fails(name, 1L, 0L));

    [Fact]
    public void MaxMin_Int64()
    {
        Assert.Equal(I64(2), Call("max", 1L, 2.9));
        Assert.Equal(I64(7), Call("biggest", 3L, 7L, 2L));
        Assert.Equal(I64(1), Call("min", 1L));
        Assert.Equal(I64(-5), Call("min", 3L, -5L, 2L));
    }

    [Fact]
    public void MaxfMinf_Float64()
    {
        Assert.Equal(1.0, Call("maxf", 1L, null));
        Assert.Equal(0.0, Call("minf", 1L, "x"));
        Assert.Equal(2.5, Call("maxf", 1L, 2.5, -3L));
        Assert.True(double.IsNaN((double)Call("maxf", 1L, double.NaN)!));
    }

    [Fact]
    public void FloorCeil_Float64()
    {
        Assert.Equal(1.0, Call("floor", 1.5));
        Assert.Equal(2.0, Call("ceil", 1.2));
        Assert.Equal(2.0, Call("floor", "2.7"));
        Assert.True(double.IsNegative((double)Call("ceil", -0.5)!));
    }

    [Theory]
    [InlineData(2.555, 2L, 2.56)]
    [InlineData(2.5, 0L, 3.0)]
    [InlineData(-2.5, 0L, -3.0)]
    [InlineData(1.005, 2L, 1.0)]
    [InlineData(1234.5678, -2L, 1200.0)]
    [InlineData(1.25, 300L, 1.25)]
    [InlineData(0.1, 20L, 0.1)]
    [InlineData(123.456, 30L, 123.45600000000002)]
    public void Round_HalfUpOnFraction(double value, long places, double expected) =>
        Assert.Equal(expected, Call("round", value, places));

    [Fact]
    public void Round_CustomRoundOn() => Assert.Equal(2.0, Call("round", 2.4, 0L, 0.4));

    [Fact]
    public void Round_ExtremePlaces_GoPowSaturates()
    {
        Assert.True(double.IsNaN((double)Call("round", 1.5, long.MinValue)!));
        Assert.True(double.IsNaN((double)Call("round", 1.5, long.MaxValue)!));
        Assert.True(double.IsNaN((double)Call("round", 1.5, 400L)!));
    }

    [Fact]
    public void DecimalArithmetic_ExactDecimals()
    {
        Assert.Equal(0.3, Call("addf", 0.1, 0.2));
        Assert.Equal(3.3, Call("mulf", 1.1, 3L));
        Assert.Equal(0.3333333333333333, Call("divf", 1L, 3L));
        Assert.Equal(0.1, Call("subf", 1L, 0.9));
        Assert.Equal(1.1, Call("add1f", 0.1));
        Assert.Equal(0.0, Call("addf"));
        Assert.Equal(0.6666666666666667, Call("divf", 2L, 3L));
        Assert.Equal(-0.6666666666666667, Call("divf", -2L, 3L));
        Assert.Equal(1e300, Call("mulf", 1e150, 1e150));
        Assert.Equal(2.5, Call("divf", 10L, 2L, 2L));
    }

    [Fact]
    public void DecimalArithmetic_Failures()
    {
        Assert.Equal("decimal division by 0", Fails("divf", 1L, 0L));
        Assert.Equal("Cannot create a Decimal from +Inf", Fails("addf", double.PositiveInfinity));
        Assert.Equal("Cannot create a Decimal from NaN", Fails("mulf", 1L, double.NaN));
    }

    [Fact]
    public void Until_IntSlice()
    {
        var list = Assert.IsType<GoList>(Call("until", 3L));
        Assert.Equal("[]int", list.Type.Name);
        Assert.Equal([0L, 1L, 2L], list.Items);
        Assert.Equal([0L, -1L, -2L], Assert.IsType<GoList>(Call("until", -3L)).Items);
        Assert.Empty(Assert.IsType<GoList>(Call("until", 0L)));
    }

    [Fact]
    public void UntilStep_DirectionMustMatchStep()
    {
        Assert.Equal([0L, 3L, 6L, 9L], Assert.IsType<GoList>(Call("untilStep", 0L, 10L, 3L)).Items);
        Assert.Equal([10L, 7L, 4L, 1L], Assert.IsType<GoList>(Call("untilStep", 10L, 0L, -3L)).Items);
        Assert.Empty(Assert.IsType<GoList>(Call("untilStep", 0L, 10L, 0L)));
        Assert.Empty(Assert.IsType<GoList>(Call("untilStep", 10L, 0L, 1L)));
    }

    [Fact]
    public void UntilStep_Huge_FailsInsteadOfExhaustingMemory()
    {
        Assert.Equal("runtime error: makeslice: len out of range", Fails("until", long.MaxValue));
        Assert.Equal("runtime error: makeslice: len out of range", Fails("untilStep", 0L, long.MaxValue, 1L << 62));
    }

    [Theory]
    [InlineData(new long[] { 5 }, "1 2 3 4 5")]
    [InlineData(new long[] { -3 }, "1 0 -1 -2 -3")]
    [InlineData(new long[] { 0 }, "1 0")]
    [InlineData(new long[] { 2, 5 }, "2 3 4 5")]
    [InlineData(new long[] { 5, 2 }, "5 4 3 2")]
    [InlineData(new long[] { 1, 2, 10 }, "1 3 5 7 9")]
    [InlineData(new long[] { 10, -3, 1 }, "10 7 4 1")]
    [InlineData(new long[] { 10, 3, 1 }, "")]
    [InlineData(new long[] { 1, 0, 5 }, "")]
    [InlineData(new long[] { }, "")]
    [InlineData(new long[] { 1, 2, 3, 4 }, "")]
    public void Seq_LikeGnuSeq(long[] args, string expected) =>
        Assert.Equal(expected, Call("seq", [.. args.Select(a => (object?)a)]));

    [Fact]
    public void Signatures_MatchSprig()
    {
        Assert.Equal(GoType.Interface, Signature("add").Variadic);
        Assert.Equal(["int"], Signature("until").Parameters.Select(p => p.Name));
        Assert.Equal(["interface {}", "int"], Signature("round").Parameters.Select(p => p.Name));
        Assert.Equal(GoType.Float64, Signature("round").Variadic);
        Assert.Equal(GoType.Int, Signature("seq").Variadic);
    }
}
