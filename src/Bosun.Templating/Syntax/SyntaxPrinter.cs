using System.Text;
using Bosun.Templating.Execution;

namespace Bosun.Templating.Syntax;

/// <summary>
/// Prints nodes in the canonical form of Go's <c>node.String()</c>: <c>{{if .a}}x{{else}}y{{end}}</c>,
/// pipelines with <c> | </c>, parenthesised arguments, quoted template names. Used for error contexts
/// (<c>executing "t" at &lt;.a.b&gt;</c>) and tree tests.
/// </summary>
public static class SyntaxPrinter
{
    /// <summary>The Go String() of a node.</summary>
    public static string Print(Node node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    /// <summary>Appends the Go String() of a node.</summary>
    public static void Write(StringBuilder sb, Node node)
    {
        if (!StackGuard.HasRoom)
        {
            StackGuard.RunOnNewStack(() => Write(sb, node));
            return;
        }

        string left = node.Tree.LeftDelim;
        string right = node.Tree.RightDelim;
        switch (node)
        {
            case ListNode list:
                foreach (var child in list.NodeList)
                {
                    Write(sb, child);
                }

                break;
            case TextNode text:
                sb.Append(text.Text);
                break;
            case CommentNode comment:
                sb.Append(left).Append(comment.Text).Append(right);
                break;
            case ActionNode action:
                sb.Append(left);
                Write(sb, action.Pipe);
                sb.Append(right);
                break;
            case PipeNode pipe:
                WritePipe(sb, pipe);
                break;
            case CommandNode command:
                WriteCommand(sb, command);
                break;
            case IdentifierNode identifier:
                sb.Append(identifier.Identifier);
                break;
            case VariableNode variable:
                sb.AppendJoin('.', variable.Identifiers);
                break;
            case DotNode:
                sb.Append('.');
                break;
            case NilNode:
                sb.Append("nil");
                break;
            case FieldNode field:
                foreach (string id in field.Identifiers)
                {
                    sb.Append('.').Append(id);
                }

                break;
            case ChainNode chain:
                if (chain.Node is PipeNode)
                {
                    sb.Append('(');
                    Write(sb, chain.Node);
                    sb.Append(')');
                }
                else
                {
                    Write(sb, chain.Node);
                }

                foreach (string field in chain.FieldList)
                {
                    sb.Append('.').Append(field);
                }

                break;
            case BoolNode boolean:
                sb.Append(boolean.Value ? "true" : "false");
                break;
            case NumberNode number:
                sb.Append(number.Text);
                break;
            case StringNode str:
                sb.Append(str.Quoted);
                break;
            case BranchNode branch:
                WriteBranch(sb, branch, left, right);
                break;
            case TemplateNode template:
                sb.Append(left).Append("template ").Append(GoQuoting.Quote(template.Name));
                if (template.Pipe is not null)
                {
                    sb.Append(' ');
                    Write(sb, template.Pipe);
                }

                sb.Append(right);
                break;
            case BreakNode:
                sb.Append(left).Append("break").Append(right);
                break;
            case ContinueNode:
                sb.Append(left).Append("continue").Append(right);
                break;
            case EndNode:
                sb.Append(left).Append("end").Append(right);
                break;
            case ElseNode:
                sb.Append(left).Append("else").Append(right);
                break;
        }
    }

    private static void WritePipe(StringBuilder sb, PipeNode pipe)
    {
        if (pipe.DeclList.Count > 0)
        {
            for (int i = 0; i < pipe.DeclList.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                Write(sb, pipe.DeclList[i]);
            }

            sb.Append(pipe.IsAssign ? " = " : " := ");
        }

        for (int i = 0; i < pipe.CommandList.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(" | ");
            }

            WriteCommand(sb, pipe.CommandList[i]);
        }
    }

    private static void WriteCommand(StringBuilder sb, CommandNode command)
    {
        for (int i = 0; i < command.ArgList.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            var arg = command.ArgList[i];
            if (arg is PipeNode pipe)
            {
                sb.Append('(');
                Write(sb, pipe);
                sb.Append(')');
                continue;
            }

            Write(sb, arg);
        }
    }

    private static void WriteBranch(StringBuilder sb, BranchNode branch, string left, string right)
    {
        string name = branch switch
        {
            IfNode => "if",
            RangeNode => "range",
            _ => "with",
        };
        sb.Append(left).Append(name).Append(' ');
        Write(sb, branch.Pipe);
        sb.Append(right);
        Write(sb, branch.List);
        if (branch.ElseList is not null)
        {
            sb.Append(left).Append("else").Append(right);
            Write(sb, branch.ElseList);
        }

        sb.Append(left).Append("end").Append(right);
    }
}
