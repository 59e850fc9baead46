using System.Text;
using Bosun.Core.JsonSchema;
using Bosun.Core.Values;

namespace Bosun.Core.Tests.JsonSchema;

public sealed class GoJsonSchemaValidatorTests
{
    private static IReadOnlyList<string> Run(string schema, object? value) =>
        GoJsonSchemaValidator.Compile(Encoding.UTF8.GetBytes(schema), "values.schema.json", "file:///values.schema.json", out _).Validate(value);

    private static GoMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new GoMap();
        foreach (var (k, v) in entries)
        {
            map.Entries[k] = v;
        }

        return map;
    }

    [Fact]
    public void Validate_AllOf_ListsSubErrorsBeforeTheAllOfLine() =>
        Assert.Equal(
            ["a: Invalid type. Expected: string, given: integer", "a: Must be greater than or equal to 3", "a: Must validate all the schemas (allOf)"],
            Run("{\"properties\":{\"a\":{\"allOf\":[{\"type\":\"string\"},{\"minimum\":3}]}}}", Map(("a", 1L))));

    [Fact]
    public void Validate_EnumOfStrings_IsHtmlEscapedJson() =>
        Assert.Equal(
            ["a: a must be one of the following: \"\\u003cb\\u003e\", 1.5"],
            Run("{\"properties\":{\"a\":{\"enum\":[\"<b>\",1.50]}}}", Map(("a", "x"))));

    [Fact]
    public void Validate_UniqueItems_ReportsEveryDuplicatePair() =>
        Assert.Equal(
            ["(root): array items[0,2] must be unique", "(root): array items[1,3] must be unique"],
            Run("{\"uniqueItems\":true}", new GoList([1L, "x", 1.0, "x"])));

    [Fact]
    public void Validate_OneOfNoneMatch_MergesTheBestScoringBranch() =>
        Assert.Equal(
            ["(root): Must validate one and only one schema (oneOf)", "(root): x is required"],
            Run("{\"oneOf\":[{\"required\":[\"x\"]},{\"required\":[\"y\",\"z\"],\"properties\":{\"y\":{\"type\":\"string\"}}}]}", Map(("true", 1L))));

    [Fact]
    public void Validate_IfThen_ReportsThenLine() =>
        Assert.Equal(
            ["(root): Must validate \"then\" as \"if\" was valid", "(root): Must be greater than or equal to 10"],
            Run("{\"if\":{\"type\":\"integer\"},\"then\":{\"minimum\":10}}", 1L));

    [Fact]
    public void Validate_NumberLimits_PrintAsBigFloat() =>
        Assert.Equal(
            ["(root): Must be less than or equal to 1e+06", "(root): Must be a multiple of 0.7"],
            Run("{\"maximum\":1000000,\"multipleOf\":0.7}", 6000000L).Reverse().ToList());

    [Theory]
    [InlineData("5000", "5000")]
    [InlineData("1000000", "1e+06")]
    [InlineData("123456", "123456")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("1.5e300", "1.5e+300")]
    public void BigFloat_SchemaNumbers_FormatShortest(string text, string expected) =>
        Assert.Equal(expected, GoJsonSchemaValidator.FormatNumber(new JsonNumber(text)));

    [Fact]
    public void Validate_SelfReferencingRef_FailsInsteadOfOverflowing()
    {
        var ex = Assert.Throws<JsonSchemaException>(() => Run("{\"$ref\":\"#\"}", new GoMap()));

        Assert.Equal("schema references recurse without end", ex.Message);
    }

    [Fact]
    public void Validate_NullValues_ValidateAsEmptyObject() =>
        Assert.Equal(["(root): a is required"], Run("{\"required\":[\"a\"]}", null));
}
