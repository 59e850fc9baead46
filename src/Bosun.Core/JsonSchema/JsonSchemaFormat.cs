using System.Globalization;

namespace Bosun.Core.JsonSchema;

/// <summary>A format assertion (asserted by default only before 2019-09, as santhosh-tekuri/jsonschema does).</summary>
internal sealed partial class JsonSchemaFormat
{
    private static readonly Dictionary<string, Func<string, string?>> s_formats = new(StringComparer.Ordinal)
    {
        ["ipv4"] = Ipv4,
        ["date"] = Date,
        ["email"] = Email,
        ["hostname"] = Hostname,
        ["time"] = Time,
        ["date-time"] = DateTimeFormat,
        ["relative-json-pointer"] = RelativeJsonPointer,
        ["regex"] = Regex,
        ["ipv6"] = Ipv6,
        ["uuid"] = Uuid,
        ["json-pointer"] = JsonPointer,
    };

    private readonly Func<string, string?> _check;

    private JsonSchemaFormat(string name, Func<string, string?> check)
    {
        Name = name;
        _check = check;
    }

    public string Name { get; }

    public static JsonSchemaFormat? Lookup(string name) =>
        s_formats.TryGetValue(name, out var f) ? new JsonSchemaFormat(name, f) : null;

    /// <summary>The error text, or null when valid (non-strings always pass).</summary>
    public string? Validate(object? value) => value is string s ? _check(s) : null;

    private static string? Ipv4(string s)
    {
        var groups = s.Split('.');
        if (groups.Length != 4)
        {
            return "expected four decimals";
        }

        foreach (var g in groups)
        {
            if (g.Length > 1 && g[0] == '0')
            {
                return "leading zeros";
            }

            if (!int.TryParse(g, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n > 255)
            {
                return "decimal must be between 0 and 255";
            }
        }

        return null;
    }

    private static string? Uuid(string s)
    {
        int[] lens = [8, 4, 4, 4, 12];
        var groups = s.Split('-');
        if (groups.Length != 5)
        {
            return "must have 5 elements";
        }

        for (int i = 0; i < 5; i++)
        {
            if (groups[i].Length != lens[i])
            {
                return $"element {i + 1} must be {lens[i]} characters long";
            }

            foreach (char c in groups[i])
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return $"non-hex character '{c}'";
                }
            }
        }

        return null;
    }

    private static string? JsonPointer(string s)
    {
        if (s.Length == 0)
        {
            return null;
        }

        if (s[0] != '/')
        {
            return "not starting with /";
        }

        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '~' && (i + 1 >= s.Length || (s[i + 1] != '0' && s[i + 1] != '1')))
            {
                return "~ must be followed by 0 or 1";
            }
        }

        return null;
    }
}
