using Bosun.Core.Values;

namespace Bosun.Core.Yaml;

/// <summary>Helm's loading of a chart's values.yaml.</summary>
public static partial class GoYaml
{
    /// <summary>
    /// A chart's values.yaml as helm loads it (the chart loader prefixes errors with
    /// <c>cannot load values.yaml: </c>). Helm 4 (LoadValues) splits the file into documents at lines that
    /// start with <c>---</c>, reads each as a map and deep-merges them, later documents winning; helm 3 reads
    /// only the first document. Throws <see cref="GoYamlException"/> with helm's message.
    /// </summary>
    public static GoMap LoadValues(string text, int helmMajor)
    {
        if (helmMajor < 4)
        {
            return DeserializeMap(text);
        }

        var values = new GoMap();
        foreach (string document in SplitYamlDocuments(text))
        {
            GoMap current;
            try
            {
                current = DeserializeMap(document);
            }
            catch (GoYamlException e)
            {
                throw new GoYamlException("cannot unmarshal yaml document: " + e.Message, e.Line, e.Column);
            }

            values = MergeMaps(values, current);
        }

        return values;
    }

    /// <summary>
    /// k8s.io/apimachinery's YAMLReader: documents end at lines starting with <c>---</c> (only spaces or a
    /// comment may follow); every line is re-terminated with "\n" (a "\r" before it is dropped).
    /// </summary>
    private static List<string> SplitYamlDocuments(string text)
    {
        var documents = new List<string>();
        var buffer = new System.Text.StringBuilder();
        int position = 0;
        while (position < text.Length)
        {
            int newline = text.IndexOf('\n', position);
            int end = newline < 0 ? text.Length : newline;
            int contentEnd = end > position && text[end - 1] == '\r' ? end - 1 : end;
            string line = text[position..contentEnd];
            position = newline < 0 ? text.Length : newline + 1;

            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                string trimmed = line[3..].Trim();
                if (trimmed.Length > 0 && trimmed[0] != '#')
                {
                    throw new GoYamlException("error reading yaml document: invalid Yaml document separator: " + trimmed);
                }

                if (buffer.Length != 0)
                {
                    documents.Add(buffer.ToString());
                    buffer.Clear();
                }

                continue;
            }

            buffer.Append(line).Append('\n');
        }

        if (buffer.Length != 0)
        {
            documents.Add(buffer.ToString());
        }

        return documents;
    }

    /// <summary>helm's loader.MergeMaps: nested maps merge, anything else from <paramref name="b"/> replaces.</summary>
    private static GoMap MergeMaps(GoMap a, GoMap b)
    {
        var result = new GoMap();
        foreach (var (key, value) in a)
        {
            result[key] = value;
        }

        foreach (var (key, value) in b)
        {
            if (value is GoMap bMap && bMap.Type.Equals(GoType.MapOfInterface)
                && result.TryGetValue(key, out var existing) && existing is GoMap aMap && aMap.Type.Equals(GoType.MapOfInterface))
            {
                result[key] = MergeMaps(aMap, bMap);
                continue;
            }

            result[key] = value;
        }

        return result;
    }
}
