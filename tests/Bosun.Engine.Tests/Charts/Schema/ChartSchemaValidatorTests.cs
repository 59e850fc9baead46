using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.Values;
using Bosun.Engine.Charts;
using Bosun.Engine.Charts.Schema;

namespace Bosun.Engine.Tests.Charts.Schema;

public sealed class ChartSchemaValidatorTests
{
    private const string Prefix = "values don't meet the specifications of the schema(s) in the following chart(s):\n";

    private static Chart MakeChart(string name, string? schema, params Chart[] dependencies) =>
        new(new ChartMetadata { Name = name, Version = "0.1.0" }, new GoMap(), [], [])
        {
            Schema = schema is null ? null : Encoding.UTF8.GetBytes(schema),
            Dependencies = [.. dependencies],
        };

    private static GoMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new GoMap();
        foreach (var (k, v) in entries)
        {
            map.Entries[k] = v;
        }

        return map;
    }

    private static BosunException Fails(Chart chart, GoMap values, int major) =>
        Assert.Throws<BosunException>(() => ChartSchemaValidator.Validate(chart, values, major));

    // Coalesced values as helm validates them: "global" in the root and in each subchart's map.
    private static GoMap ParentValues(object? port, bool withName) =>
        withName
            ? Map(("global", new GoMap()), ("name", "a"), ("x", 1L), ("sub", Map(("global", new GoMap()), ("port", port))))
            : Map(("global", new GoMap()), ("x", 1L), ("sub", Map(("global", new GoMap()), ("port", port))));

    private static Chart Parent(string subSchema) =>
        MakeChart("p", "{\"required\":[\"name\"]}", MakeChart("sub", subSchema));

    [Fact]
    public void Validate_ParentAndSubchartFailHelm4_CombinesBlocksInHelmOrder()
    {
        var ex = Fails(Parent("{\"properties\":{\"port\":{\"type\":\"integer\"}}}"), ParentValues("abc", false), 4);

        Assert.Equal("BOSUN3200", ex.Diagnostic.Code);
        Assert.Equal(Prefix + "p:\n- at '': missing property 'name'\nsub:\n- at '/port': got string, want integer\n", ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_ParentAndSubchartFailHelm3_CombinesBlocksInHelmOrder()
    {
        var ex = Fails(Parent("{\"properties\":{\"port\":{\"type\":\"integer\"}}}"), ParentValues("abc", false), 3);

        Assert.Equal(Prefix + "p:\n- (root): name is required\nsub:\n- port: Invalid type. Expected: integer, given: string\n", ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_SubchartSeesGlobal_ReportsItAsAdditionalProperty()
    {
        var chart = Parent("{\"properties\":{\"port\":{\"type\":\"integer\"}},\"additionalProperties\":false}");

        Assert.Equal(Prefix + "sub:\n- at '': additional properties 'global' not allowed\n", Fails(chart, ParentValues(80L, true), 4).Diagnostic.Message);
        Assert.Equal(Prefix + "sub:\n- (root): Additional property global is not allowed\n", Fails(chart, ParentValues(80L, true), 3).Diagnostic.Message);
    }

    [Fact]
    public void Validate_AllValid_DoesNotThrow()
    {
        ChartSchemaValidator.Validate(Parent("{\"properties\":{\"port\":{\"type\":\"integer\"}}}"), ParentValues(80L, true), 4);
        ChartSchemaValidator.Validate(Parent("{\"properties\":{\"port\":{\"type\":\"integer\"}}}"), ParentValues(80L, true), 3);
        Assert.Null(ChartSchemaValidator.Check(Parent("{}"), ParentValues(80L, true), 4));
    }

    [Fact]
    public void Validate_Helm4SubchartValuesNotAMap_ReportsTheGoType()
    {
        var chart = MakeChart("p", null, MakeChart("sub", "{}"));

        var ex = Fails(chart, Map(("sub", "abc")), 4);

        Assert.Equal(Prefix + "sub:\ninvalid type for values: expected object (map), got string\n", ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_Helm4SubchartWithoutValues_IsSkipped()
    {
        var chart = MakeChart("p", null, MakeChart("sub", "{\"required\":[\"x\"]}"));

        Assert.Null(ChartSchemaValidator.Check(chart, new GoMap(), 4));
    }

    [Fact]
    public void Validate_NestedSubchart_UsesItsOwnScope()
    {
        var chart = MakeChart("p", null, MakeChart("mid", null, MakeChart("leaf", "{\"properties\":{\"n\":{\"maximum\":3}}}")));
        var values = Map(("mid", Map(("leaf", Map(("n", 4L))))));

        Assert.Equal(Prefix + "leaf:\n- at '/n': maximum: got 4, want 3\n", Fails(chart, values, 4).Diagnostic.Message);
        Assert.Equal(Prefix + "leaf:\n- n: Must be less than or equal to 3\n", Fails(chart, values, 3).Diagnostic.Message);
    }

    [Fact]
    public void Validate_SchemaNotJson_IsCodedWithLineAndColumn()
    {
        var chart = MakeChart("c", "{\n  \"type\": \"object\",\n}");

        var ex = Fails(chart, new GoMap(), 4);

        Assert.Equal("BOSUN3201", ex.Diagnostic.Code);
        Assert.Equal(Prefix + "c:\ninvalid character '}' looking for beginning of object key string", ex.Diagnostic.Message);
        Assert.NotNull(ex.Diagnostic.Location);
        Assert.Equal(3, ex.Diagnostic.Location.Value.Line);
        Assert.Equal(1, ex.Diagnostic.Location.Value.Column);
    }

    [Fact]
    public void Validate_SchemaTruncated_IsCodedForHelm3Too()
    {
        var ex = Fails(MakeChart("c", "{\"type\":"), new GoMap(), 3);

        Assert.Equal("BOSUN3201", ex.Diagnostic.Code);
        Assert.Equal(Prefix + "c:\nunexpected EOF", ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_UnknownType_IsInvalidSchema()
    {
        var ex = Fails(MakeChart("c", "{\"type\":\"objectx\"}"), new GoMap(), 4);

        Assert.Equal("BOSUN3202", ex.Diagnostic.Code);
        Assert.Equal(
            "c/values.schema.json is not a valid JSON Schema: \"file:///values.schema.json#\" is not valid against metaschema: at '/type': value must be one of 'array', 'boolean', 'integer', 'null', 'number', 'object', 'string'",
            ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_BadPattern_IsInvalidSchema()
    {
        var ex = Fails(MakeChart("c", "{\"properties\":{\"a\":{\"pattern\":\"(\"}}}"), new GoMap(), 4);

        Assert.Equal("BOSUN3202", ex.Diagnostic.Code);
        Assert.Equal(
            "c/values.schema.json is not a valid JSON Schema: invalid regex '(' at 'file:///values.schema.json#/properties/a/pattern': error parsing regexp: missing closing ): `(`",
            ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_MinLengthNotAnInteger_IsInvalidSchema()
    {
        var ex = Fails(MakeChart("c", "{\"minLength\":\"3\"}"), new GoMap(), 4);

        Assert.Equal(
            "c/values.schema.json is not a valid JSON Schema: \"file:///values.schema.json#\" is not valid against metaschema: at '/minLength': got string, want integer",
            ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_MissingPointer_ReportsHelmsMessage()
    {
        var ex = Fails(MakeChart("c", "{\"properties\":{\"a\":{\"$ref\":\"#/definitions/nope\"}}}"), new GoMap(), 4);

        Assert.Equal("BOSUN3202", ex.Diagnostic.Code);
        Assert.Equal(
            "c/values.schema.json is not a valid JSON Schema: json-pointer in \"file:///values.schema.json#/definitions/nope\" not found",
            ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_UnknownSchemaDialect_IsCoded()
    {
        var ex = Fails(MakeChart("c", "{\"$schema\":\"http://example.com/s\"}"), new GoMap(), 4);

        Assert.Equal("BOSUN3204", ex.Diagnostic.Code);
        Assert.Equal("c/values.schema.json: unknown $schema \"http://example.com/s\": helm would load it as a metaschema over the network", ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_UnknownSchemaDialectHelm3_IsReadAsHybrid()
    {
        var ex = Fails(MakeChart("c", "{\"$schema\":\"http://example.com/s\",\"required\":[\"a\"]}"), new GoMap(), 3);

        Assert.Equal(Prefix + "c:\n- (root): a is required\n", ex.Diagnostic.Message);
    }

    [Fact]
    public void Validate_SubchartSchemaBroken_NamesTheSubchartFile()
    {
        var chart = MakeChart("p", null, MakeChart("sub", "[1,"));

        var ex = Fails(chart, Map(("sub", new GoMap())), 4);

        Assert.Equal("BOSUN3201", ex.Diagnostic.Code);
        Assert.Equal(Prefix + "sub:\nunexpected EOF", ex.Diagnostic.Message);
        Assert.Equal("p/charts/sub/values.schema.json", ex.Diagnostic.Location?.File.Path);
    }
}
