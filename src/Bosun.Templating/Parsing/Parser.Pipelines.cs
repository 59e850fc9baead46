using Bosun.Core.Text;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Lexing;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Parsing;

/// <summary>Pipelines, commands, operands and terms.</summary>
internal sealed partial class Parser
{
    private PipeNode Pipeline(string context, TokenKind end)
    {
        var first = PeekNonSpace();
        var pipe = new PipeNode(_tree, first.Position, first.Line);
        while (true)
        {
            // Declarations or assignments: "$x :=", "$x =", "$i, $v :=" in range.
            var v = PeekNonSpace();
            if (v.Kind != TokenKind.Variable)
            {
                break;
            }

            Next();
            var tokenAfterVariable = Peek();
            var next = PeekNonSpace();
            if (next.Kind is TokenKind.Assign or TokenKind.Declare)
            {
                pipe.IsAssign = next.Kind == TokenKind.Assign;
                NextNonSpace();
                pipe.AddDeclaration(NewVariable(v));
                _vars.Add(v.Value);
            }
            else if (next.Kind == TokenKind.Char && next.Value == ",")
            {
                NextNonSpace();
                pipe.AddDeclaration(NewVariable(v));
                _vars.Add(v.Value);
                if (context == "range" && pipe.DeclList.Count < 2)
                {
                    if (PeekNonSpace().Kind is TokenKind.Variable or TokenKind.RightDelim or TokenKind.RightParen)
                    {
                        continue; // the second variable of a range
                    }

                    throw Errorf(TemplateErrors.RangeCanOnlyInitializeVariables);
                }

                throw Errorf(TemplateErrors.TooManyDeclarations, context);
            }
            else if (tokenAfterVariable.Kind == TokenKind.Space)
            {
                Backup3(v, tokenAfterVariable);
            }
            else
            {
                Backup2(v);
            }

            break;
        }

        while (true)
        {
            var token = NextNonSpace();
            if (token.Kind == end)
            {
                CheckPipeline(pipe, context);
                _pipelineEnd = token;
                return pipe;
            }

            switch (token.Kind)
            {
                case TokenKind.Bool:
                case TokenKind.CharConstant:
                case TokenKind.Complex:
                case TokenKind.Dot:
                case TokenKind.Field:
                case TokenKind.Identifier:
                case TokenKind.Number:
                case TokenKind.Nil:
                case TokenKind.RawString:
                case TokenKind.String:
                case TokenKind.Variable:
                case TokenKind.LeftParen:
                    Backup();
                    pipe.Append(Command());
                    break;
                default:
                    throw Unexpected(token, context);
            }
        }
    }

    private void CheckPipeline(PipeNode pipe, string context)
    {
        if (pipe.CommandList.Count == 0)
        {
            throw Errorf(TemplateErrors.MissingValue, context);
        }

        for (int i = 1; i < pipe.CommandList.Count; i++)
        {
            if (pipe.CommandList[i].ArgList[0].Type is NodeType.Bool or NodeType.Dot or NodeType.Nil or NodeType.Number or NodeType.String)
            {
                throw ErrorAt(pipe.CommandList[i].Span, TemplateErrors.NonExecutableCommand, i + 1);
            }
        }
    }

    private CommandNode Command()
    {
        var command = new CommandNode(_tree, PeekNonSpace().Position);
        while (true)
        {
            PeekNonSpace();
            var operand = Operand();
            if (operand is not null)
            {
                command.Append(operand);
            }

            var token = Next();
            if (token.Kind == TokenKind.Space)
            {
                continue;
            }

            if (token.Kind is TokenKind.RightDelim or TokenKind.RightParen)
            {
                Backup();
            }
            else if (token.Kind != TokenKind.Pipe)
            {
                throw Unexpected(token, "operand");
            }

            break;
        }

        if (command.ArgList.Count == 0)
        {
            throw Errorf(TemplateErrors.EmptyCommand);
        }

        return command;
    }

    private Node? Operand()
    {
        var node = Term();
        if (node is null)
        {
            return null;
        }

        if (Peek().Kind == TokenKind.Field)
        {
            var chain = new ChainNode(_tree, Peek().Position, node);
            while (Peek().Kind == TokenKind.Field)
            {
                var field = Next();
                chain.Add(field.Value, new TextSpan(field.Position, field.Value.Length));
            }

            switch (node.Type)
            {
                case NodeType.Field:
                    node = new FieldNode(_tree, chain.Position, chain.Span, chain.ToString());
                    break;
                case NodeType.Variable:
                    node = new VariableNode(_tree, chain.Position, chain.Span, chain.ToString());
                    break;
                case NodeType.Bool:
                case NodeType.String:
                case NodeType.Number:
                case NodeType.Nil:
                case NodeType.Dot:
                    throw ErrorAt(chain.Span, TemplateErrors.UnexpectedDotAfterTerm, GoQuoting.Quote(node.ToString()));
                default:
                    node = chain;
                    break;
            }
        }

        return node;
    }

    private Node? Term()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                if (!_session.HasFunction(token.Value))
                {
                    throw ErrorAt(SpanOf(token), TemplateErrors.FunctionNotDefined, token.Value);
                }

                return new IdentifierNode(_tree, token.Position, token.Value);
            case TokenKind.Dot:
                return new DotNode(_tree, token.Position);
            case TokenKind.Nil:
                return new NilNode(_tree, token.Position);
            case TokenKind.Variable:
                return UseVariable(token);
            case TokenKind.Field:
                return new FieldNode(_tree, token.Position, new TextSpan(token.Position, token.Value.Length), token.Value);
            case TokenKind.Bool:
                return new BoolNode(_tree, token.Position, token.Value == "true");
            case TokenKind.CharConstant:
            case TokenKind.Complex:
            case TokenKind.Number:
                return NewNumber(token);
            case TokenKind.LeftParen:
                return Parenthesized(token);
            case TokenKind.String:
            case TokenKind.RawString:
                return new StringNode(_tree, token.Position, token.Value, Unquote(token));
        }

        Backup();
        return null;
    }

    private PipeNode Parenthesized(Token leftParen)
    {
        if (_stackDepth >= _session.MaxParenDepth)
        {
            throw Errorf(TemplateErrors.ExpressionTooDeep);
        }

        if (!Execution.StackGuard.HasRoom)
        {
            PipeNode? result = null;
            Execution.StackGuard.RunOnNewStack(() => result = Parenthesized(leftParen));
            return result ?? throw new InvalidOperationException("parenthesized pipeline produced no node");
        }

        _stackDepth++;
        var pipe = Pipeline("parenthesized pipeline", TokenKind.RightParen);
        _stackDepth--;
        pipe.Span = TextSpan.FromBounds(leftParen.Position, _pipelineEnd.End);
        return pipe;
    }

    private VariableNode UseVariable(Token token)
    {
        var variable = NewVariable(token);
        string name = variable.Identifiers[0];
        foreach (string known in _vars)
        {
            if (known == name)
            {
                return variable;
            }
        }

        throw ErrorAt(variable.Span, TemplateErrors.UndefinedVariable, GoQuoting.Quote(name));
    }
}
