using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class SetValueParserTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("False", false)]
    public void TypedValue_Booleans_AreBools(string text, bool expected) =>
        Assert.Equal(expected, SetValueParser.TypedValue(text));

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void TypedValue_Integers_AreInt64(string text, long expected)
    {
        var value = Assert.IsType<GoInt>(SetValueParser.TypedValue(text));
        Assert.Equal(GoType.Int64, value.Type);
        Assert.Equal(expected, value.Bits);
    }

    [Theory]
    [InlineData("007")]
    [InlineData("1.5")]
    [InlineData("9223372036854775808")]
    [InlineData("1e3")]
    [InlineData(" 1")]
    [InlineData("")]
    [InlineData("nginx")]
    public void TypedValue_OtherText_StaysString(string text) =>
        Assert.Equal(text, SetValueParser.TypedValue(text));

    [Theory]
    [InlineData("null")]
    [InlineData("NULL")]
    public void TypedValue_Null_IsNil(string text) => Assert.Null(SetValueParser.TypedValue(text));

    [Fact]
    public void ParseInto_DottedKeys_BuildNestedMaps()
    {
        var values = new GoMap();
        SetValueParser.ParseInto("image.tag=1.2.3,image.pullPolicy=Always,replicas=3", values);

        var image = Assert.IsType<GoMap>(values["image"]);
        Assert.Equal("1.2.3", image["tag"]);
        Assert.Equal("Always", image["pullPolicy"]);
        Assert.Equal(GoInt.Int64(3), values["replicas"]);
    }

    [Fact]
    public void ParseInto_ExistingMap_IsMergedNotReplaced()
    {
        var values = new GoMap();
        SetValueParser.ParseInto("a.x=1", values);
        SetValueParser.ParseInto("a.y=2", values);

        var a = Assert.IsType<GoMap>(values["a"]);
        Assert.Equal(2, a.Count);
    }

    [Fact]
    public void ParseInto_EscapedDotAndComma_AreLiteral()
    {
        var values = new GoMap();
        SetValueParser.ParseInto(@"annotations.kubernetes\.io/name=a\,b", values);

        var annotations = Assert.IsType<GoMap>(values["annotations"]);
        Assert.Equal("a,b", annotations["kubernetes.io/name"]);
    }

    [Fact]
    public void ParseInto_ListSyntax_MakesTypedList()
    {
        var values = new GoMap();
        SetValueParser.ParseInto("ports={80,443,http}", values);

        var list = Assert.IsType<GoList>(values["ports"]);
        Assert.Equal([GoInt.Int64(80), GoInt.Int64(443), "http"], list.Items);
    }

    [Fact]
    public void ParseInto_Index_GrowsListWithNils()
    {
        var values = new GoMap();
        SetValueParser.ParseInto("hosts[2]=c", values);

        var list = Assert.IsType<GoList>(values["hosts"]);
        Assert.Equal([null, null, "c"], list.Items);
    }

    [Fact]
    public void ParseInto_IndexThenKey_MakesListOfMaps()
    {
        var values = new GoMap();
        SetValueParser.ParseInto("hosts[0].name=a,hosts[0].port=8080", values);

        var list = Assert.IsType<GoList>(values["hosts"]);
        var first = Assert.IsType<GoMap>(Assert.Single(list.Items));
        Assert.Equal("a", first["name"]);
        Assert.Equal(GoInt.Int64(8080), first["port"]);
    }

    [Fact]
    public void ParseInto_NullValue_StoresNil()
    {
        var values = new GoMap();
        SetValueParser.ParseInto("a=null", values);

        Assert.True(values.ContainsKey("a"));
        Assert.Null(values["a"]);
    }

    [Fact]
    public void ParseInto_EmptyValue_IsEmptyString()
    {
        var values = new GoMap();
        SetValueParser.ParseInto("a=", values);

        Assert.Equal(string.Empty, values["a"]);
    }

    [Theory]
    [InlineData("a", "key \"a\" has no value")]
    [InlineData("a,b=1", "key \"a\" has no value (cannot end with ,)")]
    [InlineData("a={1,2", "list must terminate with '}'")]
    [InlineData("a[x]=1", "error parsing index: strconv.Atoi: parsing \"x\": invalid syntax")]
    [InlineData("a[-1]=1", "negative -1 index not allowed")]
    [InlineData("a[70000]=1", "index of 70000 is greater than maximum supported index of 65536")]
    [InlineData("a[0]x=1", "unexpected data at end of array index: ['x']")]
    public void ParseInto_Malformed_FailsWithHelmMessage(string expression, string message)
    {
        var ex = Assert.Throws<SetValueException>(() => SetValueParser.ParseInto(expression, new GoMap()));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void ParseInto_KeyOverScalar_FailsLikeHelmsRecoveredPanic()
    {
        var values = new GoMap();
        SetValueParser.ParseInto("a=1", values);

        var ex = Assert.Throws<SetValueException>(() => SetValueParser.ParseInto("a.b=2", values));
        Assert.Equal("unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}", ex.Message);
    }

    [Fact]
    public void ParseInto_TooDeep_Fails()
    {
        string key = string.Join('.', Enumerable.Range(0, 32).Select(i => "k" + i));
        var ex = Assert.Throws<SetValueException>(() => SetValueParser.ParseInto(key + "=1", new GoMap()));
        Assert.Equal("value name nested level is greater than maximum supported nested level of 30", ex.Message);
    }
}
