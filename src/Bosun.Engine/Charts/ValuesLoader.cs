using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>loader.LoadValues</c> and <c>loader.MergeMaps</c>: a values file may hold several YAML
/// documents (split as k8s' YAMLReader does), each must be a map, later documents merge over earlier ones.
/// </summary>
public static class ValuesLoader
{
    /// <summary>helm's LoadValues wraps every document error with this prefix.</summary>
    private const string DocumentErrorPrefix = "cannot unmarshal yaml document: ";

    /// <summary>Loads a values file into a <c>map[string]interface {}</c>; throws <see cref="GoYamlException"/> with helm's message and a position in <paramref name="text"/>.</summary>
    public static GoMap Load(string text)
    {
        var values = new GoMap();
        foreach (var (document, firstLine) in SplitDocuments(text))
        {
            object? parsed;
            try
            {
                parsed = GoYaml.Deserialize(document);
            }
            catch (GoYamlException ex)
            {
                int line = ex.Line > 0 ? ex.Line + firstLine - 1 : 0;
                throw new GoYamlException(DocumentErrorPrefix + ex.Message, line, ex.Column);
            }

            switch (parsed)
            {
                case null:
                    break;
                case GoMap map:
                    values = MergeMaps(values, map);
                    break;
                default:
                    throw new GoYamlException(
                        DocumentErrorPrefix + $"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {JsonKind(parsed)} into Go value of type map[string]interface {{}}",
                        firstLine,
                        1);
            }
        }

        return values;
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

    /// <summary>
    /// k8s.io/apimachinery's YAMLReader: a line starting with <c>---</c> followed by nothing but spaces or a
    /// comment ends a document; empty documents are skipped. Yields each document and its first line number.
    /// </summary>
    internal static IEnumerable<(string Document, int FirstLine)> SplitDocuments(string text)
    {
        var buffer = new System.Text.StringBuilder();
        int lineNumber = 0;
        int firstLine = 1;
        int position = 0;
        while (position < text.Length)
        {
            int newline = text.IndexOf('\n', position);
            int end = newline < 0 ? text.Length : newline + 1;
            string line = text[position..end];
            position = end;
            lineNumber++;

            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                string rest = line[3..].Trim();
                if (rest.Length == 0 || rest[0] == '#')
                {
                    if (buffer.Length != 0)
                    {
                        yield return (buffer.ToString(), firstLine);
                        buffer.Clear();
                    }

                    firstLine = lineNumber + 1;
                    continue;
                }
            }

            if (buffer.Length == 0)
            {
                firstLine = lineNumber;
            }

            buffer.Append(line);
        }

        if (buffer.Length != 0)
        {
            yield return (buffer.ToString(), firstLine);
        }
    }

    private static string JsonKind(object? value) => value switch
    {
        bool => "bool",
        string => "string",
        GoList => "array",
        _ => "number",
    };
}
