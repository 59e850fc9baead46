using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Functions.Helm.Serialization;

/// <summary>The serialisation functions called directly: error policies, types of results, TOML per helm version.</summary>
public sealed class HelmSerializationFunctionsTests
{
    private readonly SerializationTestContext _helm4 = new(4);
    private readonly SerializationTestContext _helm3 = new(3);

    public static TheoryData<string, string, string?> TomlCases => TomlHelmCases.All;

    [Theory]
    [MemberData(nameof(TomlCases))]
    public void ToToml_RecordedValueHelm4_SameAsHelm(string json, string helm4, string? helm3)
    {
        _ = helm3;
        Assert.Equal(helm4, _helm4.Call("toToml", _helm4.Call("fromJson", json)));
    }

    [Theory]
    [MemberData(nameof(TomlCases))]
    public void ToToml_RecordedValueHelm3_SameAsHelm(string json, string helm4, string? helm3)
    {
        Assert.Equal(helm3 ?? helm4, _helm3.Call("toToml", _helm3.Call("fromJson", json)));
    }

    public static TheoryData<string, string, string?> TomlDecodeCases => TomlDecodeHelmCases.All;

    [Theory]
    [MemberData(nameof(TomlDecodeCases))]
    public void FromToml_RecordedDocumentHelm4_SameAsHelm(string toml, string helm4, string? helm3)
    {
        _ = helm3;
        Assert.Equal(helm4, _helm4.Call("toJson", _helm4.Call("fromToml", toml)));
    }

    [Theory]
    [MemberData(nameof(TomlDecodeCases))]
    public void FromToml_RecordedDocumentHelm3_SameAsHelm(string toml, string helm4, string? helm3)
    {
        Assert.Equal(helm3 ?? helm4, _helm3.Call("toJson", _helm3.Call("fromToml", toml)));
    }

    [Theory]
    [InlineData("toYaml")]
    [InlineData("toJson")]
    [InlineData("toPrettyJson")]
    public void SwallowingSerializer_UnsupportedFloat_ReturnsEmptyString(string function)
    {
        Assert.Equal(string.Empty, _helm4.Call(function, double.NaN));
    }

    [Theory]
    [InlineData("mustToYaml", "error marshaling into JSON: json: unsupported value: NaN")]
    [InlineData("mustToJson", "json: unsupported value: NaN")]
    [InlineData("toRawJson", "json: unsupported value: NaN")]
    [InlineData("mustToRawJson", "json: unsupported value: NaN")]
    [InlineData("mustToPrettyJson", "json: unsupported value: NaN")]
    public void FailingSerializer_UnsupportedFloat_FailsWithGoMessage(string function, string message)
    {
        Assert.Equal(message, Assert.Throws<GoFailure>(() => _helm4.Call(function, double.NaN)).Message);
    }

    [Theory]
    [InlineData("mustToYaml", 4, true)]
    [InlineData("mustToYaml", 3, false)]
    [InlineData("toYaml", 3, true)]
    [InlineData("fromToml", 3, true)]
    public void IsDefined_PerHelmVersion_MatchesHelmFuncMap(string name, int helmMajor, bool defined)
    {
        Assert.Equal(defined, Bosun.Templating.Functions.Helm.HelmSerializationFunctions.IsDefined(name, helmMajor));
    }

    [Fact]
    public void ToYamlPretty_NaN_PrintsDotNanWithoutJsonRoundTrip()
    {
        Assert.Equal(".nan", _helm4.Call("toYamlPretty", double.NaN));
    }

    [Fact]
    public void ToYaml_SelfReferencingMap_ReturnsEmptyString()
    {
        var map = new GoMap();
        map["self"] = map;
        Assert.Equal(string.Empty, _helm4.Call("toYaml", map));
        Assert.Equal(string.Empty, _helm4.Call("toJson", map));
    }

