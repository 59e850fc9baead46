using System.Text;
using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>values.Options.MergeValues</c>: the values a user supplies on the command line, <c>-f</c>
/// files deep-merged in order, then <c>--set-json</c>, <c>--set</c>, <c>--set-string</c>, <c>--set-file</c>
/// and <c>--set-literal</c>, each kind in the order given.
/// </summary>
public static class UserValues
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Merges every kind of user value in helm v4's order and with its rules.</summary>
    public static GoMap Merge(UserValueSources sources, Func<string, string> resolvePath) =>
        Merge(sources, resolvePath, helmMajor: 4);

    /// <summary>
    /// Merges every kind of user value as helm <paramref name="helmMajor"/> (3 or 4) does.
    /// <paramref name="resolvePath"/> turns a path as given into a file-system path; messages name files as
    /// given. Throws <see cref="Core.Diagnostics.BosunException"/> (BOSUN3011-3013, 3150-3154) with helm's text.
    /// </summary>
    public static GoMap Merge(UserValueSources sources, Func<string, string> resolvePath, int helmMajor)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(resolvePath);
        var merged = new GoMap();
        foreach (string file in sources.ValuesFiles)
        {
            merged = ValuesLoader.MergeMaps(merged, LoadValuesFile(file, resolvePath, helmMajor));
        }

        foreach (string value in sources.SetJson)
        {
            merged = ApplySetJson(value, merged, helmMajor);
        }

        foreach (string expression in sources.Set)
        {
            Apply(ChartErrors.SetValueInvalid, () => SetValueParser.ParseInto(expression, merged, helmMajor));
        }

        foreach (string expression in sources.SetString)
        {
            Apply(ChartErrors.SetStringValueInvalid, () => SetValueParser.ParseIntoString(expression, merged, helmMajor));
        }

        foreach (string expression in sources.SetFile)
        {
            Apply(ChartErrors.SetFileValueInvalid, () => SetValueParser.ParseIntoFile(
                expression, merged, path => ReadSetFile(path, resolvePath), helmMajor));
        }

        foreach (string expression in sources.SetLiteral)
        {
            Apply(ChartErrors.SetLiteralValueInvalid, () => SetLiteralParser.ParseInto(expression, merged, helmMajor));
        }

        return merged;
    }

    /// <summary>
    /// Merges -f files and --set expressions only (helm v4 rules). Kept for callers that have no
    /// <see cref="UserValueSources"/>.
    /// </summary>
    public static GoMap Merge(IEnumerable<string> valuesFiles, IEnumerable<string> setExpressions, Func<string, string> resolvePath) =>
        Merge(new UserValueSources { ValuesFiles = [.. valuesFiles], Set = [.. setExpressions] }, resolvePath);

    private static GoMap LoadValuesFile(string file, Func<string, string> resolvePath, int helmMajor)
    {
        byte[] bytes = ReadFile(file, resolvePath, out string? error);
        if (error is not null)
        {
            throw (File.Exists(resolvePath(file)) || Directory.Exists(resolvePath(file))
                ? ChartErrors.ValuesFileUnreadable.Create(error)
                : ChartErrors.ValuesFileNotFound.Create(file)).ToException();
        }

        string text = s_utf8.GetString(bytes);
        try
        {
            return ValuesLoader.Load(text, helmMajor);
        }
        catch (GoYamlException ex)
        {
            var location = SourceLocations.At(new SourceFile(file, text), ex.Line, ex.Column);
            throw ChartErrors.ValuesFileInvalid.At(location, file, ex.Message).ToException();
        }
    }

    private static GoMap ApplySetJson(string value, GoMap merged, int helmMajor)
    {
        string trimmed = value.Trim();
        if (helmMajor >= 4 && trimmed.Length > 0 && trimmed[0] == '{')
        {
            GoMap? map = GoJson.DeserializeMap(trimmed, out string? error);
            if (error is not null)
            {
                throw ChartErrors.SetJsonValueInvalid.Create("JSON: " + value).ToException();
            }

            return map is null ? merged : ValuesLoader.MergeMaps(merged, map);
        }

        try
        {
            SetValueParser.ParseJson(value, merged, helmMajor);
        }
        catch (SetValueException)
        {
            throw ChartErrors.SetJsonValueInvalid.Create(value).ToException();
        }

        return merged;
    }

    private static void Apply(Core.Diagnostics.DiagnosticDescriptor descriptor, Action parse)
    {
        try
        {
            parse();
        }
        catch (SetValueException ex)
        {
            throw descriptor.Create(ex.Message).ToException();
        }
    }

    /// <summary>helm's readFile for --set-file: the file's bytes as a Go string; errors are os.ReadFile's.</summary>
    private static object? ReadSetFile(string path, Func<string, string> resolvePath)
    {
        byte[] bytes = ReadFile(path, resolvePath, out string? error);
        return error is not null ? throw new SetValueException(error) : s_utf8.GetString(bytes);
    }

    /// <summary>os.ReadFile with Go's error text (<c>open x: no such file or directory</c>, <c>read x: is a directory</c>).</summary>
    private static byte[] ReadFile(string given, Func<string, string> resolvePath, out string? error)
    {
        error = null;
        string path = given.Length == 0 ? given : resolvePath(given);
        if (Directory.Exists(path))
        {
            error = $"read {given}: is a directory";
            return [];
        }

        if (!File.Exists(path))
        {
            error = $"open {given}: no such file or directory";
            return [];
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            error = $"open {given}: permission denied";
        }
        catch (IOException ex)
        {
            error = $"read {given}: {ex.Message}";
        }

        return [];
    }
}
