using Bosun.Core.Values;
using Bosun.Templating.Functions.Sprig;
using static Bosun.Templating.Tests.Functions.Sprig.SprigCall;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigConvertTests
{
    [Theory]
    [InlineData("3", 3L)]
    [InlineData("3.0", 3L)]
    [InlineData("3.00", 3L)]
    [InlineData("3.9", 0L)]
    [InlineData("3.", 0L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0o17", 15L)]
    [InlineData("017", 15L)]
    [InlineData("0b11", 3L)]
    [InlineData("1_000", 1000L)]
    [InlineData("-12", -12L)]
    [InlineData(" 3", 0L)]
    [InlineData("", 0L)]
    [InlineData("abc", 0L)]
    [InlineData("9223372036854775808", 0L)]
    public void ToInt64_Strings_ParseIntBaseZero(string input, long expected) =>
        Assert.Equal(expected, SprigConvert.ToInt64(input));

    [Fact]
    public void ToInt64_Numbers_TruncateAndWrap()
    {
        Assert.Equal(3L, SprigConvert.ToInt64(3.9));
        Assert.Equal(-3L, SprigConvert.ToInt64(-3.9));
        Assert.Equal(long.MinValue, SprigConvert.ToInt64(1e30));
        Assert.Equal(long.MinValue, SprigConvert.ToInt64(double.NaN));
        Assert.Equal(long.MinValue, SprigConvert.ToInt64(9223372036854775808.0));
        Assert.Equal(long.MaxValue - 1023, SprigConvert.ToInt64(9223372036854774784.0));
        Assert.Equal(-1L, SprigConvert.ToInt64(new GoInt(GoType.Uint64, -1)));
        Assert.Equal(7L, SprigConvert.ToInt64(new GoInt(GoType.Int32, 7)));
        Assert.Equal(1L, SprigConvert.ToInt64(true));
        Assert.Equal(0L, SprigConvert.ToInt64(null));
        Assert.Equal(0L, SprigConvert.ToInt64(Dict()));
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1_000", 1000.0)]
    [InlineData("0x1p3", 8.0)]
    [InlineData("1e400", 0.0)]
    [InlineData("x", 0.0)]
    public void ToFloat64_Strings_ParseFloat(string input, double expected) =>
        Assert.Equal(expected, SprigConvert.ToFloat64(input));

    [Fact]
    public void ToFloat64_SpecialStrings()
    {
        Assert.Equal(double.PositiveInfinity, SprigConvert.ToFloat64("inf"));
        Assert.True(double.IsNaN(SprigConvert.ToFloat64("NaN")));
    }

    [Fact]
    public void StrVal_StringsBytesAndFormatting()
    {
        Assert.Equal("a", SprigConvert.StrVal("a"));
        Assert.Equal("hi", SprigConvert.StrVal(new byte[] { 104, 105 }));
        Assert.Equal("1e+06", SprigConvert.StrVal(1e6));
        Assert.Equal("<nil>", SprigConvert.StrVal(null));
        Assert.Equal("[1 a]", SprigConvert.StrVal(List(1L, "a")));
        Assert.Equal("map[a:<nil> b:1]", SprigConvert.StrVal(Dict("b", 1L, "a", null)));
        Assert.Equal("true", SprigConvert.StrVal(true));
    }

    [Fact]
    public void StrSlice_DropsNilsFromInterfaceSlices()
    {
        Assert.Equal(["1", "a"], SprigConvert.StrSlice(List(1L, null, "a")));
        Assert.Equal(["x"], SprigConvert.StrSlice(Strings("x")));
        Assert.Empty(SprigConvert.StrSlice(null));
        Assert.Equal(["5"], SprigConvert.StrSlice(5L));
        Assert.Equal(["104", "105"], SprigConvert.StrSlice(new byte[] { 104, 105 }));
    }

    [Fact]
    public void TryGetList_SlicesOnly()
    {
        Assert.True(SprigConvert.TryGetList(Strings("a"), out var list));
        Assert.Equal("[]string", list!.Type.Name);
        Assert.True(SprigConvert.TryGetList(new byte[] { 1 }, out var bytes));
        Assert.Equal("[]uint8", bytes!.Type.Name);
        Assert.False(SprigConvert.TryGetList("abc", out _));
        Assert.False(SprigConvert.TryGetList(Dict(), out _));
    }
}