    [Fact]
    public void ToYaml_ValueModelTypes_PrintAsJsonRoundTripDoes()
    {
        var map = new GoMap();
        map["int"] = 5L;
        map["int64"] = GoInt.Int64(-7);
        map["uint64"] = new GoInt(GoType.Uint64, -1);
        map["float"] = 1e6;
        map["bytes"] = new byte[] { 1, 2, 3 };
        map["nilList"] = new GoList(GoType.SliceOfInterface, []) { IsNil = true };
        map["strings"] = GoList.OfStrings(["b", "a"]);
        Assert.Equal(
            "bytes: AQID\nfloat: 1000000\nint: 5\nint64: -7\nnilList: null\nstrings:\n- b\n- a\nuint64: 18446744073709551615",
            _helm4.Call("toYaml", map));
    }

    [Fact]
    public void FromYaml_Malformed_ReturnsMapWithErrorKey()
    {
        var result = Assert.IsType<GoMap>(_helm4.Call("fromYaml", "a: b: c"));
        Assert.Equal(["Error"], result.Keys);
        Assert.Equal("error converting YAML to JSON: yaml: mapping values are not allowed in this context", result["Error"]);
    }

    [Fact]
    public void FromYaml_Values_AreFloat64AndInterfaceCollections()
    {
        var result = Assert.IsType<GoMap>(_helm4.Call("fromYaml", "num: 1\nl: [1]\nm: {a: yes}\nn: 2"));
        Assert.Equal(1.0, result["num"]);
        Assert.Equal(2.0, result["false"]);
        Assert.Equal(GoType.SliceOfInterface, Assert.IsType<GoList>(result["l"]).Type);
        var inner = Assert.IsType<GoMap>(result["m"]);
        Assert.Equal(GoType.MapOfInterface, inner.Type);
        Assert.Equal(true, inner["a"]);
    }

    [Fact]
    public void FromYamlArray_Mapping_ReturnsListWithOnlyTheError()
    {
        var result = Assert.IsType<GoList>(_helm4.Call("fromYamlArray", "a: 1"));
        Assert.Equal(["error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}"], result.Items);
    }

    [Fact]
    public void FromJson_NumberOutOfRange_KeepsPartialMapAndAddsError()
    {
        var result = Assert.IsType<GoMap>(_helm4.Call("fromJson", "{\"a\":1,\"b\":1e400}"));
        Assert.Equal(1.0, result["a"]);
        Assert.True(result.ContainsKey("b"));
        Assert.Null(result["b"]);
        Assert.Equal("json: cannot unmarshal number 1e400 into Go value of type float64", result["Error"]);
    }

    [Fact]
    public void FromJsonArray_Null_ReturnsNilList()
    {
        var result = Assert.IsType<GoList>(_helm4.Call("fromJsonArray", "null"));
        Assert.True(result.IsNil);
        Assert.Equal("null", _helm4.Call("toJson", result));
    }

    [Fact]
    public void MustFromJson_Malformed_FailsWithSyntaxError()
    {
        Assert.Equal(
            "invalid character 'x' looking for beginning of object key string",
            Assert.Throws<GoFailure>(() => _helm4.Call("mustFromJson", "{x")).Message);
    }

    [Fact]
    public void ToToml_Nil_FailsWithReflectPanic()
    {
        Assert.Equal(
            "reflect: call of reflect.Value.Type on zero Value",
            Assert.Throws<GoFailure>(() => _helm4.Call("toToml", [null])).Message);
    }

    [Fact]
    public void ToToml_ArrayWithNil_ReturnsEncoderErrorAsText()
    {
        var map = new GoMap();
        map["a"] = new GoList([1.0, null]);
        Assert.Equal("toml: cannot encode array with nil element", _helm4.Call("toToml", map));
    }

    [Fact]
    public void ToToml_Float_FormatsPerHelmVersion()
    {
        var map = new GoMap();
        map["f"] = 1e6;
        Assert.Equal("f = 1e+06\n", _helm4.Call("toToml", map));
        Assert.Equal("f = 1000000.0\n", _helm3.Call("toToml", map));
    }

    [Fact]
    public void ToRawJson_HtmlCharacters_AreNotEscaped()
    {
        Assert.Equal("\"<a>&\"", _helm4.Call("toRawJson", "<a>&"));
        Assert.Equal("\"\\u003ca\\u003e\\u0026\"", _helm4.Call("toJson", "<a>&"));
    }
}
