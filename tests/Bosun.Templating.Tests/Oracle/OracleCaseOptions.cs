using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bosun.Templating.Tests.Oracle;

/// <summary>
/// A case's <c>case.yaml</c>: one <c>key: value</c> per line, values in JSON or plain scalars (the same
/// restricted format scripts/oracle/cases.py reads). Keys: description, helm, set, mask, chart.
/// </summary>
internal sealed class OracleCaseOptions
{
    private static readonly HashSet<string> s_known = ["description", "helm", "set", "mask", "chart"];

    public string Description { get; private init; } = string.Empty;

    public IReadOnlyList<int> Helm { get; private init; } = [3, 4];

    public IReadOnlyList<string> Set { get; private init; } = [];

    public IReadOnlyList<Regex> Masks { get; private init; } = [];

    public IReadOnlyDictionary<string, JsonElement> Chart { get; private init; } = new Dictionary<string, JsonElement>();

    public static OracleCaseOptions Parse(string text, string where)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        string[] lines = text.Split('\n');
        for (int number = 1; number <= lines.Length; number++)
        {
            string line = lines[number - 1].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string key = colon < 0 ? string.Empty : line[..colon].Trim();
            if (key.Length == 0)
            {
                throw new FormatException($"{where}:{number}: expected 'key: value'");
            }

            if (!s_known.Contains(key))
            {
                throw new FormatException($"{where}:{number}: unknown option '{key}'");
            }

            values[key] = Scalar(line[(colon + 1)..].Trim(), where, number);
        }

        var options = new OracleCaseOptions
        {
            Description = values.TryGetValue("description", out var d) ? d.ToString() : string.Empty,
            Helm = values.TryGetValue("helm", out var h) ? [.. h.EnumerateArray().Select(e => e.GetInt32())] : [3, 4],
            Set = values.TryGetValue("set", out var s) ? [.. s.EnumerateArray().Select(e => e.GetString() ?? string.Empty)] : [],
            Masks = values.TryGetValue("mask", out var m)
                ? [.. m.EnumerateArray().Select(e => new Regex(e.GetString() ?? string.Empty, RegexOptions.CultureInvariant))]
                : [],
            Chart = values.TryGetValue("chart", out var c)
                ? c.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : new Dictionary<string, JsonElement>(),
        };
        if (options.Helm.Count == 0 || options.Helm.Any(v => v is not (3 or 4)))
        {
            throw new FormatException($"{where}: helm must be a non-empty list of 3 and/or 4");
        }

        return options;
    }

    private static JsonElement Scalar(string value, string where, int number)
    {
        if (value.Length > 0 && value[0] is '[' or '{' or '"')
        {
            try
            {
                return JsonSerializer.Deserialize<JsonElement>(value);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{where}:{number}: invalid JSON value: {e.Message}", e);
            }
        }

        if (value is "true" or "false" || Regex.IsMatch(value, "^-?[0-9]+$"))
        {
            return JsonSerializer.Deserialize<JsonElement>(value);
        }

        return JsonSerializer.SerializeToElement(value);
    }
}
