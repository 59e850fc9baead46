using Bosun.Core.Values;

namespace Bosun.Core.Tests.Values;

/// <summary>encoding/json Marshal/Unmarshal over the value model; messages as Go (and helm's fromJson) print them.</summary>
public sealed class GoJsonTests
{
    [Theory]
    [InlineData("", "unexpected end of JSON input")]
    [InlineData(" ", "unexpected end of JSON input")]
    [InlineData("x", "invalid character 'x' looking for beginning of value")]
    [InlineData("}", "invalid character '}' looking for beginning of value")]
    [InlineData("[1,", "unexpected end of JSON input")]
    [InlineData("[1 2]", "invalid character '2' after array element")]
    [InlineData("{\"a\" 1}", "invalid character '1' after object key")]
    [InlineData("{\"a\":1,}", "invalid character '}' looking for beginning of object key string")]
    [InlineData("{a:1}", "invalid character 'a' looking for beginning of object key string")]
    [InlineData("{\"a\":1 \"b\":2}", "invalid character '\"' after object key:value pair")]
    [InlineData("[1,]", "invalid character ']' looking for beginning of value")]
    [InlineData("\"abc", "unexpected end of JSON input")]
    [InlineData("\"a\\qb\"", "invalid character 'q' in string escape code")]
    [InlineData("\"\\u12g4\"", "invalid character 'g' in \\u hexadecimal character escape")]
    [InlineData("\"a\tb\"", "invalid character '\\t' in string literal")]
    [InlineData("tru", "invalid character ' ' in literal true (expecting 'e')")]
    [InlineData("trux", "invalid character 'x' in literal true (expecting 'e')")]
    [InlineData("nulx", "invalid character 'x' in literal null (expecting 'l')")]
    [InlineData("falsy", "invalid character 'y' in literal false (expecting 'e')")]
    [InlineData("-", "invalid character ' ' in numeric literal")]
    [InlineData("-a", "invalid character 'a' in numeric literal")]
    [InlineData("01", "invalid character '1' after top-level value")]
    [InlineData("1.", "invalid character ' ' after decimal point in numeric literal")]
    [InlineData("1.e5", "invalid character 'e' after decimal point in numeric literal")]
    [InlineData("1ex", "invalid character 'x' in exponent of numeric literal")]
    [InlineData(".5", "invalid character '.' looking for beginning of value")]
    [InlineData("+1", "invalid character '+' looking for beginning of value")]
    [InlineData("{}x", "invalid character 'x' after top-level value")]
    [InlineData("\u00e9", "invalid character '\u00c3' looking for beginning of value")]
    [InlineData("'a'", "invalid character '\\'' looking for beginning of value")]
    [InlineData("\u0001", "invalid character '\\x01' looking for beginning of value")]
    [InlineData("\u0080", "invalid character '\u00c2' looking for beginning of value")]
    public void Deserialize_MalformedJson_GoSyntaxError(string json, string message)
    {
        Assert.Equal(message, Assert.Throws<GoFailure>(() => GoJson.Deserialize(json)).Message);
    }

    [Fact]
    public void Deserialize_TooDeep_ExceededMaxDepth()
    {
        string json = new string('[', 10001) + new string(']', 10001);
        Assert.Equal("invalid character '[' exceeded max depth", Assert.Throws<GoFailure>(() => GoJson.Deserialize(json)).Message);
    }

    [Fact]
    public void Deserialize_Object_GoMapOfFloat64()
    {
        var map = Assert.IsType<GoMap>(GoJson.Deserialize("{\"a\":[1,2,{\"b\":null}],\"c\":true,\"d\":\"x\"}"));
        Assert.Equal(GoType.MapOfInterface, map.Type);
        var list = Assert.IsType<GoList>(map["a"]);
        Assert.Equal(GoType.SliceOfInterface, list.Type);
        Assert.Equal(1.0, list[0]);
        Assert.Null(Assert.IsType<GoMap>(list[2])["b"]);
        Assert.Equal(true, map["c"]);
    }

    [Fact]
    public void Deserialize_Surrogates_PairsJoinedLoneOnesReplaced()
    {
        var map = Assert.IsType<GoMap>(GoJson.Deserialize("{\"c\":\"\\ud83d\\ude00\",\"d\":\"\\ud83d\",\"e\":\"\\ude00\\u0041\"}"));
        Assert.Equal("\U0001F600", map["c"]);
        Assert.Equal("\uFFFD", map["d"]);
        Assert.Equal("\uFFFDA", map["e"]);
    }

    [Fact]
    public void Deserialize_NumberOutOfRange_GoTypeError()
    {
        Assert.Equal(
            "json: cannot unmarshal number 1e400 into Go value of type float64",
            Assert.Throws<GoFailure>(() => GoJson.Deserialize("[1e400]")).Message);
        Assert.Equal(0.0, GoJson.Deserialize("1e-400"));
    }

    [Fact]
    public void DeserializeMap_NumberOutOfRange_PartialMapWithNilAndFirstError()
    {
        var map = GoJson.DeserializeMap("{\"a\":-1e400,\"b\":[1e999],\"c\":1}", out string? error);
        Assert.NotNull(map);
        Assert.Equal("json: cannot unmarshal number -1e400 into Go value of type float64", error);
        Assert.Null(map["a"]);
        Assert.Null(Assert.IsType<GoList>(map["b"])[0]);
        Assert.Equal(1.0, map["c"]);
    }

