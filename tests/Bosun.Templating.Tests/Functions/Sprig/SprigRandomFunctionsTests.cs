using System.Text.RegularExpressions;
using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigRandomFunctionsTests
{
    private readonly SprigFunctionInvoker _sprig = new();

    [Theory]
    [InlineData("randAlphaNum", "^[0-9A-Za-z]{200}$")]
    [InlineData("randAlpha", "^[A-Za-z]{200}$")]
    [InlineData("randNumeric", "^[0-9]{200}$")]
    [InlineData("randAscii", "^[ -~]{200}$")]
    public void RandString_Count_UsesSprigCharacterSet(string function, string pattern)
    {
        var value = Assert.IsType<string>(_sprig.Call(function, 200L));
        Assert.Matches(new Regex(pattern, RegexOptions.CultureInvariant), value);
    }

    [Fact]
    public void RandAlphaNum_ManyDraws_CoversWholeAlphabet()
    {
        var value = (string)_sprig.Call("randAlphaNum", 5000L)!;
        Assert.Equal(62, value.Distinct().Count());
    }

    [Fact]
    public void RandAscii_ManyDraws_IncludesSpaceAndTilde()
    {
        var value = (string)_sprig.Call("randAscii", 5000L)!;
        Assert.Contains(' ', value);
        Assert.Contains('~', value);
        Assert.Equal(95, value.Distinct().Count());
    }

    [Theory]
    [InlineData("randAlphaNum")]
    [InlineData("randNumeric")]
    public void RandString_ZeroOrNegativeCount_IsEmpty(string function)
    {
        Assert.Equal(string.Empty, _sprig.Call(function, 0L));
        Assert.Equal(string.Empty, _sprig.Call(function, -3L));
    }

    [Fact]
    public void RandString_SameSeed_SameOutput() =>
        Assert.Equal(new SprigFunctionInvoker(7).Call("randAlphaNum", 16L), new SprigFunctionInvoker(7).Call("randAlphaNum", 16L));

    [Fact]
    public void RandInt_Range_StaysWithinHalfOpenInterval()
    {
        var seen = new HashSet<long>();
        for (int i = 0; i < 500; i++)
        {
            var value = Assert.IsType<long>(_sprig.Call("randInt", -2L, 3L));
            Assert.InRange(value, -2L, 2L);
            seen.Add(value);
        }

        Assert.Equal(5, seen.Count);
    }

    [Theory]
    [InlineData(5L, 5L)]
    [InlineData(6L, 5L)]
    public void RandInt_EmptyRange_PanicsLikeIntn(long min, long max) =>
        Assert.Equal("invalid argument to Intn", _sprig.Fails("randInt", min, max));

    [Fact]
    public void Uuidv4_Format_IsVersion4Rfc4122()
    {
        var value = (string)_sprig.Call("uuidv4")!;
        Assert.Matches(new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", RegexOptions.CultureInvariant), value);
        Assert.NotEqual(value, _sprig.Call("uuidv4"));
    }

    [Fact]
    public void RandBytes_Count_IsBase64OfThatManyBytes()
    {
        var value = (string)_sprig.Call("randBytes", 10L)!;
        Assert.Equal(10, Convert.FromBase64String(value).Length);
        Assert.Equal(string.Empty, _sprig.Call("randBytes", 0L));
    }

    [Fact]
    public void RandBytes_NegativeCount_PanicsLikeMakeslice() =>
        Assert.Equal("runtime error: makeslice: len out of range", _sprig.Fails("randBytes", -1L));

    [Fact]
    public void RandInt_ReturnsGoInt() => Assert.Equal(GoKind.Int, GoValue.KindOf(_sprig.Call("randInt", 0L, 10L)));
}
