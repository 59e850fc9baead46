using Bosun.Core.Values;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Functions;
using Bosun.Templating.Functions.Go;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Execution;

/// <summary>Evaluating pipelines, commands, constants, fields and function names.</summary>
internal sealed partial class Executor
{
    private object? EvalPipeline(object? dot, PipeNode? pipe)
    {
        if (pipe is null)
        {
            return null;
        }

        if (!StackGuard.HasRoom)
        {
            object? result = null;
            StackGuard.RunOnNewStack(() => result = EvalPipeline(dot, pipe));
            return result;
        }

        At(pipe);
        object? value = s_missing;
        var commands = pipe.CommandList;
        for (int i = 0; i < commands.Count; i++)
        {
            value = EvalCommand(dot, commands[i], value);

            // A value of type interface{} is replaced by what it holds: a nil interface becomes "no value".
            if (value is NilInterface or InterfaceValue)
            {
                value = GoValues.Unbox(value);
            }
        }

        var decls = pipe.DeclList;
        for (int i = 0; i < decls.Count; i++)
        {
            if (pipe.IsAssign)
            {
                SetVar(decls[i].Name, value);
            }
            else
            {
                Push(decls[i].Name, value);
            }
        }

        return value;
    }

    private void NotAFunction(List<Node>? args, object? final)
    {
        if ((args is not null && args.Count > 1) || !IsMissing(final))
        {
            throw Error(TemplateErrors.ArgumentToNonFunction, args is { Count: > 0 } ? args[0].ToString() : string.Empty);
        }
    }

    private object? EvalCommand(object? dot, CommandNode command, object? final)
    {
        var args = command.ArgList;
        var first = args[0];
        switch (first)
        {
            case FieldNode field:
                return EvalFieldNode(dot, field, args, final);
            case ChainNode chain:
                return EvalChainNode(dot, chain, args, final);
            case IdentifierNode identifier:
                return EvalFunction(dot, identifier, command, args, final);
            case PipeNode pipe:
                // A parenthesized pipeline: its arguments are inside; nothing may follow or be piped in.
                NotAFunction(args, final);
                return EvalPipeline(dot, pipe);
            case VariableNode variable:
                return EvalVariableNode(dot, variable, args, final);
        }

        At(first);
        NotAFunction(args, final);
        switch (first)
        {
            case BoolNode boolean:
                return GoValue.Bool(boolean.Value);
            case DotNode:
                return dot;
            case NilNode:
                throw Error(TemplateErrors.NilIsNotACommand);
            case NumberNode number:
                return IdealConstant(number);
            case StringNode str:
                return str.Text;
        }

        throw Error(TemplateErrors.CannotEvaluateCommand, GoQuoting.Quote(first.ToString()));
    }

    /// <summary>A number in a context without a type: int if the syntax is an integer, else float64.</summary>
    private object? IdealConstant(NumberNode constant)
    {
        At(constant);
        if (constant.IsComplex)
        {
            throw Error(TemplateErrors.ComplexNotSupported, constant.Text);
        }

        string text = constant.Text;
        if (constant.IsFloat && !IsHexInt(text) && !IsRuneInt(text) && text.AsSpan().IndexOfAny(".eEpP") >= 0)
        {
            return constant.Float64;
        }

        if (constant.IsInt)
        {
            return GoValue.Int(constant.Int64);
        }

        if (constant.IsUint)
        {
            throw Error(TemplateErrors.ConstantOverflowsInt, text);
        }

        return null;
    }

    private static bool IsRuneInt(string s) => s.Length > 0 && s[0] == '\'';

    private static bool IsHexInt(string s) =>
        s.Length > 2 && s[0] == '0' && s[1] is 'x' or 'X' && s.AsSpan().IndexOfAny('p', 'P') < 0;

    private object? EvalFieldNode(object? dot, FieldNode field, List<Node>? args, object? final)
    {
        At(field);
        return EvalFieldChain(dot, dot, field, field.Identifiers, 0, args, final);
    }

    private object? EvalChainNode(object? dot, ChainNode chain, List<Node>? args, object? final)
    {
        At(chain);
        if (chain.FieldList.Count == 0)
        {
            throw Error(TemplateErrors.ExecutionError, "internal error: no fields in evalChainNode");
        }

        if (chain.Node is NilNode)
        {
            throw Error(TemplateErrors.IndirectionThroughNil, chain.ToString());
        }

        // (pipe).Field1.Field2: evaluate the pipeline, then the fields.
        var receiver = EvalArg(dot, null, chain.Node);
        return EvalFieldChain(dot, receiver, chain, chain.FieldList, 0, args, final);
    }

