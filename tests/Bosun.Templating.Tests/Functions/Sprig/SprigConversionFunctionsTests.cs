using Bosun.Core.Values;
using static Bosun.Templating.Tests.Functions.Sprig.SprigCall;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigConversionFunctionsTests
{
    [Theory]
    [InlineData("12", 12L)]
    [InlineData("+5", 5L)]
    [InlineData("-7", -7L)]
    [InlineData("12x", 0L)]
    [InlineData("0x10", 0L)]
    [InlineData("1_0", 0L)]
    [InlineData(" 1", 0L)]
    [InlineData("", 0L)]
    [InlineData("+", 0L)]
    [InlineData("99999999999999999999", long.MaxValue)]
    [InlineData("99999999999999999999x", long.MaxValue)]
    [InlineData("-99999999999999999999", long.MinValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Atoi_ErrorsDropped_OverflowClamped(string input, long expected) =>
        Assert.Equal(expected, Call("atoi", input));

    [Fact]
    public void IntConversions_ResultTypes()
    {
        Assert.IsType<long>(Call("int", 3.9));
        Assert.Equal(3L, Call("int", 3.9));
        Assert.Equal(I64(3), Call("int64", 3.9));
        Assert.Equal(1000000L, Call("int", 1e6));
        Assert.Equal(I64(long.MinValue), Call("int64", 1e30));
        Assert.Equal(long.MinValue, Call("int", -1e30));
        Assert.Equal(1L, Call("int", true));
        Assert.Equal(0L, Call("int", null));
        Assert.Equal(0L, Call("int", List(1L)));
        Assert.Equal(I64(255), Call("int64", new GoInt(GoType.Uint8, 255)));
    }

    [Fact]
    public void Float64_Conversions()
    {
        Assert.Equal(3.0, Call("float64", 3L));
        Assert.Equal(1.0, Call("float64", true));
        Assert.Equal(0.0, Call("float64", null));
        Assert.Equal(0.0, Call("float64", Dict()));
        Assert.Equal(18446744073709551615.0, Call("float64", new GoInt(GoType.Uint64, -1)));
    }

    [Theory]
    [InlineData("777", 511L)]
    [InlineData("0777", 511L)]
    [InlineData("-777", -511L)]
    [InlineData("+10", 8L)]
    [InlineData("9", 0L)]
    [InlineData("0o7", 0L)]
    [InlineData("1000000000000000000000", 0L)]
    [InlineData("-1000000000000000000000", long.MinValue)]
    [InlineData("", 0L)]
    public void ToDecimal_OctalText(string input, long expected) =>
        Assert.Equal(I64(expected), Call("toDecimal", input));

    [Fact]
    public void ToDecimal_NonStrings_PrintedFirst()
    {
        Assert.Equal(I64(511), Call("toDecimal", 777L));
        Assert.Equal(I64(0), Call("toDecimal", 1.5));
        Assert.Equal(I64(0), Call("toDecimal", null));
        Assert.Equal(I64(0), Call("toDecimal", I64(8)));
    }

    [Fact]
    public void ToString_Strval()
    {
        Assert.Equal("abc", Call("toString", "abc"));
        Assert.Equal("hi", Call("toString", new byte[] { 104, 105 }));
    }

    [Fact]
    public void ToStrings_StringSlice()
    {
        var strings = Strings("a", "b");
        Assert.Same(strings, Call("toStrings", strings));
        var result = Assert.IsType<GoList>(Call("toStrings", List("a", null, 1L)));
        Assert.Equal("[]string", result.Type.Name);
        Assert.Equal(["a", "1"], result.Items);
        Assert.Empty(Assert.IsType<GoList>(Call("toStrings", null)));
    }
}
