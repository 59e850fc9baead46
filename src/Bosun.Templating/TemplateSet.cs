using Bosun.Core.Diagnostics;
using Bosun.Core.Text;

namespace Bosun.Templating;

/// <summary>
/// A set of named templates sharing definitions, like Go's <c>*template.Template</c> with its associated
/// templates: parse files into it, then execute any of them by name.
/// </summary>
public sealed class TemplateSet
{
    public TemplateSet(TemplateOptions options)
    {
        Options = options;
    }

    public TemplateOptions Options { get; }

    /// <summary>Names of every template in the set (files and <c>define</c>d ones).</summary>
    public IReadOnlyCollection<string> TemplateNames => throw new NotImplementedException();

    /// <summary>
    /// Parses a file into the set under <see cref="SourceFile.Path"/>; its <c>define</c>s join the set
    /// (a later definition of a name replaces an earlier one, as Go's AddParseTree does).
    /// Throws <see cref="TemplateException"/> on the first syntax error in the file.
    /// </summary>
    public void Parse(SourceFile file) => throw new NotImplementedException();

    /// <summary>Like <see cref="Parse"/>, but records the error and returns false.</summary>
    public bool TryParse(SourceFile file, DiagnosticBag diagnostics) => throw new NotImplementedException();

    /// <summary>Executes a template by name; throws <see cref="TemplateException"/> on failure.</summary>
    public string Execute(string name, object? data) => throw new NotImplementedException();
}
