using Bosun.Core.Text.Re2;

namespace Bosun.Core.Tests.Text.Re2;

public sealed class Re2RegexTests
{
    public static TheoryData<int> GoCaseIndexes()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Re2GoCases.All.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoCaseIndexes))]
    public void GoCase_PatternAndInput_MatchGoResults(int index)
    {
        var c = Re2GoCases.All[index];
        var re = Re2Regex.Compile(c.Pattern);
        var context = $"pattern {c.Pattern} on {c.Input}";
        Assert.True(c.Find == re.FindString(c.Input), context + ": FindString " + re.FindString(c.Input));
        Assert.True(c.Match == re.IsMatch(c.Input), context + ": MatchString");
        Assert.True(Same(c.All, re.FindAllString(c.Input, -1)), context + ": FindAllString(-1) " + Show(re.FindAllString(c.Input, -1)));
        Assert.True(Same(c.All2, re.FindAllString(c.Input, 2)), context + ": FindAllString(2) " + Show(re.FindAllString(c.Input, 2)));
        Assert.True(c.Replaced == re.ReplaceAllString(c.Input, c.Template), context + ": ReplaceAllString " + re.ReplaceAllString(c.Input, c.Template));
        Assert.True(c.ReplacedLiteral == re.ReplaceAllLiteralString(c.Input, c.Template), context + ": ReplaceAllLiteralString");
        Assert.True(Same(c.Split, re.Split(c.Input, -1)), context + ": Split(-1) " + Show(re.Split(c.Input, -1)));
        Assert.True(Same(c.Split2, re.Split(c.Input, 2)), context + ": Split(2) " + Show(re.Split(c.Input, 2)));
    }

    [Theory]
    [InlineData("(", "error parsing regexp: missing closing ): `(`")]
    [InlineData(")", "error parsing regexp: unexpected ): `)`")]
    [InlineData("a)", "error parsing regexp: unexpected ): `a)`")]
    [InlineData("(a", "error parsing regexp: missing closing ): `(a`")]
    [InlineData("(?i", "error parsing regexp: invalid or unsupported Perl syntax: `(?i`")]
    [InlineData("(?x)", "error parsing regexp: invalid or unsupported Perl syntax: `(?x`")]
    [InlineData("(?=a)", "error parsing regexp: invalid or unsupported Perl syntax: `(?=`")]
    [InlineData("(?!a)", "error parsing regexp: invalid or unsupported Perl syntax: `(?!`")]
    [InlineData("(?<=a)b", "error parsing regexp: invalid named capture: `(?<=a)b`")]
    [InlineData("(?<!a)b", "error parsing regexp: invalid named capture: `(?<!a)b`")]
    [InlineData("(?P<n>a", "error parsing regexp: missing closing ): `(?P<n>a`")]
    [InlineData("(?P<>a)", "error parsing regexp: invalid named capture: `(?P<>`")]
    [InlineData("(?P<a-b>x)", "error parsing regexp: invalid named capture: `(?P<a-b>`")]
    [InlineData("(?<a b>x)", "error parsing regexp: invalid named capture: `(?<a b>`")]
    [InlineData("(?P=n)", "error parsing regexp: invalid or unsupported Perl syntax: `(?P`")]
    [InlineData("(?i-)", "error parsing regexp: invalid or unsupported Perl syntax: `(?i-)`")]
    [InlineData("(?--i)", "error parsing regexp: invalid or unsupported Perl syntax: `(?--`")]
    [InlineData("a**", "error parsing regexp: invalid nested repetition operator: `**`")]
    [InlineData("a*?*", "error parsing regexp: invalid nested repetition operator: `*?*`")]
    [InlineData("a*{2}", "error parsing regexp: invalid nested repetition operator: `*{2}`")]
    [InlineData("a{2}{3}", "error parsing regexp: invalid nested repetition operator: `{2}{3}`")]
    [InlineData("a++", "error parsing regexp: invalid nested repetition operator: `++`")]
    [InlineData("*", "error parsing regexp: missing argument to repetition operator: `*`")]
    [InlineData("+a", "error parsing regexp: missing argument to repetition operator: `+`")]
    [InlineData("?", "error parsing regexp: missing argument to repetition operator: `?`")]
    [InlineData("a|*", "error parsing regexp: missing argument to repetition operator: `*`")]
    [InlineData("(*)", "error parsing regexp: missing argument to repetition operator: `*`")]
    [InlineData("(?:*)", "error parsing regexp: missing argument to repetition operator: `*`")]
    [InlineData("x{1001}", "error parsing regexp: invalid repeat count: `{1001}`")]
    [InlineData("x{2,1}", "error parsing regexp: invalid repeat count: `{2,1}`")]
    [InlineData("x{1000}{2}", "error parsing regexp: invalid nested repetition operator: `{1000}{2}`")]
    [InlineData("(x{500}){3}", "error parsing regexp: invalid repeat count: `{3}`")]
    [InlineData("x{99999999999}", "error parsing regexp: invalid repeat count: `{99999999999}`")]
    [InlineData("[a", "error parsing regexp: missing closing ]: `[a`")]
    [InlineData("[", "error parsing regexp: missing closing ]: `[`")]
    [InlineData("[]", "error parsing regexp: missing closing ]: `[]`")]
    [InlineData("[^", "error parsing regexp: missing closing ]: `[^`")]
    [InlineData("[z-a]", "error parsing regexp: invalid character class range: `z-a`")]
    [InlineData("[a-\\d]", "error parsing regexp: invalid escape sequence: `\\d`")]
    [InlineData("[[:foo:]]", "error parsing regexp: invalid character class range: `[:foo:]`")]
    [InlineData("[[:alpha:]", "error parsing regexp: missing closing ]: `[[:alpha:]`")]
    [InlineData("\\", "error parsing regexp: trailing backslash at end of expression: ``")]
    [InlineData("a\\", "error parsing regexp: trailing backslash at end of expression: ``")]
    [InlineData("\\1", "error parsing regexp: invalid escape sequence: `\\1`")]
    [InlineData("\\8", "error parsing regexp: invalid escape sequence: `\\8`")]
    [InlineData("\\q", "error parsing regexp: invalid escape sequence: `\\q`")]
    [InlineData("\\C", "error parsing regexp: invalid escape sequence: `\\C`")]
    [InlineData("\\xZ1", "error parsing regexp: invalid escape sequence: `\\xZ1`")]
    [InlineData("\\x4", "error parsing regexp: invalid escape sequence: `\\x4`")]
    [InlineData("\\x{}", "error parsing regexp: invalid escape sequence: `\\x{}`")]
    [InlineData("\\x{110000}", "error parsing regexp: invalid escape sequence: `\\x{110000`")]
    [InlineData("\\x{12", "error parsing regexp: invalid escape sequence: `\\x{12`")]
    [InlineData("\\pX", "error parsing regexp: invalid character class range: `\\pX`")]
    [InlineData("\\p{Foo}", "error parsing regexp: invalid character class range: `\\p{Foo}`")]
    [InlineData("\\p{Lu", "error parsing regexp: invalid character class range: `\\p{Lu`")]
    [InlineData("\\p", "error parsing regexp: invalid character class range: `\\p`")]
    [InlineData("\\é", "error parsing regexp: invalid escape sequence: `\\é`")]
    [InlineData("[\\q]", "error parsing regexp: invalid escape sequence: `\\q`")]
    [InlineData("(?i)(?-i:(", "error parsing regexp: missing closing ): `(?i)(?-i:(`")]
    public void Compile_InvalidPattern_FailsWithGoMessage(string pattern, string message) =>
        Assert.Equal(message, Assert.Throws<Re2SyntaxException>(() => Re2Regex.Compile(pattern)).Message);

    [Theory]
    [InlineData("^*")]
    [InlineData("(?P<name>a)(?P<name>b)")]
    [InlineData("a{,5}")]
    [InlineData("\\Q")]
    [InlineData("x{2}{,3}")]
    public void Compile_PatternsGoAccepts_Compile(string pattern) =>
        Assert.NotNull(Re2Regex.Compile(pattern));

    [Fact]
    public void MustCompilePanicMessage_BadPattern_QuotesWithBackquotes()
    {
        var error = Assert.Throws<Re2SyntaxException>(() => Re2Regex.Compile("("));
        Assert.Equal("regexp: Compile(`(`): error parsing regexp: missing closing ): `(`", Re2Regex.MustCompilePanicMessage("(", error));
    }

    [Fact]
    public void SyntaxException_Parts_ExposeCodeAndExpression()
    {
        var error = Assert.Throws<Re2SyntaxException>(() => Re2Regex.Compile("a**"));
        Assert.Equal(Re2ErrorCode.InvalidRepeatOp, error.Code);
        Assert.Equal("**", error.Expr);
    }

    [Theory]
    [InlineData(@"a.b*c", @"a\.b\*c")]
    [InlineData(@"\.+*?()|[]{}^$", @"\\\.\+\*\?\(\)\|\[\]\{\}\^\$")]
    [InlineData("héllo-world", "héllo-world")]
    [InlineData("", "")]
    public void QuoteMeta_Text_EscapesGoMetacharacters(string input, string expected) =>
        Assert.Equal(expected, Re2Regex.QuoteMeta(input));

    [Fact]
    public void SubexpNames_NamedAndUnnamed_InGoOrder()
    {
        var re = Re2Regex.Compile(@"(?P<a>x)(y)(?<b>z)(?:w)");
        Assert.Equal(3, re.NumSubexp);
        Assert.Equal(["", "a", "", "b"], re.SubexpNames);
    }

    [Fact]
    public void FindStringSubmatch_UnmatchedGroup_IsEmptyAndIndexMinusOne()
    {
        var re = Re2Regex.Compile(@"(a)|(b)");
        Assert.Equal(["b", "", "b"], re.FindStringSubmatch("b")!);
        Assert.Equal([0, 1, -1, -1, 0, 1], re.FindStringSubmatchIndex("b")!);
        Assert.Null(re.FindStringSubmatch("c"));
        Assert.Null(re.FindStringIndex("c"));
    }

    [Fact]
    public void ExpandString_DuplicateNames_UsesFirstParticipatingGroup()
    {
        var re = Re2Regex.Compile(@"(?P<n>a)|(?P<n>b)");
        var match = re.FindStringSubmatchIndex("b")!;
        Assert.Equal("[b]", re.ExpandString("[$n]", "b", match));
    }

    [Fact]
    public void FindAllString_LimitZero_IsNil() =>
        Assert.Null(Re2Regex.Compile("a").FindAllString("aaa", 0));

    [Fact]
    public void Split_LimitZero_IsNilAndEmptyInputGivesOneEmptyPiece()
    {
        Assert.Null(Re2Regex.Compile("a").Split("banana", 0));
        Assert.Equal([""], Re2Regex.Compile("a").Split("", -1));
        Assert.Empty(Re2Regex.Compile("").Split("", -1)!);
    }

    [Fact]
    public void Compile_SamePattern_IsCached() =>
        Assert.Same(Re2Regex.Compile("cached-[0-9]+"), Re2Regex.Compile("cached-[0-9]+"));

    [Fact]
    public void Compile_DeepNesting_FailsLikeGo()
    {
        var pattern = new string('(', 1001) + "a" + new string(')', 1001);
        Assert.Equal(
            "error parsing regexp: expression nests too deeply: `" + pattern + "`",
            Assert.Throws<Re2SyntaxException>(() => Re2Regex.Compile(pattern)).Message);
    }

    [Fact]
    public void TranslatedPattern_NoCapturesBeyondGoGroups_AndAsciiClasses()
    {
        var pattern = Re2Regex.Compile(@"(?i)\w+(x)").TranslatedPattern(fullUnicode: false);
        Assert.DoesNotContain(@"\w", pattern, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Match("abx", pattern).Groups.Count - 1);
    }

    private static bool Same(string[]? expected, List<string>? actual) =>
        expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);

    private static string Show(List<string>? list) => list is null ? "nil" : "[" + string.Join("|", list) + "]";
}
