using Bosun.Core.Values;
using static Bosun.Templating.Tests.Functions.Sprig.SprigCall;

namespace Bosun.Templating.Tests.Functions.Sprig;

public sealed class SprigListFunctionsTests
{
    private const string NilDereference = "runtime error: invalid memory address or nil pointer dereference";

    [Fact]
    public void List_IsInterfaceSlice()
    {
        var list = Assert.IsType<GoList>(Call("list", 1L, "a", null));
        Assert.Equal("[]interface {}", list.Type.Name);
        Assert.Equal([1L, "a", null], list.Items);
        Assert.Equal("[]interface {}", Assert.IsType<GoList>(Call("tuple")).Type.Name);
    }

    [Theory]
    [InlineData("append")]
    [InlineData("push")]
    [InlineData("mustAppend")]
    [InlineData("mustPush")]
    public void Append_CopiesAndAddsLast(string name)
    {
        var source = Strings("a");
        var result = Assert.IsType<GoList>(Call(name, source, "b"));
        Assert.Equal("[]interface {}", result.Type.Name);
        Assert.Equal(["a", "b"], result.Items);
        Assert.Equal(["a"], source.Items);
    }

    [Theory]
    [InlineData("push", 1.5, "Cannot push on type float64")]
    [InlineData("mustPush", 1L, "Cannot push on type int")]
    [InlineData("prepend", "x", "Cannot prepend on type string")]
    [InlineData("first", 1L, "Cannot find first on type int")]
    [InlineData("mustLast", true, "Cannot find last on type bool")]
    [InlineData("rest", 1L, "Cannot find rest on type int")]
    [InlineData("initial", 1L, "Cannot find initial on type int")]
    [InlineData("reverse", 1L, "Cannot find reverse on type int")]
    [InlineData("uniq", 1L, "Cannot find uniq on type int")]
    [InlineData("without", 1L, "Cannot find without on type int")]
    [InlineData("compact", 1L, "Cannot compact on type int")]
    [InlineData("slice", "abc", "list should be type of slice or array but string")]
    public void ListFunctions_NonList_FailWithSprigMessage(string name, object? value, string message)
    {
        object?[] args = name is "push" or "mustPush" or "prepend" ? [value, 1L] : [value];
        Assert.Equal(message, Fails(name, args));
    }

    [Fact]
    public void ListFunctions_Nil_PanicWithNilDereference()
    {
        Assert.Equal(NilDereference, Fails("first", (object?)null));
        Assert.Equal(NilDereference, Fails("concat", List(1L), null));
        Assert.Equal(false, Call("has", 1L, null));
    }

    [Fact]
    public void Prepend_AddsFirst() =>
        Assert.Equal([0L, 1L, 2L], Assert.IsType<GoList>(Call("prepend", List(1L, 2L), 0L)).Items);

    [Fact]
    public void FirstLast_EmptyList_Nil()
    {
        Assert.Null(Call("first", List()));
        Assert.Null(Call("last", List()));
        Assert.Equal("a", Call("first", Strings("a", "b")));
        Assert.Equal("b", Call("mustLast", Strings("a", "b")));
    }

    [Fact]
    public void RestInitial_EmptyList_NilSlice()
    {
        var rest = Assert.IsType<GoList>(Call("rest", List()));
        Assert.True(rest.IsNil);
        Assert.Equal("[]interface {}", rest.Type.Name);
        Assert.True(Assert.IsType<GoList>(Call("initial", List())).IsNil);
        Assert.Equal([2L, 3L], Assert.IsType<GoList>(Call("rest", List(1L, 2L, 3L))).Items);
        Assert.Equal([1L, 2L], Assert.IsType<GoList>(Call("initial", List(1L, 2L, 3L))).Items);
    }

    [Fact]
    public void Reverse_DoesNotAlterInput()
    {
        var source = List(1L, 2L, 3L);
        Assert.Equal([3L, 2L, 1L], Assert.IsType<GoList>(Call("reverse", source)).Items);
        Assert.Equal([1L, 2L, 3L], source.Items);
    }

