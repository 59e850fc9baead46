using Bosun.Core.Values;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Functions;
using Bosun.Templating.Functions.Go;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Execution;

/// <summary>Calls of functions and methods, with Go's argument evaluation and conversion rules.</summary>
internal sealed partial class Executor
{
    private static readonly List<Node> s_noArgs = [];

    private object? EvalCall(
        object? dot,
        GoSignature signature,
        TemplateFunction? function,
        GoMethod? method,
        bool isBuiltin,
        Node node,
        string name,
        List<Node>? args,
        object? final)
    {
        // args[0] is the function or field itself.
        var argNodes = args ?? s_noArgs;
        int argCount = args is null ? 0 : args.Count - 1;
        bool hasFinal = !IsMissing(final);
        int numIn = argCount + (hasFinal ? 1 : 0);
        var parameters = signature.Parameters;
        var variadic = signature.Variadic;
        int numFixed = argCount;
        if (variadic is not null)
        {
            numFixed = parameters.Count;
            if (numIn < numFixed)
            {
                throw Error(TemplateErrors.WrongArgumentCountVariadic, name, parameters.Count, argCount);
            }
        }
        else if (numIn != parameters.Count)
        {
            throw Error(TemplateErrors.WrongArgumentCount, name, parameters.Count, numIn);
        }

        if (isBuiltin && name is "and" or "or" && args is not null)
        {
            return EvalAndOr(dot, name == "or", args, final, hasFinal);
        }

        var argv = numIn == 0 ? [] : new object?[numIn];
        int i = 0;
        for (; i < numFixed && i < argCount; i++)
        {
            argv[i] = EvalArg(dot, parameters[i], argNodes[i + 1]);
        }

        if (variadic is not null)
        {
            for (; i < argCount; i++)
            {
                argv[i] = EvalArg(dot, variadic, argNodes[i + 1]);
            }
        }

        if (hasFinal)
        {
            var type = variadic is not null && numIn - 1 >= numFixed ? variadic : parameters[numIn - 1];
            argv[i] = ValidateType(final, type);
        }

        // Exceptions are wrapped after the handler has finished: throwing from inside a catch block would
        // keep the whole stack below alive, and nested include/tpl failures would exhaust it.
        object? result = null;
        Exception? failure = null;
        try
        {
            if (isBuiltin && name == "call")
            {
                string calleeName = argCount == 0 ? ReflectValueString(final) : argNodes[1].ToString();
                result = GoBuiltinFunctions.Call(calleeName, argv);
            }
            else if (function is not null)
            {
                result = function.Invoke(_context, argv);
            }
            else if (method is not null)
            {
                result = method.Invoke(argv);
            }
        }
        catch (Exception e) when (e is not (TemplateException or OutOfMemoryException))
        {
            failure = e;
        }

        if (failure is not null)
        {
            throw FunctionError(name, node, failure);
        }

        return GoValues.Unbox(result);
    }

    /// <summary>and/or: evaluate arguments in order, stop at the first that decides; return that operand.</summary>
    private object? EvalAndOr(object? dot, bool isOr, List<Node> args, object? final, bool hasFinal)
    {
        object? value = null;
        for (int i = 1; i < args.Count; i++)
        {
            value = EvalArg(dot, GoBuiltinFunctions.ReflectValue, args[i]);
            if (GoValues.IsTrue(value) == isOr)
            {
                return value;
            }
        }

        if (hasFinal)
        {
            value = ValidateType(final, GoBuiltinFunctions.ReflectValue);
        }

        return value;
    }

    /// <summary>reflect.Value.String() as the call builtin uses it for a piped callee.</summary>
    private static string ReflectValueString(object? value) => value switch
    {
        string s => s,
        null => "<invalid Value>",
        _ => "<" + GoValues.TypeName(value) + " Value>",
    };

    /// <summary>
    /// Go's validateType: a value produced by evaluation must be assignable to the parameter type;
    /// "no value" becomes the type's nil when it has one.
    /// </summary>
    private object? ValidateType(object? value, GoType? type)
    {
        if (value is InterfaceValue box)
        {
            value = box.Value;
        }

        if (value is null)
        {
            if (type is null)
            {
                return null;
            }

            if (CanBeNil(type))
            {
                return IsReflectValue(type) ? null : GoValues.IndirectInterface(GoValues.Zero(type));
            }

            throw Error(TemplateErrors.InvalidValue, type.Name);
        }

        if (type is null || IsReflectValue(type))
        {
            return value;
        }

        if (value is NilInterface)
        {
            if (type.Kind == GoKind.Interface)
            {
                return null;
            }

            throw Error(TemplateErrors.WrongArgumentType, type.Name, "interface {}");
        }

