using Bosun.Core.Values;
using static Bosun.Templating.Tests.Functions.Sprig.SprigCall;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigDictFunctionsTests
{
    [Fact]
    public void Dict_OddArguments_LastKeyGetsEmptyString()
    {
        var dict = Assert.IsType<GoMap>(Call("dict", "a", 1L, "b"));
        Assert.Equal("map[string]interface {}", dict.Type.Name);
        Assert.Equal(1L, dict["a"]);
        Assert.Equal("", dict["b"]);
    }

    [Fact]
    public void Dict_NonStringKey_UsesStrval()
    {
        var dict = Assert.IsType<GoMap>(Call("dict", 1L, "x", true, null));
        Assert.Equal("x", dict["1"]);
        Assert.True(dict.ContainsKey("true"));
    }

    [Fact]
    public void Get_MissingKey_EmptyString()
    {
        Assert.Equal(1L, Call("get", Dict("a", 1L), "a"));
        Assert.Equal("", Call("get", Dict("a", 1L), "b"));
        Assert.Equal("", Call("get", null, "b"));
    }

    [Fact]
    public void Set_MutatesAndReturnsSameEntries()
    {
        var dict = Dict("a", 1L);
        var result = Assert.IsType<GoMap>(Call("set", dict, "b", 2L));
        Assert.Same(dict, result);
        Assert.Equal(2L, dict["b"]);
        Assert.Equal("assignment to entry in nil map", Fails("set", null, "a", 1L));
    }

    [Fact]
    public void Set_NamedValuesMap_ReturnsPlainMapOverSameEntries()
    {
        var values = new GoMap(GoType.CommonValues);
        var result = Assert.IsType<GoMap>(Call("set", values, "a", 1L));
        Assert.Equal("map[string]interface {}", result.Type.Name);
        Assert.Equal(1L, values["a"]);
    }

    [Fact]
    public void Unset_RemovesKey()
    {
        var dict = Dict("a", 1L, "b", 2L);
        Assert.Same(dict, Call("unset", dict, "a"));
        Assert.Equal(["b"], dict.Keys);
    }

    [Fact]
    public void HasKey_ChecksPresenceNotValue()
    {
        Assert.Equal(true, Call("hasKey", Dict("a", null), "a"));
        Assert.Equal(false, Call("hasKey", Dict("a", null), "b"));
        Assert.Equal(false, Call("hasKey", null, "b"));
    }

    [Fact]
    public void Pluck_CollectsFromEveryDict() =>
        Assert.Equal([1L, 3L], Assert.IsType<GoList>(Call("pluck", "a", Dict("a", 1L), Dict("b", 2L), Dict("a", 3L))).Items);

    [Fact]
    public void Keys_StringSliceOfAllDicts()
    {
        var keys = Assert.IsType<GoList>(Call("keys", Dict("b", 1L, "a", 2L), Dict("c", 3L)));
        Assert.Equal("[]string", keys.Type.Name);
        Assert.Equal(["a", "b", "c"], keys.Items);
        Assert.Empty(Assert.IsType<GoList>(Call("keys", null)));
    }

    [Fact]
    public void PickOmit_NewMaps()
    {
        var dict = Dict("a", 1L, "b", 2L, "c", 3L);
        var picked = Assert.IsType<GoMap>(Call("pick", dict, "a", "c", "z"));
        Assert.Equal(["a", "c"], picked.SortedKeys());
        var omitted = Assert.IsType<GoMap>(Call("omit", dict, "a"));
        Assert.Equal(["b", "c"], omitted.SortedKeys());
        Assert.Equal(3, dict.Count);
    }

    [Fact]
    public void Values_InterfaceSlice() =>
        Assert.Equal([1L, 2L], Assert.IsType<GoList>(Call("values", Dict("b", 2L, "a", 1L))).Items);

    [Fact]
    public void Merge_DestinationWins_Deep()
    {
        var dst = Dict("a", 1L, "n", Dict("x", 1L));
        var src = Dict("a", 2L, "b", 3L, "n", Dict("x", 2L, "y", 2L));
        var result = Assert.IsType<GoMap>(Call("merge", dst, src));
        Assert.Same(dst, result);
        Assert.Equal(1L, dst["a"]);
        Assert.Equal(3L, dst["b"]);
        var nested = Assert.IsType<GoMap>(dst["n"]);
        Assert.Equal(1L, nested["x"]);
        Assert.Equal(2L, nested["y"]);
    }

    [Fact]
    public void MergeOverwrite_SourceWins_IncludingEmptyAndNil()
    {
        var dst = Dict("a", 1L, "t", true, "n", Dict("x", 1L, "z", 0L));
        var src = Dict("a", null, "t", false, "n", Dict("x", 2L));
        Call("mergeOverwrite", dst, src);
        Assert.Null(dst["a"]);
        Assert.Equal(false, dst["t"]);
        var nested = Assert.IsType<GoMap>(dst["n"]);
        Assert.Equal(2L, nested["x"]);
        Assert.Equal(0L, nested["z"]);
    }

    [Fact]
    public void Merge_NilSourceValue_NotAdded() =>
        Assert.False(Assert.IsType<GoMap>(Call("merge", Dict(), Dict("a", null))).ContainsKey("a"));

    [Fact]
    public void Merge_EmptyDestinationValue_Replaced()
    {
        var dst = Dict("a", "", "l", List());
        Call("merge", dst, Dict("a", "x", "l", List(1L)));
        Assert.Equal("x", dst["a"]);
        Assert.Equal([1L], Assert.IsType<GoList>(dst["l"]).Items);
    }

    [Fact]
    public void Merge_SlicesAreReplacedNotAppended()
    {
        var dst = Dict("l", List(1L));
        Call("merge", dst, Dict("l", List(2L)));
        Assert.Equal([1L], Assert.IsType<GoList>(dst["l"]).Items);
        Call("mergeOverwrite", dst, Dict("l", List(2L)));
        Assert.Equal([2L], Assert.IsType<GoList>(dst["l"]).Items);
    }

    [Fact]
    public void Merge_SharesSourceMapsByReference()
    {
        var inner = Dict("x", 1L);
        var dst = Assert.IsType<GoMap>(Call("merge", Dict(), Dict("n", inner)));
        Assert.Same(inner, dst["n"]);
    }

    [Fact]
    public void Merge_NilDestination_NewMap()
    {
        var result = Assert.IsType<GoMap>(Call("merge", null, Dict("a", 1L)));
        Assert.Equal(1L, result["a"]);
    }

    [Fact]
    public void Merge_IntoStringMap_ReflectPanics()
    {
        var split = new GoMap(GoType.MapOfString);
        split.Entries["_0"] = "a";
        Assert.Equal(
            "reflect.Value.SetMapIndex: value of type interface {} is not assignable to type string",
            Fails("mergeOverwrite", Dict("x", split), Dict("x", Dict("_0", 1L))));
        Assert.Equal(
            "reflect.Value.SetMapIndex: value of type interface {} is not assignable to type string",
            Fails("merge", Dict("x", split), Dict("x", Dict("_9", "z"))));
    }

    [Fact]
    public void DeepCopy_CopiesMapsAndSlices_KeepsTypes()
    {
        var values = new GoMap(GoType.CommonValues);
        values.Entries["l"] = List(1L, Dict("a", 1L));
        values.Entries["nil"] = new GoList { IsNil = true };
        var copy = Assert.IsType<GoMap>(Call("deepCopy", values));
        Assert.Equal("common.Values", copy.Type.Name);
        Assert.NotSame(values.Entries["l"], copy["l"]);
        var list = Assert.IsType<GoList>(copy["l"]);
        Assert.NotSame(((GoList)values.Entries["l"]!)[1], list[1]);
        Assert.True(Assert.IsType<GoList>(copy["nil"]).IsNil);
    }

    [Fact]
    public void DeepCopy_Nil_ReflectPanic()
    {
        Assert.Equal("reflect: call of reflect.Value.Type on zero Value", Fails("deepCopy", (object?)null));
        Assert.Equal("reflect: call of reflect.Value.Type on zero Value", Fails("mustDeepCopy", (object?)null));
    }

    [Fact]
    public void Dig_WalksNestedMaps()
    {
        var dict = Dict("a", Dict("b", 2L));
        Assert.Equal(2L, Call("dig", "a", "b", "d", dict));
        Assert.Equal("d", Call("dig", "a", "x", "d", dict));
        Assert.Equal("d", Call("dig", "z", "b", "d", dict));
    }

    [Fact]
    public void Dig_NamedValuesMap_InterfaceConversionPanic()
    {
        var values = new GoMap(GoType.CommonValues);
        Assert.Equal(
            "interface conversion: interface {} is common.Values, not map[string]interface {}",
            Fails("dig", "a", "b", "d", values));
    }

    [Fact]
    public void Dig_BadArguments_GoMessages()
    {
        Assert.Equal("dig needs at least three arguments", Fails("dig", "a", "d"));
        Assert.Equal("interface conversion: interface {} is int, not string", Fails("dig", "a", 1L, "d", Dict("a", 1L)));
        Assert.Equal(
            "interface conversion: interface {} is int, not map[string]interface {}",
            Fails("dig", "a", "b", "d", Dict("a", 1L)));
        Assert.Equal(
            "interface conversion: interface {} is nil, not map[string]interface {}",
            Fails("dig", "a", "b", "d", Dict("a", null)));
    }

    [Fact]
    public void DeepCopyAndMerge_CyclicMaps_FailInsteadOfOverflowingTheStack()
    {
        var cyclic = Dict();
        cyclic.Entries["self"] = cyclic;
        Assert.Equal("runtime: goroutine stack exceeds 1000000000-byte limit", Fails("deepCopy", cyclic));
        var other = Dict();
        other.Entries["self"] = other;
        Assert.Equal("runtime: goroutine stack exceeds 1000000000-byte limit", Fails("merge", cyclic, other));
    }

    [Fact]
    public void Merge_PointerIntoMap_MergoTypeError()
    {
        Assert.Equal("src and dst must be of same type", Fails("mustMerge", Dict("a", new SprigFakeObject("x")), Dict("a", Dict("x", 1L))));
        Assert.Equal("", Call("merge", Dict("a", new SprigFakeObject("x")), Dict("a", Dict("x", 1L))));
        var dst = Dict("a", new SprigFakeObject("x"));
        Call("mustMergeOverwrite", dst, Dict("a", Dict("x", 1L)));
        Assert.IsType<GoMap>(dst["a"]);
    }
}
