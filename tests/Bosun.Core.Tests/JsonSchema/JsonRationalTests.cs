using Bosun.Core.JsonSchema;

namespace Bosun.Core.Tests.JsonSchema;

public sealed class JsonRationalTests
{
    private static JsonRational P(string s) => JsonRational.Parse(s) ?? throw new InvalidOperationException(s);

    [Theory]
    [InlineData("1.5e3", "1500")]
    [InlineData("-0.25", "-1/4")]
    [InlineData("1E-2", "1/100")]
    [InlineData("100", "100")]
    [InlineData("0.0", "0")]
    public void Parse_DecimalText_IsExact(string text, string expected) => Assert.Equal(expected, P(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1e")]
    [InlineData("--1")]
    public void Parse_NotANumber_IsNull(string text) => Assert.Null(JsonRational.Parse(text));

    [Fact]
    public void IsMultipleOf_DecimalDivisor_IsExactNotFloatingPoint()
    {
        Assert.True(P("0.3").IsMultipleOf(P("0.1")));
        Assert.False(P("1").IsMultipleOf(P("0.3")));
        Assert.True(P("4.5").IsMultipleOf(P("1.5")));
        Assert.False(P("1").IsMultipleOf(P("0")));
    }

    [Fact]
    public void FromDouble_UsesShortestDecimal()
    {
        Assert.Equal(P("0.1"), JsonRational.FromDouble(0.1));
        Assert.Equal(P("1e21"), JsonRational.FromDouble(1e21));
        Assert.Null(JsonRational.FromDouble(double.NaN));
        Assert.Null(JsonRational.FromDouble(double.PositiveInfinity));
    }

    [Fact]
    public void Compare_LargeIntegers_AreExact()
    {
        Assert.True(JsonRational.FromInt64(9007199254740993) > P("9007199254740992"));
        Assert.True(JsonRational.FromUInt64(ulong.MaxValue) > JsonRational.FromInt64(long.MaxValue));
    }

    [Theory]
    [InlineData("0.33333333333333333333333333333333333333333333333", 1.0 / 3)]
    [InlineData("9007199254740993", 9007199254740992.0)]
    [InlineData("0.1", 0.1)]
    [InlineData("-2.5", -2.5)]
    [InlineData("1.5e300", 1.5e300)]
    public void ToDouble_RoundsToNearest(string text, double expected) => Assert.Equal(expected, P(text).ToDouble());
}
