using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Core.Tests.Yaml;

/// <summary>values.yaml loading per helm version (outputs are helm's <c>toJson .Values</c>).</summary>
public sealed class GoYamlValuesTests
{
    [Theory]
    [InlineData("a: 1\n---\nb: 2\n", 4, "{\"a\":1,\"b\":2}")]
    [InlineData("a: 1\n---\nb: 2\n", 3, "{\"a\":1}")]
    [InlineData("a: {x: 1}\n---\na: {y: 2}\nc: [1]\n---\nc: [2]\n", 4, "{\"a\":{\"true\":2,\"x\":1},\"c\":[2]}")]
    [InlineData("a: {x: 1}\n---\na: {y: 2}\nc: [1]\n---\nc: [2]\n", 3, "{\"a\":{\"x\":1}}")]
    [InlineData("---\n---\na: 1\n", 4, "{\"a\":1}")]
    [InlineData("---\n---\na: 1\n", 3, "{}")]
    [InlineData("a: 1\n--- |\n  x\n", 3, "{\"a\":1}")]
    [InlineData("a: 1\r\nb: 2\r\n", 4, "{\"a\":1,\"b\":2}")]
    [InlineData("", 4, "{}")]
    public void LoadValues_Documents_MergedPerHelmVersion(string yaml, int helmMajor, string json)
    {
        Assert.Equal(json, GoJson.Serialize(GoYaml.LoadValues(yaml, helmMajor), escapeHtml: true));
    }

    [Theory]
    [InlineData("a: 1\n--- |\n  x\n", "error reading yaml document: invalid Yaml document separator: |")]
    [InlineData("a: 1\n---x\nb: 2\n", "error reading yaml document: invalid Yaml document separator: x")]
    [InlineData("a: 1\n---\n- 1\n", "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}")]
    [InlineData("a: 1\n--- # c\nb: [\n", "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 1: did not find expected node content")]
    public void LoadValues_Helm4BadDocument_HelmMessage(string yaml, string message)
    {
        Assert.Equal(message, Assert.Throws<GoYamlException>(() => GoYaml.LoadValues(yaml, 4)).Message);
    }

    [Fact]
    public void LoadValues_Helm3BadLaterDocument_SyntaxOfFirstOnlyMatters()
    {
        Assert.Equal(
            "error converting YAML to JSON: yaml: line 3: could not find expected ':'",
            Assert.Throws<GoYamlException>(() => GoYaml.LoadValues("a: 1\n---x\nb: 2\n", 3)).Message);
    }
}
