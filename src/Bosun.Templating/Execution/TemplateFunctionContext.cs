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

            string output = string.Empty;
            TemplateException? failure = null;
            try
            {
                output = _set.ExecuteCore(name, data, _scope, stripNoValue: false);
            }
            catch (TemplateException e)
            {
                failure = e;
            }
            finally
            {
                counts[name]--;
            }

            // Wrapped outside the handler so that nested failures do not pile up on the stack.
            return failure is null ? output : throw NestedFailure.Create(string.Empty, failure);
        }
        finally
        {
            _scope.Nesting--;
        }
    }

    /// <summary>helm's tpl: parses the text in a clone of the set under the set's name and runs it.</summary>
    public override string Tpl(string text, object? data)
    {
        if (_scope.TplNesting >= Options.MaxIncludeDepth)
        {
            throw DescribedFailure.Create(
                $"include/tpl nested more than {Options.MaxIncludeDepth} deep",
                TemplateErrors.NestingTooDeep,
                Options.MaxIncludeDepth);
        }

        EnterNesting();
        _scope.TplNesting++;
        try
        {
            var clone = _set.CloneForTpl();
            SyntaxTree? tree = null;
            TemplateException? failure = null;
            try
            {
                tree = clone.ParseInto(new SourceFile(_set.Name, text), _set.Name);
            }
            catch (TemplateException e)
            {
                failure = e;
            }

            if (failure is not null)
            {
                throw NestedFailure.Create($"cannot parse template {GoQuoting.Quote(text)}: ", failure);
            }

            if (tree is null)
            {
                throw new GoFailure($"cannot parse template {GoQuoting.Quote(text)}");
            }

            string output = string.Empty;
            try
            {
                output = Executor.Run(clone, tree, data, _scope);
            }
            catch (TemplateException e)
            {
                failure = e;
            }

            if (failure is not null)
            {
                throw NestedFailure.Create($"error during tpl function execution for {GoQuoting.Quote(text)}: ", failure);
            }

            return Options.StripNoValue ? output.Replace("<no value>", string.Empty, StringComparison.Ordinal) : output;
        }
        finally
        {
            _scope.TplNesting--;
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
