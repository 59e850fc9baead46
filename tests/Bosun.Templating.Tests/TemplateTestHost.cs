using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Templating.Functions;

namespace Bosun.Templating.Tests;

/// <summary>Shared helpers: render a snippet, capture its error, build Go values.</summary>
internal static class TemplateTestHost
{
    public const string FileName = "t";

    /// <summary>Plain Go text/template settings (builtins, missingkey=default).</summary>
    public static TemplateOptions GoOptions { get; } = new() { Functions = FunctionTable.Go };

    public static string Render(string text, object? data = null, TemplateOptions? options = null)
    {
        var set = new TemplateSet(options ?? GoOptions);
        set.Parse(new SourceFile(FileName, text));
        return set.Execute(FileName, data);
    }

    public static TemplateException RenderError(string text, object? data = null, TemplateOptions? options = null) =>
        Assert.Throws<TemplateException>(() => Render(text, data, options));

    public static TemplateException ParseError(string text, TemplateOptions? options = null)
    {
        var set = new TemplateSet(options ?? GoOptions);
        return Assert.Throws<TemplateException>(() => set.Parse(new SourceFile(FileName, text)));
    }

    public static GoMap Map(params (string Key, object? Value)[] entries)
    {
        var map = new GoMap();
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }

    public static GoList List(params object?[] items) => new(items);
}
