using System.Text;
using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Core.Tests.Values;

/// <summary>Host objects with MarshalJSON/MarshalText methods encode as Go's json.Marshaler/TextMarshaler do.</summary>
public sealed class GoJsonMarshalerTests
{
    [Fact]
    public void Serialize_MarshalJsonMethod_CompactedAndHtmlEscaped()
    {
        var obj = new TestObject("{ \"a\" : [1, 2], \"h\": \"<x>\" }", null);
        Assert.Equal("{\"a\":[1,2],\"h\":\"\\u003cx\\u003e\"}", GoJson.Serialize(obj, escapeHtml: true));
        Assert.Equal("{\"a\":[1,2],\"h\":\"<x>\"}", GoJson.Serialize(obj, escapeHtml: false));
    }

    [Fact]
    public void Serialize_InvalidMarshalJsonOutput_MarshalerError()
    {
        var obj = new TestObject("{x", null);
        Assert.Equal(
            "json: error calling MarshalJSON for type *test.T: invalid character 'x' looking for beginning of object key string",
            Assert.Throws<GoFailure>(() => GoJson.Serialize(obj, escapeHtml: true)).Message);
    }

    [Fact]
    public void Serialize_MarshalTextMethod_JsonString()
    {
        Assert.Equal("\"1.2.3\"", GoJson.Serialize(new TestObject(null, "1.2.3"), escapeHtml: true));
    }

    [Fact]
    public void Serialize_NoMarshaler_FieldsInDeclarationOrder()
    {
        Assert.Equal("{\"Zed\":1,\"Alpha\":\"a\"}", GoJson.Serialize(new TestObject(null, null), escapeHtml: true));
    }

    [Fact]
    public void YamlSerialize_MarshalJson_ReadBackAsGoYamlDoes()
    {
        var map = new GoMap();
        map["v"] = new TestObject("\"1.2.3\"", null);
        map["n"] = new TestObject("{\"b\":1e6,\"a\":\"yes\"}", null);
        Assert.Equal("\"n\":\n  a: \"yes\"\n  b: 1e+06\nv: 1.2.3\n", GoYaml.Serialize(map));
    }

    private sealed class TestObject : IGoObject
    {
        private readonly string? _json;
        private readonly string? _text;

        public TestObject(string? json, string? text)
        {
            _json = json;
            _text = text;
        }

        public GoType Type { get; } = new("*test.T", GoKind.Ptr);

        public IReadOnlyList<string> FieldNames { get; } = ["Zed", "Alpha"];

        public bool TryGetField(string name, out object? value)
        {
            value = name switch
            {
                "Zed" => 1L,
                "Alpha" => "a",
                _ => null,
            };
            return value is not null;
        }

        public bool TryGetMethod(string name, out GoMethod? method)
        {
            method = name switch
            {
                "MarshalJSON" when _json is not null => new GoMethod(GoSignature.Of(), _ => Encoding.UTF8.GetBytes(_json)),
                "MarshalText" when _text is not null => new GoMethod(GoSignature.Of(), _ => Encoding.UTF8.GetBytes(_text)),
                _ => null,
            };
            return method is not null;
        }

        public string? GoString() => null;
    }
}
