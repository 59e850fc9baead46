using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>values.Options.MergeValues</c>: the values a user supplies on the command line, <c>-f</c>
/// files deep-merged in order, then every <c>--set</c> applied in order.
/// </summary>
public static class UserValues
{
    /// <summary>
    /// Merges every kind of user value in helm's order. CONTRACT STUB: only -f and --set are applied so far;
    /// the values helper implements the other kinds.
    /// </summary>
    public static GoMap Merge(UserValueSources sources, Func<string, string> resolvePath) =>
        Merge(sources.ValuesFiles, sources.Set, resolvePath);

    /// <summary>
    /// Merges the user's values. <paramref name="resolvePath"/> turns a path as given into a file-system path;
    /// messages name files as given. Throws <see cref="Core.Diagnostics.BosunException"/> (BOSUN3011-3013).
    /// </summary>
    public static GoMap Merge(IEnumerable<string> valuesFiles, IEnumerable<string> setExpressions, Func<string, string> resolvePath)
    {
        var merged = new GoMap();
        foreach (string file in valuesFiles)
        {
            string path = resolvePath(file);
            if (!File.Exists(path))
            {
                throw ChartErrors.ValuesFileNotFound.Create(file).ToException();
            }

            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw ChartErrors.ChartFileUnreadable.Create(file, ex.Message).ToException();
            }

            try
            {
                merged = ValuesLoader.MergeMaps(merged, ValuesLoader.Load(text));
            }
            catch (GoYamlException ex)
            {
                var location = SourceLocations.At(new SourceFile(file, text), ex.Line, ex.Column);
                throw ChartErrors.ValuesFileInvalid.At(location, file, ex.Message).ToException();
            }
        }

        foreach (string expression in setExpressions)
        {
            try
            {
                SetValueParser.ParseInto(expression, merged);
            }
            catch (SetValueException ex)
            {
                throw ChartErrors.SetValueInvalid.Create(ex.Message).ToException();
            }
        }

        return merged;
    }
}
