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

    [Fact]
    public void ParseInto_UnterminatedIndex_EndsSilentlyInHelm4ButFailsInHelm3()
    {
        var values = new GoMap();
        SetValueParser.ParseInto("a[0", values, helmMajor: 4);

        var ex = Assert.Throws<SetValueException>(() => SetValueParser.ParseInto("a[0", new GoMap(), helmMajor: 3));
        Assert.Empty(values);
        Assert.Equal("error parsing index: EOF", ex.Message);
    }

    [Fact]
    public void ParseInto_IndexWithoutValue_StoresEmptyList()
    {
        var values = new GoMap();
        SetValueParser.ParseInto("a[0]", values);

        var list = Assert.IsType<GoList>(values["a"]);
        Assert.Empty(list.Items);
        Assert.Equal(GoType.SliceOfInterface, list.Type);
    }

    [Fact]
    public void ParseInto_TrailingBackslash_KeyHasNoValue()
    {
        var ex = Assert.Throws<SetValueException>(() => SetValueParser.ParseInto("ab\\", new GoMap()));

        Assert.Equal("key \"ab\" has no value", ex.Message);
    }

    [Fact]
    public void TypedValue_LongSAndKelvinFoldLikeGo()
    {
        Assert.Equal(false, SetValueParser.TypedValue("fal\u017Fe"));
        Assert.Equal("tru\u00E9", SetValueParser.TypedValue("tru\u00E9"));
    }

    [Fact]
    public void ParseIntoString_KeepsEveryValueAString()
    {
        var values = new GoMap();
        SetValueParser.ParseIntoString("a=1,b=true,c=null,l={1,x}", values);

        Assert.Equal("1", values["a"]);
        Assert.Equal("true", values["b"]);
        Assert.Equal("null", values["c"]);
        Assert.Equal(["1", "x"], Assert.IsType<GoList>(values["l"]).Items);
    }

    [Fact]
    public void ParseJson_ValuesAreJsonTyped()
    {
        var values = new GoMap();
        SetValueParser.ParseJson("a=1,b=\"s\",c={\"k\":[true,null]},d=,e = 2", values);

        Assert.Equal(1.0, values["a"]);
        Assert.Equal("s", values["b"]);
        var c = Assert.IsType<GoMap>(values["c"]);
        Assert.Equal([true, null], Assert.IsType<GoList>(c["k"]).Items);
        Assert.True(values.ContainsKey("d"));
        Assert.Null(values["d"]);
        Assert.Equal(2.0, values["e "]);
    }

    [Theory]
    [InlineData("a={")]
    [InlineData("a=tru")]
    [InlineData("a=1x")]
    [InlineData("a=\"unterminated")]
    [InlineData("a=[1,]")]
    public void ParseJson_InvalidJson_Fails(string expression) =>
        Assert.Throws<SetValueException>(() => SetValueParser.ParseJson(expression, new GoMap()));

    [Fact]
    public void ParseIntoFile_EachValueIsReadThroughTheReader()
    {
        var values = new GoMap();
        var read = new List<string>();
        SetValueParser.ParseIntoFile("a=x.txt,l={y.txt,z.txt}", values, path =>
        {
            read.Add(path);
            return "<" + path + ">";
        });

        Assert.Equal(["x.txt", "y.txt", "z.txt"], read);
        Assert.Equal("<x.txt>", values["a"]);
        Assert.Equal(["<y.txt>", "<z.txt>"], Assert.IsType<GoList>(values["l"]).Items);
    }

    [Fact]
    public void ParseIntoFile_ReaderError_IsTheMessage()
    {
        var ex = Assert.Throws<SetValueException>(() => SetValueParser.ParseIntoFile(
            "a=x.txt", new GoMap(), path => throw new SetValueException("open " + path + ": no such file or directory")));

        Assert.Equal("open x.txt: no such file or directory", ex.Message);
    }

    [Fact]
    public void ParseLiteral_ValueIsVerbatim()
    {
        var values = new GoMap();
        SetLiteralParser.ParseInto(@"a.b=x,y=z\,{1}", values);

        var a = Assert.IsType<GoMap>(values["a"]);
        Assert.Equal(@"x,y=z\,{1}", a["b"]);
    }

    [Fact]
    public void ParseLiteral_IndexThenValue_SetsListItem()
    {
        var values = new GoMap();
        SetLiteralParser.ParseInto("l[1]==1", values);

        Assert.Equal([null, "=1"], Assert.IsType<GoList>(values["l"]).Items);
    }

    [Theory]
    [InlineData("a", "key \"a\" has no value")]
    [InlineData("a.=1", "key map \"a\" has no value")]
    [InlineData("a[0]x=1", "unexpected data at end of array index: ['x']")]
    [InlineData("a[q]=1", "error parsing index: strconv.Atoi: parsing \"q\": invalid syntax")]
    public void ParseLiteral_Malformed_FailsWithHelmMessage(string expression, string message)
    {
        var ex = Assert.Throws<SetValueException>(() => SetLiteralParser.ParseInto(expression, new GoMap()));
        Assert.Equal(message, ex.Message);
    }
}
