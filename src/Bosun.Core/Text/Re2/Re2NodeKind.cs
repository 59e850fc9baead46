namespace Bosun.Core.Text.Re2;

/// <summary>Operators of the parsed expression (Go's syntax.Op) plus the parser's two pseudo-operators.</summary>
internal enum Re2NodeKind
{
    NoMatch,
    EmptyMatch,
    Literal,
    CharClass,
    BeginLine,
    EndLine,
    BeginText,
    EndText,
    WordBoundary,
    NoWordBoundary,
    Capture,
    Star,
    Plus,
    Quest,
    Repeat,
    Concat,
    Alternate,

    /// <summary>Pseudo-operator: an open parenthesis on the parse stack.</summary>
    LeftParen,

    /// <summary>Pseudo-operator: a vertical bar on the parse stack.</summary>
    VerticalBar,
}
