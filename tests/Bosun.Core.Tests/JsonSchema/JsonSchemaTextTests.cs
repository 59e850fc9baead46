using Bosun.Core.JsonSchema;

namespace Bosun.Core.Tests.JsonSchema;

public sealed class JsonSchemaTextTests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(999L, "999")]
    [InlineData(5000L, "5,000")]
    [InlineData(-1234567L, "-1,234,567")]
    [InlineData(long.MinValue, "-9,223,372,036,854,775,808")]
    public void Int_EnglishPrinter_GroupsThousands(long value, string expected) =>
        Assert.Equal(expected, JsonSchemaText.Int(value));

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(5000.0, "5,000")]
    [InlineData(2000.25, "2,000.25")]
    [InlineData(123456.0, "123,456")]
    [InlineData(6000000.0, "6×10⁰⁶")]
    [InlineData(1234567.5, "1.2345675×10⁰⁶")]
    [InlineData(99999999.25, "9.999999925×10⁰⁷")]
    [InlineData(1e-8, "1×10⁻⁰⁸")]
    [InlineData(1e-7, "1×10⁻⁰⁷")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.5, "0.5")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(-12345.0, "-12,345")]
    [InlineData(1.5e300, "1.5×10³⁰⁰")]
    [InlineData(0.0, "0")]
    public void Float_EnglishPrinter_MatchesXTextVerbV(double value, string expected) =>
        Assert.Equal(expected, JsonSchemaText.Float(value));

    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("it's", "'it\\'s'")]
    [InlineData("a\"b", "'a\"b'")]
    [InlineData("x\ty", "'x\\ty'")]
    [InlineData("^\\p{Greek}+$", "'^\\\\p{Greek}+$'")]
    [InlineData("", "''")]
    public void Quote_String_UsesSingleQuotesOverGoQuoting(string value, string expected) =>
        Assert.Equal(expected, JsonSchemaText.Quote(value));

    [Fact]
    public void Display_Values_AsTheLibraryShowsThem()
    {
        Assert.Equal("<nil>", JsonSchemaText.Display(null));
        Assert.Equal("true", JsonSchemaText.Display(true));
        Assert.Equal("1.50", JsonSchemaText.Display(new JsonNumber("1.50")));
        Assert.Equal("'x'", JsonSchemaText.Display("x"));
        Assert.Equal("value", JsonSchemaText.Display(new Bosun.Core.Values.GoMap()));
        Assert.Equal("1.5", JsonSchemaText.Display(1.5));
        Assert.Equal("7", JsonSchemaText.Display(7L));
    }
}
