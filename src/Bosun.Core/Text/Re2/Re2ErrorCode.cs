namespace Bosun.Core.Text.Re2;

/// <summary>Go's syntax.ErrorCode texts.</summary>
public static class Re2ErrorCode
{
    public const string InternalError = "regexp/syntax: internal error";
    public const string InvalidCharClass = "invalid character class";
    public const string InvalidCharRange = "invalid character class range";
    public const string InvalidEscape = "invalid escape sequence";
    public const string InvalidNamedCapture = "invalid named capture";
    public const string InvalidPerlOp = "invalid or unsupported Perl syntax";
    public const string InvalidRepeatOp = "invalid nested repetition operator";
    public const string InvalidRepeatSize = "invalid repeat count";
    public const string InvalidUtf8 = "invalid UTF-8";
    public const string MissingBracket = "missing closing ]";
    public const string MissingParen = "missing closing )";
    public const string MissingRepeatArgument = "missing argument to repetition operator";
    public const string TrailingBackslash = "trailing backslash at end of expression";
    public const string UnexpectedParen = "unexpected )";
    public const string NestingDepth = "expression nests too deeply";
    public const string Large = "expression too large";
}
