using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Core.Tests.Yaml;

public class GoYamlJsonTargetTests
{
    private static readonly GoYamlJsonTarget s_head = GoYamlJsonTarget.Struct(
        ("kind", GoYamlJsonTarget.String),
        ("metadata", GoYamlJsonTarget.Struct(
            ("name", GoYamlJsonTarget.String),
            ("annotations", GoYamlJsonTarget.MapOf(GoYamlJsonTarget.String)))),
        ("tags", GoYamlJsonTarget.SliceOf(GoYamlJsonTarget.String)));

    private static string Decode(string yaml, GoYamlJsonTarget target) =>
        GoJson.Serialize(GoYaml.Deserialize(yaml, target), escapeHtml: true);

    [Theory]
    [InlineData("metadata:\n  name: y\n", "{\"metadata\":{\"name\":\"true\"}}")]
    [InlineData("metadata:\n  name: off\n", "{\"metadata\":{\"name\":\"false\"}}")]
    [InlineData("metadata:\n  name: 0x1F\n", "{\"metadata\":{\"name\":\"31\"}}")]
    [InlineData("metadata:\n  name: 123456789\n", "{\"metadata\":{\"name\":\"123456789\"}}")]
    [InlineData("metadata:\n  name: 123456789.0\n", "{\"metadata\":{\"name\":\"1.2345679e+08\"}}")]
    [InlineData("metadata:\n  name: 1.5\n", "{\"metadata\":{\"name\":\"1.5\"}}")]
    [InlineData("metadata:\n  name: 18446744073709551615\n", "{\"metadata\":{\"name\":\"18446744073709551615\"}}")]
    [InlineData("metadata:\n  name: .nan\n", "{\"metadata\":{\"name\":\"NaN\"}}")]
    [InlineData("metadata:\n  name: ~\n", "{\"metadata\":{\"name\":null}}")]
    [InlineData("metadata:\n  name: '1'\n", "{\"metadata\":{\"name\":\"1\"}}")]
    public void Deserialize_ScalarBoundForString_BecomesItsText(string yaml, string json) =>
        Assert.Equal(json, Decode(yaml, s_head));

    [Fact]
    public void Deserialize_MapAndSliceElements_Coerced()
    {
        Assert.Equal(
            "{\"metadata\":{\"annotations\":{\"a\":\"5\",\"b\":\"true\",\"c\":\"-5\"}},\"tags\":[\"true\",\"1\",\"x\"]}",
            Decode("metadata:\n  annotations: {a: 5, b: yes, c: -5}\ntags: [on, 1, x]\n", s_head));
    }

    [Fact]
    public void Deserialize_StructFieldsMatchCaseInsensitively()
    {
        Assert.Equal("{\"KIND\":\"true\",\"Metadata\":{\"NAME\":\"2\"}}", Decode("KIND: y\nMetadata: {NAME: 2}\n", s_head));
    }

    [Fact]
    public void Deserialize_FieldsOutsideTheTarget_KeepTheirTypes()
    {
        Assert.Equal(
            "{\"kind\":{\"deep\":true},\"other\":true,\"spec\":{\"name\":1}}",
            Decode("other: y\nspec: {name: 1}\nkind: {deep: y}\n", s_head));
    }

    [Fact]
    public void Deserialize_AnyTarget_SameAsUntyped()
    {
        Assert.Equal("{\"metadata\":{\"name\":true}}", Decode("metadata:\n  name: y\n", GoYamlJsonTarget.Any));
    }

    [Fact]
    public void Deserialize_NaNOutsideStringTarget_StillFailsJsonMarshal()
    {
        var ex = Assert.Throws<GoYamlException>(() => GoYaml.Deserialize("metadata:\n  other: .nan\n", s_head));
        Assert.Equal("error converting YAML to JSON: json: unsupported value: NaN", ex.Message);
    }
}
