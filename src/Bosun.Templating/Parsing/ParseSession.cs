using Bosun.Core.Text;
using Bosun.Templating.Lexing;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Parsing;

/// <summary>What the parsers of one source text share: the lexer, the trees found so far, the settings.</summary>
internal sealed class ParseSession
{
    public ParseSession(SourceFile source, string leftDelim, string rightDelim, Func<string, bool> hasFunction, bool keepComments, int maxControlDepth, int maxParenDepth)
    {
        Source = source;
        LeftDelim = leftDelim;
        RightDelim = rightDelim;
        HasFunction = hasFunction;
        MaxControlDepth = maxControlDepth;
        MaxParenDepth = maxParenDepth;
        Lexer = new Lexer(source.Text, leftDelim, rightDelim, keepComments, !hasFunction("break"), !hasFunction("continue"));
    }

    public SourceFile Source { get; }

    public string LeftDelim { get; }

    public string RightDelim { get; }

    public Func<string, bool> HasFunction { get; }

    public Lexer Lexer { get; }

    /// <summary>Trees by name, in the order they were completed (Go's treeSet).</summary>
    public Dictionary<string, SyntaxTree> TreeSet { get; } = new(StringComparer.Ordinal);

    public int MaxControlDepth { get; }

    public int MaxParenDepth { get; }

    public int ControlDepth { get; set; }
}
