using Bosun.Core.Values;
using Bosun.Templating.Functions;
using Bosun.Templating.Functions.Sprig;
using static Bosun.Templating.Tests.Functions.Sprig.SprigCall;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigDefaultFunctionsTests
{
    public static TheoryData<object?, bool> EmptyCases() => new()
    {
        { null, true },
        { 0L, true },
        { 0.0, true },
        { I64(0), true },
        { "", true },
        { false, true },
        { List(), true },
        { Dict(), true },
        { Array.Empty<byte>(), true },
        { new GoMap(GoType.CommonValues), true },
        { 1L, false },
        { -0.5, false },
        { double.NaN, false },
        { "0", false },
        { true, false },
        { List(null), false },
        { Dict("a", null), false },
    };

    [Theory]
    [MemberData(nameof(EmptyCases))]
    public void Empty_GoZeroValues(object? value, bool expected) => Assert.Equal(expected, Call("empty", value));

    [Fact]
    public void Default_EmptyGivenUsesDefault()
    {
        Assert.Equal("d", Call("default", "d", 0L));
        Assert.Equal("d", Call("default", "d"));
        Assert.Equal("d", Call("default", "d", null));
        Assert.Equal("d", Call("default", "d", List()));
        Assert.Equal(1L, Call("default", "d", 1L, 2L));
        Assert.Equal("x", Call("default", false, "x"));
    }

    [Fact]
    public void Coalesce_FirstNonEmpty()
    {
        Assert.Equal("x", Call("coalesce", 0L, "", "x", "y"));
        Assert.Null(Call("coalesce"));
        Assert.Null(Call("coalesce", 0L, null));
    }

    [Fact]
    public void AllAny_EmptinessOfEveryArgument()
    {
        Assert.Equal(false, Call("all", 1L, ""));
        Assert.Equal(true, Call("all"));
        Assert.Equal(false, Call("any"));
        Assert.Equal(true, Call("any", 0L, 1L));
    }

    [Fact]
    public void Ternary_PicksByBool()
    {
        Assert.Equal("a", Call("ternary", "a", "b", true));
        Assert.Equal("b", Call("ternary", "a", "b", false));
        Assert.Equal(["interface {}", "interface {}", "bool"], Signature("ternary").Parameters.Select(p => p.Name));
    }

    [Fact]
    public void MustCompact_ReturnsInterfaceSlice() =>
        Assert.Equal([1L], Assert.IsType<GoList>(Call("mustCompact", List(null, 1L, ""))).Items);

    [Fact]
    public void Fail_SprigVersion_RaisesMessage()
    {
        var table = new FunctionTable.Builder();
        SprigDefaultFunctions.Register(table);
        Assert.True(table.Build().TryGet("fail", out var fail));
        Assert.Equal("boom", Assert.Throws<GoFailure>(() => fail!.Invoke(new SprigTestContext(), ["boom"])).Message);
    }
}
