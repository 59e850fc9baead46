using System.Text;
using Bosun.Core.JsonSchema;
using Bosun.Core.Values;

namespace Bosun.Core.Tests.JsonSchema;

public sealed class JsonSchemaValidatorTests
{
    private const string Url = "file:///values.schema.json";
    private const string Head = "jsonschema validation failed with 'file:///values.schema.json#'";

    private static JsonSchemaValidator Compile(string schema, JsonSchemaDraft draft = JsonSchemaDraft.Draft2020) =>
        JsonSchemaValidator.Compile(Encoding.UTF8.GetBytes(schema), "values.schema.json", draft, Url, out _);

    private static string? Run(string schema, object? value) => Compile(schema).Validate(value)?.ToString();

    private static GoMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new GoMap();
        foreach (var (k, v) in entries)
        {
            map.Entries[k] = v;
        }

        return map;
    }

    private static GoList List(params object?[] items) => new(items);

    [Fact]
    public void Validate_Valid_ReturnsNull() =>
        Assert.Null(Run("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}}}", Map(("a", 3L))));

    [Fact]
    public void Validate_RootError_StartsWithTheSchemaLine() =>
        Assert.Equal(Head + "\n- at '': got object, want array", Run("{\"type\":\"array\"}", new GoMap()));

    [Fact]
    public void Validate_Draft4BooleanExclusiveMinimum_ReadsAsExclusive() =>
        Assert.Equal(
            Head + "\n- at '/a': exclusiveMinimum: got 5, want 5",
            Run("{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"properties\":{\"a\":{\"minimum\":5,\"exclusiveMinimum\":true}}}", Map(("a", 5L))));

    [Fact]
    public void Validate_Draft4_IgnoresConstAndPropertyNames() =>
        Assert.Null(Run("{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"const\":1,\"propertyNames\":false}", Map(("a", 5L))));

    [Fact]
    public void Validate_Draft6_IgnoresIfThen() =>
        Assert.Null(Run("{\"$schema\":\"http://json-schema.org/draft-06/schema#\",\"if\":true,\"then\":false}", 1L));

    [Fact]
    public void Validate_Draft7RefSiblings_AreIgnored() =>
        Assert.Null(Run("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"definitions\":{\"s\":{}},\"$ref\":\"#/definitions/s\",\"type\":\"string\"}", 1L));

    [Fact]
    public void Validate_Draft2020RefSiblings_AreApplied() =>
        Assert.Equal(
            Head + "\n- at '': got number, want string",
            Run("{\"$defs\":{\"s\":{}},\"$ref\":\"#/$defs/s\",\"type\":\"string\"}", 1L));

    [Fact]
    public void Validate_FormatIn2020_IsAnnotationOnly() =>
        Assert.Null(Run("{\"format\":\"ipv4\"}", "x"));

    [Fact]
    public void Validate_FormatInDraft7_IsAsserted() =>
        Assert.Equal(
            Head + "\n- at '': 'x' is not valid ipv4: expected four decimals",
            Run("{\"$schema\":\"http://json-schema.org/draft-07/schema\",\"format\":\"ipv4\"}", "x"));

    [Fact]
    public void Validate_RefWithSeveralCauses_ShowsValidationFailedGroup() =>
        Assert.Equal(
            Head + "\n- at '/m': validation failed\n  - at '/m': minLength: got 3, want 5\n  - at '/m': 'abc' does not match pattern '^z'",
            Run("{\"$defs\":{\"s\":{\"minLength\":5,\"pattern\":\"^z\"}},\"properties\":{\"m\":{\"$ref\":\"#/$defs/s\"}}}", Map(("m", "abc"))));

    [Fact]
    public void Validate_RefCycle_ReportsBothKeywordLocations() =>
        Assert.Equal(
            Head + "\n- at '': both /$ref and  resolve to \"file:///values.schema.json#\" causing reference cycle",
            Run("{\"$ref\":\"#\"}", Map(("a", 1L))));

    [Fact]
    public void Validate_IdAndAnchor_ResolveWithinTheDocument()
    {
        const string schema = "{\"$defs\":{\"a\":{\"$id\":\"https://example.com/a.json\",\"$defs\":{\"n\":{\"$anchor\":\"num\",\"type\":\"number\"}}}}," +
            "\"properties\":{\"x\":{\"$ref\":\"https://example.com/a.json#num\"},\"y\":{\"$ref\":\"https://example.com/a.json#/$defs/n\"}}}";

        Assert.Equal(
            Head + "\n- at '/x': got string, want number\n- at '/y': got boolean, want number",
            Run(schema, Map(("x", "s"), ("y", true))));
    }

    [Fact]
    public void Validate_Draft7IdFragment_IsAnAnchor() =>
        Assert.Equal(
            Head + "\n- at '/x': got string, want number",
            Run("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"definitions\":{\"n\":{\"$id\":\"#num\",\"type\":\"number\"}},\"properties\":{\"x\":{\"$ref\":\"#num\"}}}", Map(("x", "s"))));

    [Fact]
    public void Validate_Draft4Id_UsesIdKeyword() =>
        Assert.Equal(
            Head + "\n- at '/x': got string, want number",
            Run("{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"definitions\":{\"n\":{\"id\":\"#num\",\"type\":\"number\"}},\"properties\":{\"x\":{\"$ref\":\"#num\"}}}", Map(("x", "s"))));

    [Fact]
    public void Validate_DynamicRef_ResolvesToTheOutermostDynamicAnchor()
    {
        const string schema = "{\"$dynamicAnchor\":\"node\",\"properties\":{\"kids\":{\"type\":\"array\",\"items\":{\"$dynamicRef\":\"#node\"}},\"name\":{\"type\":\"string\"}}}";

        Assert.Equal(
            Head + "\n- at '/kids/0/name': got number, want string",
            Run(schema, Map(("kids", List(Map(("name", 1L)))))));
    }

    [Fact]
    public void Validate_RecursiveRef2019_FollowsRecursiveAnchor()
    {
        const string schema = "{\"$schema\":\"https://json-schema.org/draft/2019-09/schema\",\"$recursiveAnchor\":true," +
            "\"properties\":{\"k\":{\"items\":{\"$recursiveRef\":\"#\"}},\"n\":{\"type\":\"string\"}}}";

        Assert.Equal(Head + "\n- at '/k/0/n': got number, want string", Run(schema, Map(("k", List(Map(("n", 1L)))))));
    }

    [Fact]
    public void Validate_UnevaluatedPropertiesSeesThroughAllOf() =>
        Assert.Equal(
            Head + "\n- at '/y': false schema",
            Run("{\"allOf\":[{\"properties\":{\"x\":true}}],\"unevaluatedProperties\":false}", Map(("x", 1L), ("y", 2L))));

    [Fact]
    public void Validate_UnevaluatedItemsAfterContains2020_OnlyUnmatchedFail() =>
        Assert.Equal(
            Head + "\n- at '/1': false schema",
            Run("{\"contains\":{\"type\":\"string\"},\"unevaluatedItems\":false}", List("a", 1L, "b")));

    [Fact]
    public void Validate_UnevaluatedIn2019_IsApplied() =>
        Assert.Equal(
            Head + "\n- at '/z': false schema",
            Run("{\"$schema\":\"https://json-schema.org/draft/2019-09/schema\",\"properties\":{\"a\":true},\"unevaluatedProperties\":false}", Map(("a", 1L), ("z", 1L))));

    [Fact]
    public void Validate_PropertyNames_ReportsAtTheEmptyLocation() =>
        Assert.Equal(
            Head + "\n- at '': invalid propertyName 'xy'\n  - at '': maxLength: got 2, want 1",
            Run("{\"propertyNames\":{\"maxLength\":1}}", Map(("xy", 1L))));

    [Fact]
    public void Validate_PatternProperties_UseGoRegexpSemantics() =>
        Assert.Equal(
            Head + "\n- at '/αβ': got number, want string",
            Run("{\"patternProperties\":{\"^\\\\p{Greek}+$\":{\"type\":\"string\"}}}", Map(("αβ", 1L), ("ab", 2L))));

    [Fact]
    public void Validate_NumbersOfEveryGoType_CompareExactly()
    {
        const string schema = "{\"properties\":{\"a\":{\"maximum\":18446744073709551614},\"b\":{\"const\":1},\"c\":{\"enum\":[2.0]}}}";

        Assert.Equal(
            Head + "\n- at '/a': maximum: got 1.8446744073709552×10¹⁹, want 1.8446744073709552×10¹⁹",
            Run(schema, Map(("a", new GoInt(GoType.Uint64, -1)), ("b", 1.0), ("c", 2L))));
    }

    [Fact]
    public void Validate_UniqueItems_TreatsOneAndOnePointZeroAsEqual() =>
        Assert.Equal(Head + "\n- at '': items at 0 and 2 are equal", Run("{\"uniqueItems\":true}", List(1L, 2L, 1.0)));

    [Fact]
    public void Validate_MaxLength_CountsRunesNotUtf16Units() =>
        Assert.Equal(Head + "\n- at '': maxLength: got 2, want 1", Run("{\"maxLength\":1}", "😀😀"));

    [Fact]
    public void Validate_Items2020AfterPrefixItems_ReportsTheLibrarysRelativeIndex() =>
        Assert.Equal(
            Head + "\n- at '/0': got number, want string\n- at '/1': got number, want string",
            Run("{\"prefixItems\":[true],\"items\":{\"type\":\"string\"}}", List(1L, 2L, 3L)));

    [Fact]
    public void Validate_OneOfTwoMatch_NamesTheSubschemas() =>
        Assert.Equal(Head + "\n- at '': 'oneOf' failed, subschemas 0, 1 matched", Run("{\"oneOf\":[{\"type\":\"integer\"},{\"minimum\":3}]}", 5L));

    [Fact]
    public void Validate_MinContainsZeroMatched_SaysNoneMatched() =>
        Assert.Equal(
            Head + "\n- at '': min 2 items required to match contains schema, but none matched\n  - at '/0': got number, want string",
            Run("{\"contains\":{\"type\":\"string\"},\"minContains\":2}", List(1L)));

    [Fact]
    public void Validate_UrnRefUnresolved_IsTheTrueSchema() =>
        Assert.Null(Run("{\"$ref\":\"urn:example:x\",\"type\":\"object\"}", new GoMap()));

    [Fact]
    public void Validate_BooleanRootSchema_FalseRejectsEverything()
    {
        Assert.Equal(Head + "\n- at '': false schema", Run("false", new GoMap()));
        Assert.Null(Run("true", new GoMap()));
    }

    [Fact]
    public void Validate_ByteArrayValue_IsAnInvalidJsonType() =>
        Assert.Equal(Head + "\n- at '/b': invalid jsonType []uint8", Run("{\"properties\":{\"b\":{}}}", Map(("b", new byte[] { 1 }))));

    [Fact]
    public void Compile_SchemaIsNotAnObject_IsInvalidSchema()
    {
        var ex = Assert.Throws<JsonSchemaException>(() => Compile("[1]"));

        Assert.Equal(JsonSchemaProblem.InvalidSchema, ex.Problem);
        Assert.Equal("\"file:///values.schema.json#\" is not valid against metaschema: at '': got array, want boolean or object", ex.Message);
    }

    [Fact]
    public void Compile_SubschemaOfWrongType_IsInvalidSchema()
    {
        var ex = Assert.Throws<JsonSchemaException>(() => Compile("{\"properties\":{\"a\":1}}"));

        Assert.Equal("\"file:///values.schema.json#\" is not valid against metaschema: at '/properties/a': got number, want boolean or object", ex.Message);
    }

    [Fact]
    public void Compile_SyntaxError_GivesGoMessageAndLocation()
    {
        var ex = Assert.Throws<JsonSchemaException>(() =>
            JsonSchemaValidator.Compile(Encoding.UTF8.GetBytes("{\n \"a\": tru\n}"), "s.json", JsonSchemaDraft.Draft2020, Url, out _));

        Assert.Equal(JsonSchemaProblem.Syntax, ex.Problem);
        Assert.Equal("invalid character '\\n' in literal true (expecting 'e')", ex.Message);
        Assert.True(JsonSchemaDocument.TryParse(Encoding.UTF8.GetBytes("{}"), "s.json", out _, out _, out _));
        Assert.False(JsonSchemaDocument.TryParse(Encoding.UTF8.GetBytes("{\n \"a\": tru\n}"), "s.json", out _, out _, out var location));
        Assert.Equal(2, location?.Line);
    }

    [Theory]
    [InlineData("{\"a\":", false, "unexpected EOF")]
    [InlineData(" \n", false, "EOF")]
    [InlineData("{} x", false, "invalid character after top-level value")]
    [InlineData("{} x", true, "invalid character 'x' after top-level value")]
    [InlineData("{\n \"a\": tru\n}", false, "invalid character '\\n' in literal true (expecting 'e')")]
    public void Compile_SyntaxError_UsesTheJsonDecodersMessage(string json, bool legacy, string expected)
    {
        var ex = Assert.Throws<JsonSchemaException>(() =>
        {
            if (legacy)
            {
                GoJsonSchemaValidator.Compile(Encoding.UTF8.GetBytes(json), "s.json", Url, out _);
            }
            else
            {
                JsonSchemaValidator.Compile(Encoding.UTF8.GetBytes(json), "s.json", JsonSchemaDraft.Draft2020, Url, out _);
            }
        });

        Assert.Equal(expected, ex.Message);
    }

    [Theory]
    [InlineData("http://json-schema.org/draft-04/schema#", 4)]
    [InlineData("https://json-schema.org/draft-06/schema", 6)]
    [InlineData("http://json-schema.org/draft-07/schema#", 7)]
    [InlineData("https://json-schema.org/draft/2019-09/schema", 2019)]
    [InlineData("https://json-schema.org/draft/2020-12/schema", 2020)]
    [InlineData("https://json-schema.org/schema", 2020)]
    public void DraftFromUrl_KnownDrafts_AreDetected(string url, int draft) =>
        Assert.Equal(draft, JsonSchemaCompiler.DraftFromUrl(url));

    [Fact]
    public void DraftFromUrl_Unknown_IsNull()
    {
        Assert.Null(JsonSchemaCompiler.DraftFromUrl("http://example.com/s"));
        Assert.Null(JsonSchemaCompiler.DraftFromUrl("http://json-schema.org/draft-07/schema#/x"));
    }
}