    [Fact]
    public void Uniq_UsesDeepEqual_TypesMatter()
    {
        var result = Assert.IsType<GoList>(Call("uniq", List(1L, 1L, "1", 2L, 1.0, I64(1), I64(1))));
        Assert.Equal(5, result.Count);
        Assert.Equal(1L, result[0]);
        Assert.Equal("1", result[1]);
        Assert.Equal(2L, result[2]);
        Assert.Equal(1.0, result[3]);
        Assert.Equal(I64(1), result[4]);
        Assert.Equal(2, Assert.IsType<GoList>(Call("mustUniq", List(List(1L), List(1L), Dict("a", 1L)))).Count);
    }

    [Fact]
    public void Without_RemovesDeepEqualItems() =>
        Assert.Equal([1L, 3L], Assert.IsType<GoList>(Call("without", List(1L, 2L, 3L, "2"), 2L, "2")).Items);

    [Fact]
    public void Has_TypeSensitive()
    {
        Assert.Equal(true, Call("has", 2L, List(1L, 2L, 3L)));
        Assert.Equal(false, Call("has", 2L, List(1.0, 2.0)));
        Assert.Equal(true, Call("mustHas", "a", Strings("a")));
        Assert.Equal("Cannot find has on type map", Fails("has", 1L, Dict()));
    }

    [Fact]
    public void Compact_DropsEmptyValues() =>
        Assert.Equal([1L, "x"], Assert.IsType<GoList>(Call("compact", List(1L, 0L, "", null, "x", false, List(), Dict()))).Items);

    [Fact]
    public void Slice_KeepsSliceType()
    {
        var result = Assert.IsType<GoList>(Call("slice", Strings("a", "b", "c"), 1L));
        Assert.Equal("[]string", result.Type.Name);
        Assert.Equal(["b", "c"], result.Items);
        Assert.Equal([1L, 2L], Assert.IsType<GoList>(Call("slice", List(1L, 2L, 3L), 0L, 2L)).Items);
        Assert.Equal([2L], Assert.IsType<GoList>(Call("mustSlice", List(1L, 2L, 3L), "1", 2.9)).Items);
        Assert.Null(Call("slice", List()));
    }

    [Theory]
    [InlineData(2L, 1L)]
    [InlineData(1L, 5L)]
    [InlineData(-1L, 2L)]
    public void Slice_BadIndices_ReflectPanic(long start, long end) =>
        Assert.Equal("reflect.Value.Slice: slice index out of bounds", Fails("slice", List(1L, 2L, 3L), start, end));

    [Fact]
    public void Concat_FlattensOneLevel()
    {
        var result = Assert.IsType<GoList>(Call("concat", List(1L), Strings("a"), List(List(2L))));
        Assert.Equal("[]interface {}", result.Type.Name);
        Assert.Equal(3, result.Count);
        Assert.True(Assert.IsType<GoList>(Call("concat")).IsNil);
        Assert.Equal("Cannot concat type int as list", Fails("concat", List(1L), 2L));
    }

    [Fact]
    public void Chunk_SplitsIntoSlicesOfSlices()
    {
        var result = Assert.IsType<GoList>(Call("chunk", 2L, List(1L, 2L, 3L)));
        Assert.Equal("[][]interface {}", result.Type.Name);
        Assert.Equal(2, result.Count);
        Assert.Equal([1L, 2L], Assert.IsType<GoList>(result[0]).Items);
        Assert.Equal([3L], Assert.IsType<GoList>(result[1]).Items);
        Assert.Empty(Assert.IsType<GoList>(Call("chunk", 2L, List())));
        Assert.Empty(Assert.IsType<GoList>(Call("mustChunk", -2L, List(1L, 2L, 3L))));
        Assert.Equal([1L], Assert.IsType<GoList>(Assert.IsType<GoList>(Call("chunk", -5L, List(1L)))[0]).Items);
    }

    [Theory]
    [InlineData(0L, 2)]
    [InlineData(-1L, 3)]
    [InlineData(-1L, 1)]
    [InlineData(0L, 0)]
    public void Chunk_BadSizes_PanicInMakeslice(long size, int count) =>
        Assert.Equal(
            "runtime error: makeslice: len out of range",
            Fails("chunk", size, new GoList(GoType.SliceOfInterface, [.. Enumerable.Repeat<object?>(1L, count)])));

    [Fact]
    public void Bytes_AreAListOfUint8()
    {
        byte[] bytes = [104, 105];
        Assert.Equal(new GoInt(GoType.Uint8, 104), Call("first", bytes));
        Assert.Equal(new byte[] { 105 }, Call("slice", bytes, 1L));
    }
}
