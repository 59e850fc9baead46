using Bosun.Core.Values;
using static Bosun.Templating.Tests.Functions.Sprig.SprigCall;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigReflectionFunctionsTests
{
    [Fact]
    public void TypeOf_GoTypeNames()
    {
        Assert.Equal("int", Call("typeOf", 1L));
        Assert.Equal("int64", Call("typeOf", I64(1)));
        Assert.Equal("float64", Call("typeOf", 1.5));
        Assert.Equal("<nil>", Call("typeOf", (object?)null));
        Assert.Equal("[]interface {}", Call("typeOf", List()));
        Assert.Equal("map[string]interface {}", Call("typeOf", Dict()));
        Assert.Equal("common.Values", Call("typeOf", new GoMap(GoType.CommonValues)));
        Assert.Equal("[]uint8", Call("typeOf", new byte[] { 1 }));
    }

    [Fact]
    public void KindOf_ReflectKinds()
    {
        Assert.Equal("invalid", Call("kindOf", (object?)null));
        Assert.Equal("map", Call("kindOf", new GoMap(GoType.CommonValues)));
        Assert.Equal("slice", Call("kindOf", Strings()));
        Assert.Equal("int64", Call("kindOf", I64(1)));
        Assert.Equal("string", Call("kindOf", "x"));
        Assert.Equal("bool", Call("kindOf", true));
    }

    [Fact]
    public void TypeIsAndKindIs_CompareNames()
    {
        Assert.Equal(true, Call("typeIs", "int", 1L));
        Assert.Equal(false, Call("typeIs", "int", I64(1)));
        Assert.Equal(true, Call("typeIsLike", "common.Values", new GoMap(GoType.CommonValues)));
        Assert.Equal(true, Call("kindIs", "invalid", null));
        Assert.Equal(true, Call("kindIs", "float64", 1.0));
        Assert.Equal(false, Call("kindIs", "int", 1.0));
    }

    [Fact]
    public void DeepEqual_TypesAndNilness()
    {
        Assert.Equal(true, Call("deepEqual", 1L, 1L));
        Assert.Equal(false, Call("deepEqual", 1L, I64(1)));
        Assert.Equal(false, Call("deepEqual", 1L, 1.0));
        Assert.Equal(true, Call("deepEqual", List(1L, Dict("a", 1.0)), List(1L, Dict("a", 1.0))));
        Assert.Equal(false, Call("deepEqual", new GoList { IsNil = true }, List()));
        Assert.Equal(false, Call("deepEqual", Strings("a"), List("a")));
        Assert.Equal(false, Call("deepEqual", new GoMap(GoType.CommonValues), Dict()));
        Assert.Equal(true, Call("deepEqual", null, null));
        Assert.Equal(false, Call("deepEqual", double.NaN, double.NaN));
    }

    [Fact]
    public void DeepEqual_CyclicMaps_Terminates()
    {
        var a = Dict();
        a.Entries["self"] = a;
        var b = Dict();
        b.Entries["self"] = b;
        Assert.Equal(true, Call("deepEqual", a, b));
    }

    [Fact]
    public void HostObjects_TypeKindAndDeepEqual()
    {
        Assert.Equal("*fake.Object", Call("typeOf", new SprigFakeObject("a")));
        Assert.Equal("ptr", Call("kindOf", new SprigFakeObject("a")));
        Assert.Equal(true, Call("typeIsLike", "fake.Object", new SprigFakeObject("a")));
        Assert.Equal(true, Call("deepEqual", new SprigFakeObject("a"), new SprigFakeObject("a")));
        Assert.Equal(false, Call("deepEqual", new SprigFakeObject("a"), new SprigFakeObject("b")));
        Assert.Equal(false, Call("empty", new SprigFakeObject("")));
    }
}
