using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Core.Tests.Yaml;

/// <summary>sigs.k8s.io/yaml.Unmarshal semantics: YAML 1.1 typing, JSON conversion, errors (helm-verified).</summary>
public sealed class GoYamlDeserializeTests
{
    [Theory]
    [InlineData("a: 1000000", "{\"a\":1000000}")]
    [InlineData("a: 0x10", "{\"a\":16}")]
    [InlineData("a: 010", "{\"a\":8}")]
    [InlineData("a: 0o17", "{\"a\":15}")]
    [InlineData("a: 08", "{\"a\":8}")]
    [InlineData("a: 1e3", "{\"a\":1000}")]
    [InlineData("a: 1_000", "{\"a\":1000}")]
    [InlineData("a: 1e400", "{\"a\":\"1e400\"}")]
    [InlineData("a: yes", "{\"a\":true}")]
    [InlineData("a: Off", "{\"a\":false}")]
    [InlineData("a: yEs", "{\"a\":\"yEs\"}")]
    [InlineData("a: y", "{\"a\":true}")]
    [InlineData("a: ~", "{\"a\":null}")]
    [InlineData("a:", "{\"a\":null}")]
    [InlineData("a: 2024-01-01", "{\"a\":\"2024-01-01\"}")]
    [InlineData("yes: 1", "{\"true\":1}")]
    [InlineData("1.5: a", "{\"1.5\":\"a\"}")]
    [InlineData("3.14159265358979: a", "{\"3.1415927\":\"a\"}")]
    [InlineData("0x10: a", "{\"16\":\"a\"}")]
    [InlineData("'yes': a", "{\"yes\":\"a\"}")]
    [InlineData("a: !!str 123", "{\"a\":\"123\"}")]
    [InlineData("a: !!float 1", "{\"a\":1}")]
    [InlineData("a: !!binary aGVsbG8=", "{\"a\":\"hello\"}")]
    [InlineData("a: ! 12", "{\"a\":\"12\"}")]
    public void DeserializeMap_Yaml11Scalar_TypedAsHelmTypesIt(string yaml, string json)
    {
        Assert.Equal(json, GoJson.Serialize(GoYaml.DeserializeMap(yaml), escapeHtml: true));
    }

    [Fact]
    public void Deserialize_Numbers_AreFloat64()
    {
        var map = Assert.IsType<GoMap>(GoYaml.Deserialize("i: 1\nf: 1.5\nl: [2]"));
        Assert.Equal(GoType.MapOfInterface, map.Type);
        Assert.IsType<double>(map["i"]);
        Assert.Equal(2.0, Assert.IsType<GoList>(map["l"])[0]);
    }

    [Fact]
    public void Deserialize_MergeKey_LaterEntriesOverrideAsInGoYamlV2()
    {
        var map = Assert.IsType<GoMap>(GoYaml.Deserialize("base: &b {p: 1, q: 2}\nd:\n  q: 3\n  <<: *b"));
        var d = Assert.IsType<GoMap>(map["d"]);
        Assert.Equal(2.0, d["q"]);
        Assert.Equal(1.0, d["p"]);
    }

