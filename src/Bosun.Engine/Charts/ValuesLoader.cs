using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>loader.LoadValues</c> and <c>loader.MergeMaps</c>: a values file may hold several YAML
/// documents (split as k8s' YAMLReader does), each must be a map, later documents merge over earlier ones.
/// </summary>
public static class ValuesLoader
{
    /// <summary>
    /// Loads a values file into a <c>map[string]interface {}</c> with helm v4's rules (every document merged);
    /// throws <see cref="GoYamlException"/> with helm's message. The position is kept only for files of one
    /// document: the YAML reader reports lines relative to the document that failed.
    /// </summary>
    public static GoMap Load(string text) => Load(text, helmMajor: 4);

    /// <summary>
    /// Loads a values file as helm <paramref name="helmMajor"/> reads <c>-f</c> files: helm 4 with
    /// loader.LoadValues (every document), helm 3 with yaml.Unmarshal (the first document only).
    /// </summary>
    public static GoMap Load(string text, int helmMajor)
    {
        try
        {
            return GoYaml.LoadValues(text, helmMajor);
        }
        catch (GoYamlException ex) when (ex.Line > 0 && HasDocumentSeparator(text))
        {
            throw new GoYamlException(ex.Message);
        }
    }

    /// <summary>loader.MergeMaps: a new map with <paramref name="b"/> over <paramref name="a"/>, maps merged recursively.</summary>
    public static GoMap MergeMaps(GoMap a, GoMap b)
    {
        var result = new GoMap(a.Type, new Dictionary<string, object?>(a.Entries, StringComparer.Ordinal));
        foreach (var (key, value) in b)
        {
            if (value is GoMap bMap && IsPlainMap(bMap) && result.TryGetValue(key, out object? existing)
                && existing is GoMap aMap && IsPlainMap(aMap))
            {
                result[key] = MergeMaps(aMap, bMap);
                continue;
            }

            result[key] = value;
        }

        return result;
    }

    /// <summary>True for <c>map[string]interface {}</c>, the only map type helm's type switches recognise as a table.</summary>
    internal static bool IsPlainMap(GoMap map) => map.Type.Equals(GoType.MapOfInterface);

    private static bool HasDocumentSeparator(string text) =>
        text.StartsWith("---", StringComparison.Ordinal) || text.Contains("\n---", StringComparison.Ordinal);
}
