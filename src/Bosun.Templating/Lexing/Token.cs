using Bosun.Templating.Syntax;

namespace Bosun.Templating.Lexing;

/// <summary>
/// One lexical item: its kind, its start offset in the source text, its text (for errors the message)
/// and the 1-based line it starts on, as Go's lexer reports it.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Position, string Value, int Line)
{
    /// <summary>Offset just past the item in the source (the start for errors and end of file).</summary>
    public int End => Kind is TokenKind.Error or TokenKind.EndOfFile ? Position : Position + Value.Length;

    /// <summary>The item as Go's parser prints it in messages: <c>EOF</c>, <c>&lt;end&gt;</c>, <c>"foo"</c>, <c>"0123456789"...</c>.</summary>
    public override string ToString()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return "EOF";
        }

        if (Kind == TokenKind.Error)
        {
            return Value;
        }

        if (Kind > TokenKind.Keyword)
        {
            return "<" + Value + ">";
        }

        return GoQuoting.QuoteTruncated(Value, 10);
    }
}
