namespace Bosun.Templating.Syntax;

/// <summary>The kind of a parse-tree node (Go's parse.NodeType).</summary>
public enum NodeType
{
    /// <summary>Plain text.</summary>
    Text,

    /// <summary>A non-control action such as a field evaluation.</summary>
    Action,

    /// <summary>A boolean constant.</summary>
    Bool,

    /// <summary>A term followed by field accesses, e.g. <c>(pipe).Field</c>.</summary>
    Chain,

    /// <summary>An element of a pipeline.</summary>
    Command,

    /// <summary>The cursor, dot.</summary>
    Dot,

    /// <summary>An else action (parser only, never in a finished tree).</summary>
    Else,

    /// <summary>An end action (parser only, never in a finished tree).</summary>
    End,

    /// <summary>A field or method name.</summary>
    Field,

    /// <summary>An identifier; always a function name.</summary>
    Identifier,

    /// <summary>An if action.</summary>
    If,

    /// <summary>A list of nodes.</summary>
    List,

    /// <summary>The untyped nil constant.</summary>
    Nil,

    /// <summary>A numerical constant.</summary>
    Number,

    /// <summary>A pipeline of commands.</summary>
    Pipe,

    /// <summary>A range action.</summary>
    Range,

    /// <summary>A string constant.</summary>
    String,

    /// <summary>A template invocation action.</summary>
    Template,

    /// <summary>A $ variable.</summary>
    Variable,

    /// <summary>A with action.</summary>
    With,

    /// <summary>A comment.</summary>
    Comment,

    /// <summary>A break action.</summary>
    Break,

    /// <summary>A continue action.</summary>
    Continue,
}