    [Theory]
    [InlineData("[1]", "json: cannot unmarshal array into Go value of type map[string]interface {}")]
    [InlineData("\"x\"", "json: cannot unmarshal string into Go value of type map[string]interface {}")]
    [InlineData("1", "json: cannot unmarshal number into Go value of type map[string]interface {}")]
    [InlineData("true", "json: cannot unmarshal bool into Go value of type map[string]interface {}")]
    [InlineData("{", "unexpected end of JSON input")]
    public void DeserializeMap_NotAnObject_EmptyMapAndGoError(string json, string message)
    {
        var map = GoJson.DeserializeMap(json, out string? error);
        Assert.Equal(message, error);
        Assert.NotNull(map);
        Assert.Empty(map);
    }

    [Fact]
    public void DeserializeMap_Null_NilMap()
    {
        Assert.Null(GoJson.DeserializeMap("null", out string? error));
        Assert.Null(error);
    }

    [Fact]
    public void DeserializeList_NullAndObject_NilListAndTypeError()
    {
        Assert.True(GoJson.DeserializeList("null", out _).IsNil);
        GoJson.DeserializeList("{}", out string? error);
        Assert.Equal("json: cannot unmarshal object into Go value of type []interface {}", error);
    }

    [Theory]
    [InlineData(1e6, "1000000")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-0.0, "-0")]
    [InlineData(123456789012.0, "123456789012")]
    [InlineData(0.1, "0.1")]
    [InlineData(5e-324, "5e-324")]
    public void Serialize_Float64_EncodingJsonFloatFormat(double value, string json)
    {
        Assert.Equal(json, GoJson.Serialize(value, escapeHtml: true));
    }

    [Theory]
    [InlineData(double.NaN, "json: unsupported value: NaN")]
    [InlineData(double.NegativeInfinity, "json: unsupported value: -Inf")]
    public void Serialize_NonFiniteFloat_UnsupportedValue(double value, string message)
    {
        Assert.Equal(message, Assert.Throws<GoFailure>(() => GoJson.Serialize(value, escapeHtml: true)).Message);
    }

    [Fact]
    public void Serialize_Strings_GoEscaping()
    {
        const string s = "<a href=\"x\">&\u2028\u2029\b\f\n\r\t\u0001\u007f\\\u00e9\U0001F600\uD800";
        Assert.Equal("\"\\u003ca href=\\\"x\\\"\\u003e\\u0026\\u2028\\u2029\\b\\f\\n\\r\\t\\u0001\u007f\\\\\u00e9\U0001F600\\ufffd\"", GoJson.Serialize(s, escapeHtml: true));
        Assert.Equal("\"<a href=\\\"x\\\">&\\u2028\\u2029\\b\\f\\n\\r\\t\\u0001\u007f\\\\\u00e9\U0001F600\\ufffd\"", GoJson.Serialize(s, escapeHtml: false));
    }

    [Fact]
    public void Serialize_MapKeys_SortedBytewiseUtf8()
    {
        var map = new GoMap();
        map["b"] = 1L;
        map["\U0001F600"] = 2L;
        map["\uFF5E"] = 3L;
        map["10"] = 4L;
        map["9"] = 5L;
        map["B"] = 6L;
        Assert.Equal("{\"10\":4,\"9\":5,\"B\":6,\"b\":1,\"\uFF5E\":3,\"\U0001F600\":2}", GoJson.Serialize(map, escapeHtml: true));
    }

    [Fact]
    public void Serialize_ValueModelTypes_AsEncodingJson()
    {
        var map = new GoMap();
        map["bytes"] = new byte[] { 1, 2, 255 };
        map["nilList"] = new GoList(GoType.SliceOfInterface, []) { IsNil = true };
        map["emptyList"] = new GoList();
        map["uint64"] = new GoInt(GoType.Uint64, -1);
        map["int"] = 3L;
        map["null"] = null;
        Assert.Equal(
            "{\"bytes\":\"AQL/\",\"emptyList\":[],\"int\":3,\"nilList\":null,\"null\":null,\"uint64\":18446744073709551615}",
            GoJson.Serialize(map, escapeHtml: true));
    }

    [Fact]
    public void Serialize_Cycle_DetectedAfterDepthLimit()
    {
        var list = new GoList();
        list.Items.Add(list);
        Assert.Equal(
            "json: unsupported value: encountered a cycle via []interface {}",
            Assert.Throws<GoFailure>(() => GoJson.Serialize(list, escapeHtml: true)).Message);
    }

    [Fact]
    public void Serialize_NestedBeyondTheStack_FailsWithoutCrashing()
    {
        var outer = new GoList();
        var current = outer;
        for (int i = 0; i < 200_000; i++)
        {
            var inner = new GoList();
            current.Items.Add(inner);
            current = inner;
        }

        Assert.Equal("json: value nested too deeply", Assert.Throws<GoFailure>(() => GoJson.Serialize(outer, escapeHtml: true)).Message);
        Assert.Throws<Bosun.Core.Yaml.GoYamlException>(() => Bosun.Core.Yaml.GoYaml.Serialize(outer));
    }

    [Fact]
    public void SerializeIndented_Nested_MarshalIndentLayout()
    {
        var value = GoJson.Deserialize("{\"a\":[1,{\"b\":[]},{}],\"c\":{\"d\":\"<x>\"}}");
        Assert.Equal(
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": []\n    },\n    {}\n  ],\n  \"c\": {\n    \"d\": \"\\u003cx\\u003e\"\n  }\n}",
            GoJson.SerializeIndented(value, string.Empty, "  "));
    }

    [Fact]
    public void SerializeDeserialize_RoundTrip_SameText()
    {
        const string json = "{\"a\":[1.5,\"x\",null,true,{\"b\":{}}],\"c\":\"\\u003c\\u2028\"}";
        Assert.Equal(json, GoJson.Serialize(GoJson.Deserialize(json), escapeHtml: true));
    }
}
