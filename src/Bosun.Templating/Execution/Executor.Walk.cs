using Bosun.Core.Values;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Execution;

/// <summary>Walking the tree: text, actions, if/with, range, template calls, break/continue.</summary>
internal sealed partial class Executor
{
    private Signal Walk(object? dot, Node node)
    {
        if (!StackGuard.HasRoom)
        {
            var signal = Signal.None;
            StackGuard.RunOnNewStack(() => signal = Walk(dot, node));
            return signal;
        }

        At(node);
        switch (node)
        {
            case TextNode text:
                Write(text.Text);
                return Signal.None;
            case ActionNode action:
            {
                // Variables declared by an action persist until the enclosing end; a declaration prints nothing.
                var value = EvalPipeline(dot, action.Pipe);
                if (action.Pipe.DeclList.Count == 0)
                {
                    PrintValue(action, value);
                }

                return Signal.None;
            }

            case ListNode list:
            {
                var nodes = list.NodeList;
                for (int i = 0; i < nodes.Count; i++)
                {
                    var signal = Walk(dot, nodes[i]);
                    if (signal != Signal.None)
                    {
                        return signal;
                    }
                }

                return Signal.None;
            }

            case IfNode ifNode:
                return WalkIfOrWith(false, dot, ifNode);
            case WithNode withNode:
                return WalkIfOrWith(true, dot, withNode);
            case RangeNode range:
                WalkRange(dot, range);
                return Signal.None;
            case TemplateNode template:
                WalkTemplate(dot, template);
                return Signal.None;
            case BreakNode:
                return Signal.Break;
            case ContinueNode:
                return Signal.Continue;
            case CommentNode:
                return Signal.None;
            default:
                throw Error(TemplateErrors.ExecutionError, "unknown node: " + node);
        }
    }

    private Signal WalkIfOrWith(bool isWith, object? dot, BranchNode branch)
    {
        int mark = _varCount;
        var value = EvalPipeline(dot, branch.Pipe);
        var signal = Signal.None;
        if (GoValues.IsTrue(value))
        {
            signal = Walk(isWith ? value : dot, branch.List);
        }
        else if (branch.ElseList is not null)
        {
            signal = Walk(dot, branch.ElseList);
        }

        Pop(mark);
        return signal;
    }

    private void WalkRange(object? dot, RangeNode range)
    {
        At(range);
        int outerMark = _varCount;
        var value = EvalPipeline(dot, range.Pipe);
        int mark = _varCount;
        bool iterated = false;
        switch (value)
        {
            case long or GoInt when _options.GoMinorVersion >= 24:
                if (range.Pipe.DeclList.Count > 1)
                {
                    throw Error(TemplateErrors.RangeIntegerTwoVariables, GoFormat.FormatValue(value));
                }

                iterated = RangeInteger(range, value, mark);
                break;
            case GoList list:
            {
                var items = list.Items;
                var elementType = list.Type.Elem;
                for (int i = 0; i < items.Count; i++)
                {
                    iterated = true;
                    var element = GoValues.Box(items[i], elementType);
                    if (OneIteration(range, GoValue.Int(i), element, mark) == Signal.Break)
                    {
                        break;
                    }
                }

                break;
            }

            case GoMap map:
            {
                if (map.Count == 0)
                {
                    break;
                }

                var keys = new List<string>(map.Keys);
                keys.Sort(GoValues.CompareStrings);
                var elementType = map.Type.Elem;
                foreach (string key in keys)
                {
                    iterated = true;
                    var element = GoValues.Box(map.Entries[key], elementType);
                    if (OneIteration(range, key, element, mark) == Signal.Break)
                    {
                        break;
                    }
                }

                break;
            }

            case byte[] bytes:
                for (int i = 0; i < bytes.Length; i++)
                {
                    iterated = true;
                    if (OneIteration(range, GoValue.Int(i), new GoInt(GoType.Uint8, bytes[i]), mark) == Signal.Break)
                    {
                        break;
                    }
                }

                break;
            case null:
                break;
            default:
                throw Error(TemplateErrors.RangeCannotIterate, GoFormat.FormatValue(value));
        }

        if (!iterated && range.ElseList is not null)
        {
            Walk(dot, range.ElseList);
        }

        Pop(outerMark);
    }

    private bool RangeInteger(RangeNode range, object value, int mark)
    {
        if (value is long count)
        {
            for (long i = 0; i < count; i++)
            {
                if (OneIteration(range, null, GoValue.Int(i), mark) == Signal.Break)
                {
                    break;
                }
            }

            return count > 0;
        }

        var typed = (GoInt)value;
        bool unsigned = typed.Type.IsUnsigned;
        ulong limit = unsigned ? typed.AsUnsigned : (typed.Bits < 0 ? 0 : (ulong)typed.Bits);
        for (ulong i = 0; i < limit; i++)
        {
            if (OneIteration(range, null, new GoInt(typed.Type, unchecked((long)i)), mark) == Signal.Break)
            {
                break;
            }
        }

        return limit > 0;
    }

    private Signal OneIteration(RangeNode range, object? index, object? element, int mark)
    {
        var pipe = range.Pipe;
        var decls = pipe.DeclList;
        if (decls.Count > 0)
        {
            if (pipe.IsAssign)
            {
                // With two variables the index comes first; with one, the element.
                SetVar(decls[0].Name, decls.Count > 1 ? index : element);
            }
            else
            {
                SetTopVar(1, element);
            }
        }

        if (decls.Count > 1)
        {
            if (pipe.IsAssign)
            {
                SetVar(decls[1].Name, element);
            }
            else
            {
                SetTopVar(2, index);
            }
        }

        var signal = Walk(element, range.List);
        Pop(mark);
        return signal;
    }

    private void WalkTemplate(object? dot, TemplateNode node)
    {
        At(node);
        if (!_set.TryGetTemplate(node.Name, out var template) || template.Root is null)
        {
            throw Error(TemplateErrors.TemplateNotDefined, GoQuoting.Quote(node.Name));
        }

        if (_depth == MaxTemplateDepth)
        {
            throw Error(TemplateErrors.TemplateDepthExceeded, MaxTemplateDepth);
        }

        // Variables declared by the pipeline persist; the called template sees none of them.
        dot = EvalPipeline(dot, node.Pipe);
        var callerTemplate = _template;
        int callerBase = _varBase;
        int callerCount = _varCount;
        _depth++;
        _template = template;
        _varBase = _varCount;
        Push("$", dot);
        Walk(dot, template.Root);
        Pop(callerCount);
        _varBase = callerBase;
        _template = callerTemplate;
        _depth--;
    }
}