    [Fact]
    public void Deserialize_MultipleDocuments_ReadsOnlyTheFirst()
    {
        var map = Assert.IsType<GoMap>(GoYaml.Deserialize("a: 1\n---\nb: [unclosed"));
        Assert.Equal(["a"], map.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment")]
    [InlineData("~")]
    public void DeserializeMap_NullDocument_ReturnsEmptyMap(string yaml)
    {
        Assert.Empty(GoYaml.DeserializeMap(yaml));
    }

    [Theory]
    [InlineData("a: b: c", "error converting YAML to JSON: yaml: mapping values are not allowed in this context", 1, 5)]
    [InlineData("a: 1\nb: 2\n c: 3", "error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context", 3, 3)]
    [InlineData("a:\n  b: 1\n d: 2", "error converting YAML to JSON: yaml: line 2: did not find expected key", 3, 2)]
    [InlineData("a: [1, 2\nb: 3", "error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'", 2, 2)]
    [InlineData("a: \"x", "error converting YAML to JSON: yaml: found unexpected end of stream", 1, 6)]
    [InlineData("a: 1\nb", "error converting YAML to JSON: yaml: line 3: could not find expected ':'", 3, 1)]
    [InlineData("a: *x", "error converting YAML to JSON: yaml: unknown anchor 'x' referenced", 1, 4)]
    public void DeserializeMap_MalformedYaml_GoYamlMessageAndPosition(string yaml, string message, int line, int column)
    {
        var e = Assert.Throws<GoYamlException>(() => GoYaml.DeserializeMap(yaml));
        Assert.Equal(message, e.Message);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
    }

    [Theory]
    [InlineData("a: &x [*x]", "error converting YAML to JSON: yaml: anchor 'x' value contains itself")]
    [InlineData("a: !!int abc", "error converting YAML to JSON: yaml: cannot decode !!str `abc` as a !!int")]
    [InlineData("a: !!binary '!!!!'", "error converting YAML to JSON: yaml: !!binary value contains invalid base64 data")]
    [InlineData("c:\n  <<: 1", "error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value")]
    [InlineData("? [a]\n: 1", "error converting YAML to JSON: yaml: invalid map key: []interface {}{\"a\"}")]
    [InlineData("~: a", "error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: \"a\"")]
    [InlineData("18446744073709551615: 1", "error converting YAML to JSON: unsupported map key of type: uint64, key: 0xffffffffffffffff, value: 1")]
    [InlineData("a: .inf", "error converting YAML to JSON: json: unsupported value: +Inf")]
    [InlineData("- 1", "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}")]
    [InlineData("abc", "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type map[string]interface {}")]
    [InlineData("1", "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type map[string]interface {}")]
    public void DeserializeMap_DecodeOrConversionError_SigsYamlMessage(string yaml, string message)
    {
        Assert.Equal(message, Assert.Throws<GoYamlException>(() => GoYaml.DeserializeMap(yaml)).Message);
    }

    [Fact]
    public void DeserializeList_Mapping_FailsWithTypeError()
    {
        Assert.Equal(
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}",
            Assert.Throws<GoYamlException>(() => GoYaml.DeserializeList("a: 1")).Message);
    }

    [Fact]
    public void DeserializeList_Empty_ReturnsEmptyNonNilList()
    {
        var list = GoYaml.DeserializeList(string.Empty);
        Assert.Empty(list);
        Assert.False(list.IsNil);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)' ', 0xFF, (byte)'\n' }, "yaml: invalid leading UTF-8 octet")]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)' ', 0xC3 }, "yaml: incomplete UTF-8 octet sequence")]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)' ', 0xC3, (byte)'(' }, "yaml: invalid trailing UTF-8 octet")]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)' ', 0xC0, 0x80 }, "yaml: invalid length of a UTF-8 sequence")]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)' ', 0xED, 0xA0, 0x80 }, "yaml: invalid Unicode character")]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0, (byte)':', 0, (byte)' ', 0, (byte)'1' }, "yaml: incomplete UTF-16 character")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xDC }, "yaml: unexpected low surrogate area")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, (byte)'a', 0 }, "yaml: expected low surrogate area")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8 }, "yaml: incomplete UTF-16 surrogate pair")]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)' ', 0x01 }, "yaml: control characters are not allowed")]
    public void Deserialize_UndecodableBytes_ReaderError(byte[] yaml, string goYamlMessage)
    {
        Assert.Equal("error converting YAML to JSON: " + goYamlMessage, Assert.Throws<GoYamlException>(() => GoYaml.Deserialize(yaml)).Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0, (byte)':', 0, (byte)' ', 0, (byte)'1', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a', 0, (byte)':', 0, (byte)' ', 0, (byte)'1' })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)':', (byte)' ', (byte)'1' })]
    public void Deserialize_ByteOrderMark_DetectsEncoding(byte[] yaml)
    {
        Assert.Equal("{\"a\":1}", GoJson.Serialize(GoYaml.Deserialize(yaml), escapeHtml: true));
    }

    [Fact]
    public void Deserialize_ControlCharacterInLaterDocumentWithinFirstChunk_FailsLikeGoYaml()
    {
        // go-yaml decodes its input 512 bytes at a time: a control character in a later document fails
        // the whole read when it is in a chunk the scanner already needed, and passes when it is not.
        string early = "a: 1\n---\n" + new string('#', 300) + "\nb: \u0001";
        string late = "a: 1\n---\n" + new string('#', 1100) + "\nb: \u0001";
        Assert.Equal("error converting YAML to JSON: yaml: control characters are not allowed", Assert.Throws<GoYamlException>(() => GoYaml.Deserialize(early)).Message);
        Assert.Equal("{\"a\":1}", GoJson.Serialize(GoYaml.Deserialize(late), escapeHtml: true));
    }

    [Fact]
    public void Deserialize_DoubleQuotedHexEscapes_AreCodePointsNotBytes()
    {
        var map = Assert.IsType<GoMap>(GoYaml.Deserialize("a: \"\\xc3\\xa9\\xff\""));
        Assert.Equal("\u00c3\u00a9\u00ff", map["a"]);
    }

    [Fact]
    public void Deserialize_SimpleKeyLongerThan1024Characters_NoLongerAKey()
    {
        string yaml = new string('x', 1030) + ": 1";
        Assert.Equal(
            "error converting YAML to JSON: yaml: mapping values are not allowed in this context",
            Assert.Throws<GoYamlException>(() => GoYaml.Deserialize(yaml)).Message);
    }

    [Fact]
    public void Deserialize_BillionLaughs_ExcessiveAliasing()
    {
        var sb = new System.Text.StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for (char c = 'b'; c <= 'i'; c++)
        {
            char p = (char)(c - 1);
            sb.Append($"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n");
        }

        Assert.Equal(
            "error converting YAML to JSON: yaml: document contains excessive aliasing",
            Assert.Throws<GoYamlException>(() => GoYaml.Deserialize(sb.ToString())).Message);
    }

    [Fact]
    public void Deserialize_DeeplyNestedFlow_FailsWithoutCrashing()
    {
        string yaml = "a: " + new string('[', 10001) + new string(']', 10001);
        var e = Assert.Throws<GoYamlException>(() => GoYaml.Deserialize(yaml));
        Assert.Equal("error converting YAML to JSON: yaml: exceeded max depth of 10000", e.Message);
    }
}
