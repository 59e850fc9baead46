using Bosun.Core.Text;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Lexing;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Parsing;

/// <summary>Actions and control structures: if, range, with, else, end, break, continue, block, template.</summary>
internal sealed partial class Parser
{
    private Node Action(int leftDelimPosition)
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Block:
                return BlockControl(leftDelimPosition);
            case TokenKind.Break:
                return BreakControl(token, leftDelimPosition);
            case TokenKind.Continue:
                return ContinueControl(token, leftDelimPosition);
            case TokenKind.Else:
                return ElseControl(leftDelimPosition);
            case TokenKind.End:
                return EndControl(leftDelimPosition);
            case TokenKind.If:
                return BranchControl("if", leftDelimPosition);
            case TokenKind.Range:
                return BranchControl("range", leftDelimPosition);
            case TokenKind.Template:
                return TemplateControl(leftDelimPosition);
            case TokenKind.With:
                return BranchControl("with", leftDelimPosition);
        }

        Backup();
        token = Peek();
        var pipe = Pipeline("command", TokenKind.RightDelim);
        return new ActionNode(_tree, token.Position, token.Line, pipe)
        {
            Span = TextSpan.FromBounds(leftDelimPosition, _pipelineEnd.End),
        };
    }

    private BreakNode BreakControl(Token keyword, int leftDelimPosition)
    {
        var token = NextNonSpace();
        if (token.Kind != TokenKind.RightDelim)
        {
            throw Unexpected(token, "{{break}}");
        }

        if (_rangeDepth == 0)
        {
            throw ErrorAt(TextSpan.FromBounds(leftDelimPosition, token.End), TemplateErrors.BreakOutsideRange);
        }

        return new BreakNode(_tree, keyword.Position, TextSpan.FromBounds(leftDelimPosition, token.End), keyword.Line);
    }

    private ContinueNode ContinueControl(Token keyword, int leftDelimPosition)
    {
        var token = NextNonSpace();
        if (token.Kind != TokenKind.RightDelim)
        {
            throw Unexpected(token, "{{continue}}");
        }

        if (_rangeDepth == 0)
        {
            throw ErrorAt(TextSpan.FromBounds(leftDelimPosition, token.End), TemplateErrors.ContinueOutsideRange);
        }

        return new ContinueNode(_tree, keyword.Position, TextSpan.FromBounds(leftDelimPosition, token.End), keyword.Line);
    }

    private BranchNode BranchControl(string context, int leftDelimPosition)
    {
        _session.ControlDepth++;
        if (_session.ControlDepth > _session.MaxControlDepth)
        {
            throw Errorf(TemplateErrors.ControlNestingTooDeep, _session.MaxControlDepth);
        }

        int varMark = _vars.Count;
        var pipe = Pipeline(context, TokenKind.RightDelim);
        if (context == "range")
        {
            _rangeDepth++;
        }

        var (list, next) = ItemList();
        if (context == "range")
        {
            _rangeDepth--;
        }

        ListNode? elseList = null;
        int end = next.Span.End;
        if (next is ElseNode)
        {
            // "{{else if ...}}" and "{{else with ...}}" are "{{else}}{{if ...}}...{{end}}{{end}}" with one end.
            if (context == "if" && Peek().Kind == TokenKind.If)
            {
                Next();
                elseList = new ListNode(_tree, next.Position);
                var nested = BranchControl("if", next.Span.Start);
                elseList.Append(nested);
                end = nested.Span.End;
            }
            else if (context == "with" && Peek().Kind == TokenKind.With)
            {
                Next();
                elseList = new ListNode(_tree, next.Position);
                var nested = BranchControl("with", next.Span.Start);
                elseList.Append(nested);
                end = nested.Span.End;
            }
            else
            {
                (elseList, next) = ItemList();
                if (next is not EndNode)
                {
                    throw ErrorAt(next.Span, TemplateErrors.ExpectedEnd, next.ToString());
                }

                end = next.Span.End;
            }
        }

        _vars.RemoveRange(varMark, _vars.Count - varMark);
        _session.ControlDepth--;
        var span = TextSpan.FromBounds(leftDelimPosition, end);
        return context switch
        {
            "if" => new IfNode(_tree, pipe.Position, span, pipe.Line, pipe, list, elseList),
            "range" => new RangeNode(_tree, pipe.Position, span, pipe.Line, pipe, list, elseList),
            _ => new WithNode(_tree, pipe.Position, span, pipe.Line, pipe, list, elseList),
        };
    }

    private EndNode EndControl(int leftDelimPosition)
    {
        var token = Expect(TokenKind.RightDelim, "end");
        return new EndNode(_tree, token.Position, TextSpan.FromBounds(leftDelimPosition, token.End));
    }

    private ElseNode ElseControl(int leftDelimPosition)
    {
        var peek = PeekNonSpace();
        if (peek.Kind is TokenKind.If or TokenKind.With)
        {
            return new ElseNode(_tree, peek.Position, TextSpan.FromBounds(leftDelimPosition, peek.Position), peek.Line);
        }

        var token = Expect(TokenKind.RightDelim, "else");
        return new ElseNode(_tree, token.Position, TextSpan.FromBounds(leftDelimPosition, token.End), token.Line);
    }

    private TemplateNode BlockControl(int leftDelimPosition)
    {
        const string context = "block clause";
        var token = NextNonSpace();
        string name = ParseTemplateName(token, context);
        var pipe = Pipeline(context, TokenKind.RightDelim);

        var block = new Parser(_session, new SyntaxTree(name, ParseName, Source, _session.LeftDelim, _session.RightDelim));
        var (list, end) = block.ItemList();
        block._tree.Root = list;
        if (end is not EndNode)
        {
            throw ErrorAt(end.Span, TemplateErrors.UnexpectedToken, end.ToString(), context);
        }

        block.Add();
        return new TemplateNode(_tree, token.Position, TextSpan.FromBounds(leftDelimPosition, end.Span.End), token.Line, name, pipe);
    }

    private TemplateNode TemplateControl(int leftDelimPosition)
    {
        const string context = "template clause";
        var token = NextNonSpace();
        string name = ParseTemplateName(token, context);
        PipeNode? pipe = null;
        var next = NextNonSpace();
        int end = next.End;
        if (next.Kind != TokenKind.RightDelim)
        {
            Backup();
            pipe = Pipeline(context, TokenKind.RightDelim);
            end = _pipelineEnd.End;
        }

        return new TemplateNode(_tree, token.Position, TextSpan.FromBounds(leftDelimPosition, end), token.Line, name, pipe);
    }

    private string ParseTemplateName(Token token, string context)
    {
        if (token.Kind is TokenKind.String or TokenKind.RawString)
        {
            return Unquote(token);
        }

        throw Unexpected(token, context);
    }
}
