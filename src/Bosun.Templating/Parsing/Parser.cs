using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Lexing;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Parsing;

/// <summary>
/// Go's text/template parser (parse/parse.go), one instance per tree as in Go: the top level of a file,
/// and each <c>define</c> or <c>block</c> body, all pulling from one shared lexer. The first error stops
/// parsing with a <see cref="TemplateException"/> whose GoMessage is Go's <c>template: NAME:LINE: ...</c>.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Go's maxStackDepth: nested parenthesized expressions.</summary>
    public const int MaxParenDepth = 10000;

    /// <summary>Bosun's bound on nested parentheses where Go (before 1.25) has none.</summary>
    public const int MaxParenDepthWithoutGoLimit = 100000;

    /// <summary>Bosun's bound on nested if/range/with (Go has none).</summary>
    public const int DefaultMaxControlDepth = 10000;

    private readonly ParseSession _session;
    private readonly SyntaxTree _tree;
    private readonly Token[] _token = new Token[3];
    private readonly List<string> _vars = ["$"];
    private int _peekCount;
    private int _actionLine;
    private int _rangeDepth;
    private int _stackDepth;
    private Token _pipelineEnd;

    private Parser(ParseSession session, SyntaxTree tree)
    {
        _session = session;
        _tree = tree;
    }

    /// <summary>
    /// Parses a source text into its trees: the top level under <paramref name="name"/> plus every
    /// <c>define</c> and <c>block</c>. Throws <see cref="TemplateException"/> on the first error.
    /// </summary>
    public static Dictionary<string, SyntaxTree> Parse(
        SourceFile source,
        string name,
        Func<string, bool> hasFunction,
        string leftDelim = "{{",
        string rightDelim = "}}",
        bool keepComments = false,
        int maxControlDepth = DefaultMaxControlDepth,
        int maxParenDepth = MaxParenDepth)
    {
        var session = new ParseSession(source, leftDelim, rightDelim, hasFunction, keepComments, maxControlDepth, maxParenDepth);
        var tree = new SyntaxTree(name, name, source, leftDelim, rightDelim);
        var parser = new Parser(session, tree);
        parser.ParseTopLevel();
        parser.Add();
        return session.TreeSet;
    }

    private string ParseName => _tree.ParseName;

    private SourceFile Source => _session.Source;

    // ---- Token stream with Go's three-token lookahead.

    private Token Next()
    {
        if (_peekCount > 0)
        {
            _peekCount--;
        }
        else
        {
            _token[0] = _session.Lexer.NextToken();
        }

        return _token[_peekCount];
    }

    private void Backup() => _peekCount++;

    private void Backup2(Token t1)
    {
        _token[1] = t1;
        _peekCount = 2;
    }

    private void Backup3(Token t2, Token t1)
    {
        _token[1] = t1;
        _token[2] = t2;
        _peekCount = 3;
    }

    private Token Peek()
    {
        if (_peekCount > 0)
        {
            return _token[_peekCount - 1];
        }

        _peekCount = 1;
        _token[0] = _session.Lexer.NextToken();
        return _token[0];
    }

    private Token NextNonSpace()
    {
        Token token;
        do
        {
            token = Next();
        }
        while (token.Kind == TokenKind.Space);
        return token;
    }

    private Token PeekNonSpace()
    {
        var token = NextNonSpace();
        Backup();
        return token;
    }

    // ---- Errors.

    /// <summary>Go's errorf: the message's line is that of the latest token read, as in Go; so is the location.</summary>
    private TemplateException Errorf(DiagnosticDescriptor descriptor, params object?[] args) =>
        ErrorAt(SpanOf(_token[0]), descriptor, args);

    /// <summary>Like <see cref="Errorf"/>, but the diagnostic points at <paramref name="span"/> (the offending element).</summary>
    private TemplateException ErrorAt(TextSpan span, DiagnosticDescriptor descriptor, params object?[] args)
    {
        var diagnostic = descriptor.At(new SourceLocation(Source, span), args);
        string goMessage = $"template: {ParseName}:{_token[0].Line}: {diagnostic.Message}";
        return new TemplateException(diagnostic, goMessage);
    }

    private static TextSpan SpanOf(Token token) =>
        new(token.Position, token.Kind is TokenKind.Error or TokenKind.EndOfFile ? 0 : token.Value.Length);

    private Token Expect(TokenKind expected, string context)
    {
        var token = NextNonSpace();
        if (token.Kind != expected)
        {
            throw Unexpected(token, context);
        }

        return token;
    }

    private Token ExpectOneOf(TokenKind expected1, TokenKind expected2, string context)
    {
        var token = NextNonSpace();
        if (token.Kind != expected1 && token.Kind != expected2)
        {
            throw Unexpected(token, context);
        }

        return token;
    }

    private TemplateException Unexpected(Token token, string context)
    {
        if (token.Kind == TokenKind.Error)
        {
            string extra = string.Empty;
            if (_actionLine != 0 && _actionLine != token.Line)
            {
                extra = $" in action started at {ParseName}:{_actionLine}";
                if (token.Value.EndsWith(" action", StringComparison.Ordinal))
                {
                    extra = extra[" in action".Length..];
                }
            }

            var lexer = _session.Lexer;
            var descriptor = lexer.ErrorDescriptor ?? TemplateErrors.SyntaxError;
            return lexer.ErrorArgument is null
                ? ErrorAt(SpanOf(token), descriptor, extra)
                : ErrorAt(SpanOf(token), descriptor, lexer.ErrorArgument, extra);
        }

        return ErrorAt(SpanOf(token), TemplateErrors.UnexpectedToken, token.ToString(), context);
    }

    // ---- Trees.

    private void Add()
    {
        var treeSet = _session.TreeSet;
        if (!treeSet.TryGetValue(_tree.Name, out var existing) || existing.IsEmpty)
        {
            treeSet[_tree.Name] = _tree;
            return;
        }

        if (!_tree.IsEmpty)
        {
            throw Errorf(TemplateErrors.MultipleDefinition, GoQuoting.Quote(_tree.Name));
        }
    }

    private void ParseTopLevel()
    {
        var root = new ListNode(_tree, Peek().Position);
        _tree.Root = root;
        while (Peek().Kind != TokenKind.EndOfFile)
        {
            if (Peek().Kind == TokenKind.LeftDelim)
            {
                var delim = Next();
                if (NextNonSpace().Kind == TokenKind.Define)
                {
                    var definition = new Parser(_session, new SyntaxTree("definition", ParseName, Source, _session.LeftDelim, _session.RightDelim));
                    definition.ParseDefinition();
                    continue;
                }

                Backup2(delim);
            }

            var node = TextOrAction();
            if (node is EndNode or ElseNode)
            {
                throw ErrorAt(node.Span, TemplateErrors.UnexpectedKeyword, node.ToString());
            }

            root.Append(node);
        }
    }

    private void ParseDefinition()
    {
        const string context = "define clause";
        var name = ExpectOneOf(TokenKind.String, TokenKind.RawString, context);
        _tree.Name = Unquote(name);
        Expect(TokenKind.RightDelim, context);
        var (list, end) = ItemList();
        _tree.Root = list;
        if (end is not EndNode)
        {
            throw ErrorAt(end.Span, TemplateErrors.UnexpectedToken, end.ToString(), context);
        }

        Add();
    }

    private (ListNode List, Node Next) ItemList()
    {
        if (!Execution.StackGuard.HasRoom)
        {
            (ListNode, Node) result = default;
            Execution.StackGuard.RunOnNewStack(() => result = ItemList());
            return result;
        }

        var list = new ListNode(_tree, PeekNonSpace().Position);
        while (PeekNonSpace().Kind != TokenKind.EndOfFile)
        {
            var node = TextOrAction();
            if (node is EndNode or ElseNode)
            {
                return (list, node);
            }

            list.Append(node);
        }

        throw Errorf(TemplateErrors.UnexpectedEndOfFile);
    }

    private Node TextOrAction()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Text:
                return new TextNode(_tree, token.Position, token.Value);
            case TokenKind.LeftDelim:
                _actionLine = token.Line;
                var action = Action(token.Position);
                _actionLine = 0;
                return action;
            case TokenKind.Comment:
                return new CommentNode(_tree, token.Position, token.Value);
            default:
                throw Unexpected(token, "input");
        }
    }

    private string Unquote(Token literal)
    {
        if (!GoUnquote.TryUnquote(literal.Value, out string value))
        {
            throw ErrorAt(SpanOf(literal), TemplateErrors.InvalidLiteral);
        }

        return value;
    }

    private VariableNode NewVariable(Token token) =>
        new(_tree, token.Position, new TextSpan(token.Position, token.Value.Length), token.Value);
}
