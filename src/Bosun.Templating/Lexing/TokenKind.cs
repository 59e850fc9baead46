namespace Bosun.Templating.Lexing;

/// <summary>
/// The kinds of lexical items of Go's text/template (parse/lex.go <c>itemType</c>), in Go's order:
/// everything after <see cref="Keyword"/> is a keyword and prints as <c>&lt;word&gt;</c> in errors.
/// </summary>
public enum TokenKind
{
    /// <summary>A lexical error; the value is the message.</summary>
    Error,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>A printable ASCII character inside an action that is nothing else, e.g. a comma.</summary>
    Char,

    /// <summary>A character constant such as <c>'a'</c>.</summary>
    CharConstant,

    /// <summary>A comment <c>/* ... */</c> (only emitted when comments are kept).</summary>
    Comment,

    /// <summary>A complex constant <c>1+2i</c>.</summary>
    Complex,

    /// <summary><c>=</c> introducing an assignment.</summary>
    Assign,

    /// <summary><c>:=</c> introducing a declaration.</summary>
    Declare,

    /// <summary>End of input.</summary>
    EndOfFile,

    /// <summary>An identifier starting with <c>.</c>, e.g. <c>.Values</c>.</summary>
    Field,

    /// <summary>An identifier not starting with <c>.</c> (a function name).</summary>
    Identifier,

    /// <summary>The left action delimiter.</summary>
    LeftDelim,

    /// <summary><c>(</c> inside an action.</summary>
    LeftParen,

    /// <summary>A number literal.</summary>
    Number,

    /// <summary><c>|</c>.</summary>
    Pipe,

    /// <summary>A raw string literal with its back quotes.</summary>
    RawString,

    /// <summary>The right action delimiter.</summary>
    RightDelim,

    /// <summary><c>)</c> inside an action.</summary>
    RightParen,

    /// <summary>A run of spaces separating arguments.</summary>
    Space,

    /// <summary>An interpreted string literal with its quotes.</summary>
    String,

    /// <summary>Plain text outside actions.</summary>
    Text,

    /// <summary>A variable such as <c>$</c> or <c>$x</c>.</summary>
    Variable,

    /// <summary>Delimits the keywords; never produced.</summary>
    Keyword,

    /// <summary><c>block</c>.</summary>
    Block,

    /// <summary><c>break</c>.</summary>
    Break,

    /// <summary><c>continue</c>.</summary>
    Continue,

    /// <summary>The cursor <c>.</c>.</summary>
    Dot,

    /// <summary><c>define</c>.</summary>
    Define,

    /// <summary><c>else</c>.</summary>
    Else,

    /// <summary><c>end</c>.</summary>
    End,

    /// <summary><c>if</c>.</summary>
    If,

    /// <summary><c>nil</c>.</summary>
    Nil,

    /// <summary><c>range</c>.</summary>
    Range,

    /// <summary><c>template</c>.</summary>
    Template,

    /// <summary><c>with</c>.</summary>
    With,
}