    private object? EvalVariableNode(object? dot, VariableNode variable, List<Node>? args, object? final)
    {
        At(variable);
        var value = VarValue(variable.Name);
        if (variable.Identifiers.Length == 1)
        {
            NotAFunction(args, final);
            return value;
        }

        return EvalFieldChain(dot, value, variable, variable.Identifiers, 1, args, final);
    }

    private object? EvalFieldChain(object? dot, object? receiver, Node node, IReadOnlyList<string> identifiers, int start, List<Node>? args, object? final)
    {
        // Values read from interface{} elements keep the static type interface {} (Go's error messages show it).
        bool boxed = false;
        if (receiver is InterfaceValue box)
        {
            receiver = box.Value;
            boxed = true;
        }

        int last = identifiers.Count - 1;
        for (int i = start; i < last; i++)
        {
            receiver = EvalField(dot, identifiers[i], node, null, s_missing, receiver, boxed, out boxed);
        }

        // Only the last field may be a method taking the arguments.
        return EvalField(dot, identifiers[last], node, args, final, receiver, boxed, out _);
    }

    private object? EvalFunction(object? dot, IdentifierNode node, Node command, List<Node>? args, object? final)
    {
        At(node);
        string name = node.Identifier;
        if (!TryFindFunction(name, out var function, out bool isBuiltin) || function is null)
        {
            throw Error(TemplateErrors.FunctionNotFound, GoQuoting.Quote(name));
        }

        return EvalCall(dot, function.Signature, function, null, isBuiltin, command, name, args, final);
    }

    private bool TryFindFunction(string name, out TemplateFunction? function, out bool isBuiltin)
    {
        if (_functions.TryGet(name, out function) && function is not null)
        {
            isBuiltin = GoBuiltinFunctions.IsBuiltin(function);
            return true;
        }

        isBuiltin = true;
        return FunctionTable.Go.TryGet(name, out function);
    }

    /// <summary>.Name on a value: a method (called with the arguments), a struct field or a map key.</summary>
    private object? EvalField(object? dot, string fieldName, Node node, List<Node>? args, object? final, object? receiver, bool receiverBoxed, out bool resultBoxed)
    {
        resultBoxed = false;
        if (receiver is null)
        {
            if (_options.MissingKey == MissingKeyMode.Error)
            {
                throw Error(TemplateErrors.NilDataNoEntry, GoQuoting.Quote(fieldName));
            }

            return null;
        }

        if (receiver is NilInterface)
        {
            throw Error(TemplateErrors.NilPointerEvaluating, "interface {}", fieldName);
        }

        bool hasArgs = (args is not null && args.Count > 1) || !IsMissing(final);
        switch (receiver)
        {
            case GoMap map:
            {
                if (map.TryGetMethod(fieldName, out var method) && method is not null)
                {
                    return EvalCall(dot, method.Signature, null, method, false, node, fieldName, args, final);
                }

                if (hasArgs)
                {
                    throw Error(TemplateErrors.NotAMethodButHasArguments, fieldName);
                }

                resultBoxed = map.Type.Elem is not { } elementType || elementType.Kind == GoKind.Interface;
                if (map.Entries.TryGetValue(fieldName, out var value))
                {
                    return value ?? GoValues.StoredNull(map.Type.Elem);
                }

                switch (_options.MissingKey)
                {
                    case MissingKeyMode.Zero:
                        return map.Type.Elem is { } elem ? GoValues.Zero(elem) : NilInterface.Value;
                    case MissingKeyMode.Error:
                        throw Error(TemplateErrors.MapHasNoEntry, GoQuoting.Quote(fieldName));
                    default:
                        return null;
                }
            }

            case IGoObject obj:
            {
                if (obj.TryGetMethod(fieldName, out var method) && method is not null)
                {
                    return EvalCall(dot, method.Signature, null, method, false, node, fieldName, args, final);
                }

                if (obj.TryGetField(fieldName, out var value))
                {
                    if (hasArgs)
                    {
                        throw Error(TemplateErrors.FieldHasArguments, fieldName);
                    }

                    return value ?? NilInterface.Value;
                }

                break;
            }

            case GoList list:
            {
                if (list.TryGetMethod(fieldName, out var method) && method is not null)
                {
                    return EvalCall(dot, method.Signature, null, method, false, node, fieldName, args, final);
                }

                break;
            }
        }

        throw Error(TemplateErrors.CannotEvaluateField, fieldName, receiverBoxed ? "interface {}" : GoValues.TypeName(receiver));
    }
}
