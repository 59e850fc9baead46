using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Core.Tests.Yaml;

/// <summary>sigs.k8s.io/yaml.Marshal output (helm toYaml before its newline trim), helm-verified.</summary>
public sealed class GoYamlSerializeTests
{
    [Theory]
    [InlineData(1e6, "a: 1000000\n")]
    [InlineData(1.5, "a: 1.5\n")]
    [InlineData(1e21, "a: 1e+21\n")]
    [InlineData(123456789012.0, "a: 123456789012\n")]
    [InlineData(1e-7, "a: 1e-07\n")]
    [InlineData(1234567.5, "a: 1.2345675e+06\n")]
    [InlineData(-0.0, "a: 0\n")]
    [InlineData(18446744073709551615.0, "a: 1.8446744073709552e+19\n")]
    [InlineData(9223372036854775808.0, "a: 9223372036854776000\n")]
    [InlineData(1e20, "a: 1e+20\n")]
    public void Serialize_Float64_JsonNumberReadBackByGoYaml(double number, string yaml)
    {
        Assert.Equal(yaml, GoYaml.Serialize(Map(("a", number))));
    }

    [Theory]
    [InlineData("yes", "a: \"yes\"\n")]
    [InlineData("on", "a: \"on\"\n")]
    [InlineData("1.0", "a: \"1.0\"\n")]
    [InlineData("010", "a: \"010\"\n")]
    [InlineData("0x10", "a: \"0x10\"\n")]
    [InlineData("null", "a: \"null\"\n")]
    [InlineData("~", "a: \"~\"\n")]
    [InlineData("2024-01-01", "a: \"2024-01-01\"\n")]
    [InlineData("12:30", "a: \"12:30\"\n")]
    [InlineData("", "a: \"\"\n")]
    [InlineData("1e400", "a: 1e400\n")]
    [InlineData("2001-02-30", "a: 2001-02-30\n")]
    [InlineData("a: b", "a: 'a: b'\n")]
    [InlineData(" lead", "a: ' lead'\n")]
    [InlineData("trail ", "a: 'trail '\n")]
    [InlineData("*star", "a: '*star'\n")]
    [InlineData("&amp", "a: '&amp'\n")]
    [InlineData("!bang", "a: '!bang'\n")]
    [InlineData("#hash", "a: '#hash'\n")]
    [InlineData("x #y", "a: 'x #y'\n")]
    [InlineData("it's", "a: it's\n")]
    [InlineData("line1\nline2\n", "a: |\n  line1\n  line2\n")]
    [InlineData("line1\nline2", "a: |-\n  line1\n  line2\n")]
    [InlineData("line1\n\n", "a: |+\n  line1\n\n")]
    [InlineData("  indented\nnext", "a: |2-\n    indented\n  next\n")]
    [InlineData("trailing \nspace", "a: \"trailing \\nspace\"\n")]
    [InlineData("\u00e9 \u00fc \u4e2d", "a: \u00e9 \u00fc \u4e2d\n")]
    [InlineData("\U0001F600", "a: \"\\U0001F600\"\n")]
    [InlineData("a\u0085b", "a: a b\n")]
    [InlineData("a\u007fb", "")]
    public void Serialize_String_QuotedOrBlockAsGoYamlDecides(string value, string yaml)
    {
        string Act() => GoYaml.Serialize(Map(("a", value)));
        if (yaml.Length == 0)
        {
            Assert.Equal("yaml: control characters are not allowed", Assert.Throws<GoYamlException>(Act).Message);
        }
        else
        {
            Assert.Equal(yaml, Act());
        }
    }

    [Fact]
    public void Serialize_LongString_FoldedAtEightyColumns()
    {
        string words = string.Concat(Enumerable.Repeat("word ", 20)) + "end";
        Assert.Equal(
            "long: word word word word word word word word word word word word word word word word\n  word word word word end\n",
            GoYaml.Serialize(Map(("long", words))));
        Assert.Equal(
            "longq: '''word word word word word word word word word word word word word word word\n  word word word word word end'\n",
            GoYaml.Serialize(Map(("longq", "'" + words))));
    }

    [Fact]
    public void Serialize_Keys_DigitRunsCompareNumerically()
    {
        Assert.Equal("\"9\": 2\n\"10\": 1\na: 4\nb: 3\n", GoYaml.Serialize(Map(("10", 1.0), ("9", 2.0), ("b", 3.0), ("a", 4.0))));
    }

    [Fact]
    public void Serialize_EmptyCollectionsAndNull_FlowAndNull()
    {
        Assert.Equal("e: {}\nl: []\n\"n\": null\n", GoYaml.Serialize(Map(("e", new GoMap()), ("l", new GoList()), ("n", null))));
    }

    [Fact]
    public void Serialize_ListOfMaps_NotIndentedUnderKey()
    {
        Assert.Equal("list:\n- a: 2\n  b: 1\n", GoYaml.Serialize(Map(("list", new GoList([Map(("b", 1.0), ("a", 2.0))])))));
    }

    [Theory]
    [InlineData(null, "null\n")]
    [InlineData("", "\"\"\n")]
    [InlineData("x", "x\n")]
    [InlineData(true, "true\n")]
    [InlineData(3L, "3\n")]
    public void Serialize_TopLevelScalar_OneLine(object? value, string yaml)
    {
        Assert.Equal(yaml, GoYaml.Serialize(value));
    }

    [Fact]
    public void Serialize_LongKey_UsesComplexKeySyntax()
    {
        string key = new('k', 129);
        Assert.Equal($"? {key}\n: 1\n", GoYaml.Serialize(Map((key, 1.0))));
    }

    [Theory]
    [InlineData(double.NaN, "error marshaling into JSON: json: unsupported value: NaN")]
    [InlineData(double.PositiveInfinity, "error marshaling into JSON: json: unsupported value: +Inf")]
    public void Serialize_UnsupportedFloat_JsonMarshalError(double value, string message)
    {
        Assert.Equal(message, Assert.Throws<GoYamlException>(() => GoYaml.Serialize(Map(("a", value)))).Message);
    }

    [Fact]
    public void Serialize_Cycle_JsonMarshalError()
    {
        var map = new GoMap();
        map["self"] = map;
        Assert.Equal(
            "error marshaling into JSON: json: unsupported value: encountered a cycle via map[string]interface {}",
            Assert.Throws<GoYamlException>(() => GoYaml.Serialize(map)).Message);
    }

    [Fact]
    public void Serialize_KeyLongerThan1024JsonCharacters_FailsAsGoYamlDoesOnTheJson()
    {
        var e = Assert.Throws<GoYamlException>(() => GoYaml.Serialize(Map((new string('x', 1100), 1.0))));
        Assert.Equal("yaml: did not find expected ',' or '}'", e.Message);
    }

    [Fact]
    public void SerializePretty_NestedLists_IndentedAndFloatsInGForm()
    {
        var value = Map(("a", new GoList([Map(("b", 1e6), ("c", new GoList([1.0, 2.0])))])));
        Assert.Equal("a:\n  - b: 1e+06\n    c:\n      - 1\n      - 2\n", GoYaml.SerializePretty(value));
    }

    [Fact]
    public void Serialize_RoundTripThroughDeserialize_KeepsValues()
    {
        const string yaml = "a: 1\nb:\n- x\n- \"yes\"\nc:\n  d: 2.5\n  e: null\n";
        Assert.Equal(yaml, GoYaml.Serialize(GoYaml.Deserialize(yaml)));
    }

    private static GoMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new GoMap();
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }
}
