using System.Diagnostics.CodeAnalysis;
using Bosun.Core.Diagnostics;
using Bosun.Core.Text;
using Bosun.Templating.Diagnostics;
using Bosun.Templating.Execution;
using Bosun.Templating.Functions;
using Bosun.Templating.Parsing;
using Bosun.Templating.Syntax;

namespace Bosun.Templating;

/// <summary>
/// A set of named templates sharing definitions, like Go's <c>*template.Template</c> with its associated
/// templates: parse files into it, then execute any of them by name. Parsing is not thread-safe;
/// once parsed, a set may be executed concurrently.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, SyntaxTree> _templates = new(StringComparer.Ordinal);
    private readonly TemplateSet? _parent;

    /// <summary>A set named <c>gotpl</c>, as helm's engine names its root template.</summary>
    public TemplateSet(TemplateOptions options)
        : this(options, "gotpl")
    {
    }

    /// <summary>A set whose root template is named <paramref name="name"/> (Go's <c>template.New(name)</c>).</summary>
    public TemplateSet(TemplateOptions options, string name)
    {
        Options = options;
        Name = name;
    }

    private TemplateSet(TemplateSet parent)
    {
        Options = parent.Options;
        Name = parent.Name;
        _parent = parent;
    }

    public TemplateOptions Options { get; }

    /// <summary>The root name: helm's tpl parses under it, and "no template" errors mention it.</summary>
    public string Name { get; }

    /// <summary>Names of every template in the set (files and <c>define</c>d ones).</summary>
    public IReadOnlyCollection<string> TemplateNames
    {
        get
        {
            if (_parent is null)
            {
                return _templates.Keys;
            }

            var names = new HashSet<string>(_parent.TemplateNames, StringComparer.Ordinal);
            names.UnionWith(_templates.Keys);
            return names;
        }
    }

    /// <summary>
    /// Parses a file into the set under <see cref="SourceFile.Path"/>; its <c>define</c>s join the set
    /// (a later definition of a name replaces an earlier one, as Go's AddParseTree does).
    /// Throws <see cref="TemplateException"/> on the first syntax error in the file.
    /// </summary>
    public void Parse(SourceFile file) => ParseInto(file, file.Path);

    /// <summary>Like <see cref="Parse"/>, but records the error and returns false.</summary>
    public bool TryParse(SourceFile file, DiagnosticBag diagnostics)
    {
        try
        {
            Parse(file);
            return true;
        }
        catch (TemplateException e)
        {
            diagnostics.Add(e.Diagnostic);
            return false;
        }
    }

    /// <summary>Executes a template by name; throws <see cref="TemplateException"/> on failure.</summary>
    public string Execute(string name, object? data) =>
        ExecuteCore(name, data, new ExecutionScope(), Options.StripNoValue);

    /// <summary>The parsed template of a name, if the set (or the set it was cloned from) holds it.</summary>
    public bool TryGetTemplate(string name, [NotNullWhen(true)] out SyntaxTree? template)
    {
        for (var set = this; set is not null; set = set._parent)
        {
            if (set._templates.TryGetValue(name, out var found))
            {
                template = found;
                return true;
            }
        }

        template = null;
        return false;
    }

    /// <summary>Parses <paramref name="file"/> as template <paramref name="name"/> and returns its tree.</summary>
    internal SyntaxTree ParseInto(SourceFile file, string name)
    {
        var trees = Parser.Parse(file, name, HasFunction, Options.LeftDelimiter, Options.RightDelimiter, maxParenDepth: Options.GoMinorVersion >= 25 ? Parser.MaxParenDepth : Parser.MaxParenDepthWithoutGoLimit);
        var main = trees[name];
        foreach (var tree in trees.Values)
        {
            Associate(tree);
        }

        return main;
    }

    /// <summary>A set that sees this one's templates and keeps its own additions (helm's tpl clone).</summary>
    internal TemplateSet CloneForTpl() => new(this);

    internal string ExecuteCore(string name, object? data, ExecutionScope scope, bool stripNoValue)
    {
        if (!TryGetTemplate(name, out var template))
        {
            var diagnostic = TemplateErrors.NoSuchTemplate.Create(GoQuoting.Quote(name), GoQuoting.Quote(Name));
            throw new TemplateException(diagnostic, diagnostic.Message);
        }

        string output = Executor.Run(this, template, data, scope);
        return stripNoValue ? output.Replace("<no value>", string.Empty, StringComparison.Ordinal) : output;
    }

    /// <summary>Go's associate: a definition replaces the old one unless it is empty and the old one is not.</summary>
    private void Associate(SyntaxTree tree)
    {
        if (tree.IsEmpty && TryGetTemplate(tree.Name, out var old) && old.Root is not null)
        {
            return;
        }

        _templates[tree.Name] = tree;
    }

    private bool HasFunction(string name) =>
        Options.Functions.TryGet(name, out _) || FunctionTable.Go.TryGet(name, out _);
}