        var valueType = GoValue.TypeOf(value);
        if (valueType is not null && !valueType.IsAssignableTo(type))
        {
            throw Error(TemplateErrors.WrongArgumentType, type.Name, valueType.Name);
        }

        return value;
    }

    private static bool IsReflectValue(GoType type) => ReferenceEquals(type, GoBuiltinFunctions.ReflectValue);

    private static bool CanBeNil(GoType type) => type.IsNillable || IsReflectValue(type);

    private object? EvalArg(object? dot, GoType? type, Node node)
    {
        At(node);
        switch (node)
        {
            case DotNode:
                return ValidateType(dot, type);
            case NilNode:
                if (type is not null && CanBeNil(type))
                {
                    return IsReflectValue(type) ? null : GoValues.IndirectInterface(GoValues.Zero(type));
                }

                throw Error(TemplateErrors.CannotAssignNil, type?.Name);
            case FieldNode field:
                return ValidateType(EvalFieldNode(dot, field, null, s_missing), type);
            case VariableNode variable:
                return ValidateType(EvalVariableNode(dot, variable, null, s_missing), type);
            case PipeNode pipe:
                return ValidateType(EvalPipeline(dot, pipe), type);
            case IdentifierNode identifier:
                return ValidateType(EvalFunction(dot, identifier, identifier, null, s_missing), type);
            case ChainNode chain:
                return ValidateType(EvalChainNode(dot, chain, null, s_missing), type);
        }

        if (type is null)
        {
            throw Error(TemplateErrors.ExecutionError, "can't handle " + node);
        }

        if (IsReflectValue(type))
        {
            return EvalEmptyInterface(node);
        }

        switch (type.Kind)
        {
            case GoKind.Bool:
                if (node is BoolNode boolean)
                {
                    return GoValue.Bool(boolean.Value);
                }

                throw Error(TemplateErrors.ExpectedConstant, "bool", node.ToString());
            case GoKind.Float32:
            case GoKind.Float64:
                if (node is NumberNode { IsFloat: true } floating)
                {
                    return floating.Float64;
                }

                throw Error(TemplateErrors.ExpectedConstant, "float", node.ToString());
            case GoKind.Int:
            case GoKind.Int8:
            case GoKind.Int16:
            case GoKind.Int32:
            case GoKind.Int64:
                if (node is NumberNode { IsInt: true } integer)
                {
                    return SignedOfType(type, integer.Int64);
                }

                throw Error(TemplateErrors.ExpectedConstant, "integer", node.ToString());
            case GoKind.Interface:
                return EvalEmptyInterface(node);
            case GoKind.String:
                if (node is StringNode str)
                {
                    return str.Text;
                }

                throw Error(TemplateErrors.ExpectedConstant, "string", node.ToString());
            case GoKind.Uint:
            case GoKind.Uint8:
            case GoKind.Uint16:
            case GoKind.Uint32:
            case GoKind.Uint64:
                if (node is NumberNode { IsUint: true } unsigned)
                {
                    return UnsignedOfType(type, unsigned.Uint64);
                }

                throw Error(TemplateErrors.ExpectedConstant, "unsigned integer", node.ToString());
        }

        throw Error(TemplateErrors.CannotHandleArgument, node.ToString(), type.Name);
    }

    private object? EvalEmptyInterface(Node node)
    {
        At(node);
        switch (node)
        {
            case BoolNode boolean:
                return GoValue.Bool(boolean.Value);
            case NumberNode number:
                return IdealConstant(number);
            case StringNode str:
                return str.Text;
        }

        throw Error(TemplateErrors.ExecutionError, $"can't handle assignment of {node} to empty interface argument");
    }

    /// <summary>reflect.Value.SetInt: the constant truncated to the parameter's size.</summary>
    private static object SignedOfType(GoType type, long value) => type.Kind switch
    {
        GoKind.Int => GoValue.Int(value),
        GoKind.Int8 => new GoInt(type, unchecked((sbyte)value)),
        GoKind.Int16 => new GoInt(type, unchecked((short)value)),
        GoKind.Int32 => new GoInt(type, unchecked((int)value)),
        _ => new GoInt(type, value),
    };

    /// <summary>reflect.Value.SetUint: the constant truncated to the parameter's size.</summary>
    private static object UnsignedOfType(GoType type, ulong value) => type.Kind switch
    {
        GoKind.Uint8 => new GoInt(type, unchecked((byte)value)),
        GoKind.Uint16 => new GoInt(type, unchecked((ushort)value)),
        GoKind.Uint32 => new GoInt(type, unchecked((uint)value)),
        _ => new GoInt(type, unchecked((long)value)),
    };
}
