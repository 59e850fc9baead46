namespace Bosun.Core.Yaml.Go;

/// <summary>
/// go-yaml v2's <c>resolve</c>: the YAML 1.1 type of a plain scalar (<c>yes</c>/<c>on</c>/<c>y</c> booleans,
/// <c>~</c>/<c>null</c>, 0x/0o/0b/leading-zero octal integers, floats, <c>.inf</c>/<c>.nan</c>, timestamps,
/// <c>&lt;&lt;</c>) and the checks of explicit tags.
/// </summary>
internal static class GoYamlResolver
{
    /// <summary>Marker value for a resolved timestamp (interface{} targets keep the text).</summary>
    public static readonly object TimestampMarker = new();

    private static readonly Dictionary<string, (object? Value, string Tag)> s_map = CreateMap();

    /// <summary>go-yaml's yamlStyleFloat, <c>^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$</c>, by hand.</summary>
    internal static bool IsYamlStyleFloat(string s)
    {
        int i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        int digits = SkipDigits(s, ref i);
        if (digits == 0)
        {
            if (i >= s.Length || s[i] != '.')
            {
                return false;
            }

            i++;
            if (SkipDigits(s, ref i) == 0)
            {
                return false;
            }
        }
        else if (i < s.Length && s[i] == '.')
        {
            i++;
            SkipDigits(s, ref i);
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            if (SkipDigits(s, ref i) == 0)
            {
                return false;
            }
        }

        return i == s.Length;
    }

    /// <summary>go-yaml's base60float, <c>^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$</c>, by hand.</summary>
    internal static bool MatchesBase60Float(string s)
    {
        int i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            return false;
        }

        i++;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'))
        {
            i++;
        }

        int groups = 0;
        while (i < s.Length && s[i] == ':')
        {
            // One or two digits, the first of two at most 5 ([0-5]?[0-9]).
            i++;
            if (i + 1 < s.Length && s[i] is >= '0' and <= '5' && char.IsAsciiDigit(s[i + 1]))
            {
                i += 2;
            }
            else if (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            else
            {
                return false;
            }

            groups++;
        }

        if (groups == 0)
        {
            return false;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'))
            {
                i++;
            }
        }

        return i == s.Length;
    }

    private static int SkipDigits(string s, ref int i)
    {
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - start;
    }

    private static Dictionary<string, (object? Value, string Tag)> CreateMap()
    {
        var map = new Dictionary<string, (object?, string)>(StringComparer.Ordinal);
        void Add(object? value, string tag, params string[] names)
        {
            foreach (string name in names)
            {
                map[name] = (value, tag);
            }
        }

        Add(true, GoYamlTags.Bool, "y", "Y", "yes", "Yes", "YES");
        Add(true, GoYamlTags.Bool, "true", "True", "TRUE");
        Add(true, GoYamlTags.Bool, "on", "On", "ON");
        Add(false, GoYamlTags.Bool, "n", "N", "no", "No", "NO");
        Add(false, GoYamlTags.Bool, "false", "False", "FALSE");
        Add(false, GoYamlTags.Bool, "off", "Off", "OFF");
        Add(null, GoYamlTags.Null, "", "~", "null", "Null", "NULL");
        Add(double.NaN, GoYamlTags.Float, ".nan", ".NaN", ".NAN");
        Add(double.PositiveInfinity, GoYamlTags.Float, ".inf", ".Inf", ".INF");
        Add(double.PositiveInfinity, GoYamlTags.Float, "+.inf", "+.Inf", "+.INF");
        Add(double.NegativeInfinity, GoYamlTags.Float, "-.inf", "-.Inf", "-.INF");
        Add("<<", GoYamlTags.Merge, "<<");
        return map;
    }

    private static bool IsResolvableTag(string tag) =>
        tag is "" or GoYamlTags.Str or GoYamlTags.Bool or GoYamlTags.Int or GoYamlTags.Float or GoYamlTags.Null or GoYamlTags.Timestamp;

    /// <summary>go-yaml's isBase60Float (such strings are quoted on output).</summary>
    public static bool IsBase60Float(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        char c = s[0];
        if (!(c == '+' || c == '-' || (c >= '0' && c <= '9')) || !s.Contains(':'))
        {
            return false;
        }

        return MatchesBase60Float(s);
    }

    /// <summary>
    /// Resolves <paramref name="input"/> under <paramref name="tag"/> ("" for a plain untagged scalar).
    /// Values: null, bool, long (Go int), ulong (uint64), double, string, <see cref="TimestampMarker"/>,
    /// the string <c>&lt;&lt;</c> (merge tag). Throws <see cref="GoYamlException"/> when an explicit tag does not fit.
    /// </summary>
    public static (string Tag, object? Value) Resolve(string tag, string input)
    {
        if (!IsResolvableTag(tag))
        {
            return (tag, input);
        }

        var (rtag, value) = ResolveCore(tag, input);
        if (tag == "" || tag == rtag || tag == GoYamlTags.Str || tag == GoYamlTags.Binary)
        {
            return (rtag, value);
        }

        if (tag == GoYamlTags.Float && rtag == GoYamlTags.Int)
        {
            switch (value)
            {
                case long l:
                    return (GoYamlTags.Float, (double)l);
            }
        }

        throw new GoYamlException($"yaml: cannot decode {GoYamlTags.Short(rtag)} `{input}` as a {GoYamlTags.Short(tag)}");
    }

    private static char Hint(char c) => c switch
    {
        '+' or '-' => 'S',
        >= '0' and <= '9' => 'D',
        'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' or '~' => 'M',
        '.' => '.',
        _ => '\0',
    };

    private static (string Tag, object? Value) ResolveCore(string tag, string input)
    {
        char hint = input.Length == 0 ? 'N' : Hint(input[0]);
        if (hint != '\0' && tag != GoYamlTags.Str && tag != GoYamlTags.Binary)
        {
            if (s_map.TryGetValue(input, out var item))
            {
                return (item.Tag, item.Value);
            }

            switch (hint)
            {
                case '.':
                    if (GoYamlNumbers.TryParseDecimalFloat(input, out double f))
                    {
                        return (GoYamlTags.Float, f);
                    }

                    break;

                case 'D':
                case 'S':
                    if ((tag == "" || tag == GoYamlTags.Timestamp) && GoYamlTimestamp.IsTimestamp(input))
                    {
                        return (GoYamlTags.Timestamp, TimestampMarker);
                    }

                    string plain = input.Replace("_", string.Empty, StringComparison.Ordinal);
                    if (GoYamlNumbers.TryParseInt(plain, out long i))
                    {
                        return (GoYamlTags.Int, i);
                    }

                    if (GoYamlNumbers.TryParseUint(plain, out ulong u))
                    {
                        return (GoYamlTags.Int, u);
                    }

                    if (IsYamlStyleFloat(plain) && GoYamlNumbers.TryParseDecimalFloat(plain, out double pf))
                    {
                        return (GoYamlTags.Float, pf);
                    }

                    break;
            }
        }

        return (GoYamlTags.Str, input);
    }
}
