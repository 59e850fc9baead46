namespace Bosun.Core.Text.Re2;

/// <summary>
/// A Go regexp/syntax parse error: <see cref="Exception.Message"/> is Go's text
/// (<c>error parsing regexp: missing closing ): `(`</c>).
/// </summary>
public sealed class Re2SyntaxException : Exception
{
    public Re2SyntaxException(string code, string expr)
        : base("error parsing regexp: " + code + ": `" + expr + "`")
    {
        Code = code;
        Expr = expr;
    }

    /// <summary>Go's ErrorCode text, e.g. <c>missing closing )</c>.</summary>
    public string Code { get; }

    /// <summary>The offending part of the expression.</summary>
    public string Expr { get; }
}
