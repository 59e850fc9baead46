using Bosun.Core.Values;
using Bosun.Templating.Execution;

namespace Bosun.Templating.Functions.Go;

/// <summary>
/// Go text/template builtins: and, or, not, eq, ne, lt, le, gt, ge, len, index, slice, print, printf,
/// println, html, js, urlquery, call — with Go's signatures, so the executor converts and checks
/// arguments as Go does, and Go's exact error texts.
/// </summary>
internal static partial class GoBuiltinFunctions
{
    /// <summary>
    /// Go's reflect.Value parameter type: the builtin receives the evaluated value untouched, including
    /// "no value" (null) and a nil interface (<see cref="NilInterface"/>).
    /// </summary>
    public static readonly GoType ReflectValue = new("reflect.Value", GoKind.Struct, isNamed: true);

    /// <summary>and: evaluated by the executor (short-circuit), never invoked.</summary>
    public static readonly TemplateFunction And =
        new("and", GoSignature.VariadicOf(ReflectValue, ReflectValue), (_, _) => throw new GoFailure("unreachable"));

    /// <summary>or: evaluated by the executor (short-circuit), never invoked.</summary>
    public static readonly TemplateFunction Or =
        new("or", GoSignature.VariadicOf(ReflectValue, ReflectValue), (_, _) => throw new GoFailure("unreachable"));

    /// <summary>call: the executor passes the callee's name to <see cref="Call"/>.</summary>
    public static readonly TemplateFunction CallFunction =
        new("call", GoSignature.VariadicOf(ReflectValue, ReflectValue), (_, _) => throw new GoFailure("unreachable"));

    private static readonly GoSignature s_oneValue = GoSignature.Of(ReflectValue);
    private static readonly GoSignature s_twoValues = GoSignature.Of(ReflectValue, ReflectValue);
    private static readonly GoSignature s_valueAndValues = GoSignature.VariadicOf(ReflectValue, ReflectValue);
    private static readonly GoSignature s_anyValues = GoSignature.VariadicOf(GoType.Interface);

    public static void Register(FunctionTable.Builder table)
    {
        table.Add(And);
        table.Add(Or);
        table.Add(CallFunction);
        table.Add("not", s_oneValue, args => GoValue.Bool(!GoValues.IsTrue(args[0])));
        table.Add("len", s_oneValue, args => Length(args[0]));
        table.Add("index", s_valueAndValues, args => Index(args[0], args.AsSpan(1)));
        table.Add("slice", s_valueAndValues, args => Slice(args[0], args.AsSpan(1)));
        table.Add("print", s_anyValues, args => GoFormat.Sprint(args));
        table.Add("printf", GoSignature.VariadicOf(GoType.Interface, GoType.String), args => GoFormat.Sprintf(args[0] as string ?? string.Empty, args.AsSpan(1)));
        table.Add("println", s_anyValues, args => GoFormat.Sprintln(args));
        table.Add("html", s_anyValues, args => GoEscaping.HtmlEscape(EvalArgs(args)));
        table.Add("js", s_anyValues, args => GoEscaping.JsEscape(EvalArgs(args)));
        table.Add("urlquery", s_anyValues, args => GoEscaping.QueryEscape(EvalArgs(args)));
        table.Add("eq", s_valueAndValues, (context, args) => GoValue.Bool(Equal(args[0], args.AsSpan(1), NamesTypes(context))));
        table.Add("ne", s_twoValues, (context, args) => GoValue.Bool(!Equal(args[0], args.AsSpan(1, 1), NamesTypes(context))));
        table.Add("lt", s_twoValues, (context, args) => GoValue.Bool(Less(args[0], args[1], NamesTypes(context))));
        table.Add("le", s_twoValues, (context, args) => GoValue.Bool(LessOrEqual(args[0], args[1], NamesTypes(context))));
        table.Add("gt", s_twoValues, (context, args) => GoValue.Bool(!LessOrEqual(args[0], args[1], NamesTypes(context))));
        table.Add("ge", s_twoValues, (context, args) => GoValue.Bool(!Less(args[0], args[1], NamesTypes(context))));
    }

    /// <summary>Go 1.24 added the operand types to "incompatible types for comparison".</summary>
    private static bool NamesTypes(FunctionContext context) => context.Options.GoMinorVersion >= 24;

    /// <summary>True for the builtins the executor treats specially (and, or, call).</summary>
    public static bool IsBuiltin(TemplateFunction function) =>
        ReferenceEquals(function, And) || ReferenceEquals(function, Or) || ReferenceEquals(function, CallFunction);

    /// <summary>Go's call builtin; the value model has no function values, so only its errors remain.</summary>
    public static object? Call(string name, object?[] args)
    {
        var fn = GoValues.IndirectInterface(args.Length > 0 ? args[0] : null);
        if (fn is null)
        {
            throw new GoFailure("call of nil");
        }

        throw new GoFailure($"non-function {name} of type {GoValues.TypeName(fn)}");
    }

    /// <summary>
    /// Go's evalArgs for html/js/urlquery: one string as is; otherwise fmt.Sprint of the arguments, with
    /// "no value" printed as <c>&lt;no value&gt;</c>.
    /// </summary>
    private static string EvalArgs(object?[] args)
    {
        if (args.Length == 1 && args[0] is string s)
        {
            return s;
        }

        var printable = new object?[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            printable[i] = args[i] ?? "<no value>";
        }

        return GoFormat.Sprint(printable);
    }
}
