using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Functions;
using Bosun.Templating.Syntax;

namespace Bosun.Templating.Execution;

/// <summary>
/// The executor's <see cref="FunctionContext"/>: include and tpl as helm's engine implements them,
/// bound to the template set being executed (a tpl clone sees its own defines).
/// </summary>
internal sealed class TemplateFunctionContext : FunctionContext
{
    private readonly TemplateSet _set;
    private readonly ExecutionScope _scope;

    public TemplateFunctionContext(TemplateSet set, ExecutionScope scope)
    {
        _set = set;
        _scope = scope;
    }

    public override TemplateOptions Options => _set.Options;

    /// <summary>helm's include: counts nested calls per name (more than MaxIncludeDepth fails).</summary>
    public override string Include(string name, object? data)
    {
        EnterNesting();
        try
        {
            var counts = _scope.IncludeCounts;
            if (counts.TryGetValue(name, out int count))
            {
                if (count > Options.MaxIncludeDepth)
                {
                    throw DescribedFailure.Create(
                        $"rendering template has a nested reference name: {name}: unable to execute template",
                        TemplateErrors.IncludeRecursion,
                        name);
                }

                counts[name] = count + 1;
            }
            else
            {
                counts[name] = 1;
            }

            try
            {
                return _set.ExecuteCore(name, data, _scope, stripNoValue: false);
            }
            catch (TemplateException e)
            {
                throw new GoFailure(e.GoMessage, e);
            }
            finally
            {
                counts[name]--;
            }
        }
        finally
        {
            _scope.Nesting--;
        }
    }

    /// <summary>helm's tpl: parses the text in a clone of the set under the set's name and runs it.</summary>
    public override string Tpl(string text, object? data)
    {
        EnterNesting();
        try
        {
            var clone = _set.CloneForTpl();
            SyntaxTree tree;
            try
            {
                tree = clone.ParseInto(new SourceFile(_set.Name, text), _set.Name);
            }
            catch (TemplateException e)
            {
                throw new GoFailure($"cannot parse template {GoQuoting.Quote(text)}: {e.GoMessage}", e);
            }

            string output;
            try
            {
                output = Executor.Run(clone, tree, data, _scope);
            }
            catch (TemplateException e)
            {
                throw new GoFailure($"error during tpl function execution for {GoQuoting.Quote(text)}: {e.GoMessage}", e);
            }

            return Options.StripNoValue ? output.Replace("<no value>", string.Empty, StringComparison.Ordinal) : output;
        }
        finally
        {
            _scope.Nesting--;
        }
    }

    private void EnterNesting()
    {
        if (_scope.Nesting >= ExecutionScope.MaxNesting)
        {
            throw DescribedFailure.Create(
                $"include/tpl nested more than {ExecutionScope.MaxNesting} deep",
                TemplateErrors.NestingTooDeep,
                ExecutionScope.MaxNesting);
        }

        _scope.Nesting++;
    }
}
