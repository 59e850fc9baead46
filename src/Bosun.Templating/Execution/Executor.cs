using System.Collections.Immutable;
using System.Text;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Functions;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Execution;

/// <summary>
/// Executes a parse tree against data exactly as Go's text/template (exec.go) does: one instance per
/// execution, output into a bounded <see cref="StringBuilder"/>, variables on a flat stack, the first
/// error stops with a <see cref="TemplateException"/> carrying Go's message.
/// </summary>
internal sealed partial class Executor
{
    /// <summary>Go's maxExecDepth: nested {{template}} calls.</summary>
    public const int MaxTemplateDepth = 100000;

    private const int MaxRelated = 50;

    private static readonly object s_missing = new();

    private readonly TemplateSet _set;
    private readonly TemplateOptions _options;
    private readonly FunctionTable _functions;
    private readonly TemplateFunctionContext _context;
    private readonly ExecutionScope _scope;
    private readonly StringBuilder _output = new();
    private readonly long _maxOutput;
    private Variable[] _vars = new Variable[8];
    private int _varCount;
    private int _varBase;
    private SyntaxTree _template;
    private Node? _node;
    private int _depth;

    private Executor(TemplateSet set, SyntaxTree template, ExecutionScope scope)
    {
        _set = set;
        _options = set.Options;
        _functions = set.Options.Functions;
        _template = template;
        _maxOutput = set.Options.MaxOutputLength;
        _context = scope.ContextFor(set);
        _scope = scope;
    }

    private enum Signal
    {
        None,
        Break,
        Continue,
    }

    /// <summary>Executes <paramref name="template"/> of <paramref name="set"/> with <paramref name="data"/> as dot and <c>$</c>.</summary>
    public static string Run(TemplateSet set, SyntaxTree template, object? data, ExecutionScope scope)
    {
        var executor = new Executor(set, template, scope);
        executor.Push("$", data);
        Exception? bug = null;
        try
        {
            if (template.Root is { } root)
            {
                executor.Walk(data, root);
            }
        }
        catch (Exception e) when (e is not (TemplateException or OutOfMemoryException))
        {
            bug = e;
        }

        if (bug is not null)
        {
            // A bug in Bosun (or a contract stub not filled in yet): report it, never crash the caller.
            var diagnostic = CoreErrors.InternalError.At(executor._node?.Location, bug.GetType().Name, bug.Message);
            throw new TemplateException(diagnostic, executor.GoPrefix() + "internal error: " + bug.Message);
        }

        return executor._output.ToString();
    }

    private static bool IsMissing(object? value) => ReferenceEquals(value, s_missing);

    // ---- Variables.

    private void Push(string name, object? value)
    {
        if (_varCount == _vars.Length)
        {
            Array.Resize(ref _vars, _vars.Length * 2);
        }

        _vars[_varCount++] = new Variable(name, value);
    }

    private void Pop(int mark)
    {
        Array.Clear(_vars, mark, _varCount - mark);
        _varCount = mark;
    }

    private void SetVar(string name, object? value)
    {
        for (int i = _varCount - 1; i >= _varBase; i--)
        {
            if (_vars[i].Name == name)
            {
                _vars[i].Value = value;
                return;
            }
        }

        throw Error(TemplateErrors.UndefinedVariableAtRuntime, name);
    }

    private void SetTopVar(int n, object? value) => _vars[_varCount - n].Value = value;

    private object? VarValue(string name)
    {
        for (int i = _varCount - 1; i >= _varBase; i--)
        {
            if (_vars[i].Name == name)
            {
                return _vars[i].Value;
            }
        }

        throw Error(TemplateErrors.UndefinedVariableAtRuntime, name);
    }

    // ---- Errors.

    private void At(Node node) => _node = node;

    /// <summary>Go's state.errorf: <c>template: FILE:LINE:COL: executing "NAME" at &lt;NODE&gt;: MESSAGE</c>.</summary>
    private TemplateException Error(DiagnosticDescriptor descriptor, params object?[] args)
    {
        var diagnostic = descriptor.At(_node?.Location, args);
        return new TemplateException(diagnostic, GoPrefix() + diagnostic.Message);
    }

    private TemplateException Error(Diagnostic diagnostic, string goCore) =>
        new(diagnostic, GoPrefix() + goCore);

    private string GoPrefix()
    {
        if (_node is null)
        {
            return $"template: {_template.Name}: ";
        }

        return $"template: {GoLocation(_node)}: executing {GoQuoting.Quote(_template.Name)} at <{_node}>: ";
    }

    /// <summary>Go's ErrorContext location: <c>PARSENAME:LINE:COL</c>, COL counting UTF-8 bytes from 0.</summary>
    private static string GoLocation(Node node)
    {
        string text = node.Tree.Source.Text;
        int pos = Math.Clamp(node.Position, 0, text.Length);
        int lastNewline = pos == 0 ? -1 : text.LastIndexOf('\n', pos - 1);
        int line = 1;
        for (int i = 0; i < pos; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        int lineStart = lastNewline + 1;
        int column = Encoding.UTF8.GetByteCount(text.AsSpan(lineStart, pos - lineStart));
        return $"{node.Tree.ParseName}:{line}:{column}";
    }

    private TemplateException FunctionError(string name, Node node, Exception failure)
    {
        At(node);
        if (failure is GoFailure { InnerException: NestedFailure nested })
        {
            // include/tpl: report the innermost problem, remember where it was called from.
            var inner = nested.Template.Diagnostic;
            var related = inner.Related.Length >= MaxRelated
                ? inner.Related
                : inner.Related.Add(new RelatedLocation($"in {name} called here", node.Location));
            var diagnostic = inner with { Related = related };
            return new TemplateException(diagnostic, $"{GoPrefix()}error calling {name}: {nested.GoPrefix}", nested.Template);
        }

        string goCore = $"error calling {name}: {failure.Message}";
        var described = failure switch
        {
            GoFailure { InnerException: DescribedFailure d } => d.Descriptor.At(node.Location, d.Arguments),
            GoFailure => TemplateErrors.FunctionFailed.At(node.Location, name, failure.Message),
            _ => TemplateErrors.FunctionInternalError.At(node.Location, name, failure.GetType().Name + ": " + failure.Message),
        };
        return Error(described, goCore);
    }

    // ---- Output.

    private void Write(string text)
    {
        long written = _scope.Written + text.Length;
        if (written > _maxOutput)
        {
            throw Error(TemplateErrors.OutputTooLarge, _maxOutput);
        }

        _scope.Written = written;
        _output.Append(text);
    }

    private void PrintValue(Node node, object? value)
    {
        At(node);
        string text = value switch
        {
            null or NilInterface => "<no value>",
            string s => s,
            long l => GoValues.FormatInteger(l),
            bool b => b ? "true" : "false",
            GoInt i => i.ToString(),
            _ => GoFormat.FormatValue(value),
        };
        Write(text);
    }

    private struct Variable
    {
        public Variable(string name, object? value)
        {
            Name = name;
            Value = value;
        }

        public string Name;
        public object? Value;
    }
}
