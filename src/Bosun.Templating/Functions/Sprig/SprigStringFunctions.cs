using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// Sprig string functions (sprig v3.3.0 strings.go and its functions.go entries): trimming, case,
/// abbreviation, wrapping, quoting, splitting and joining, with Go's byte-string semantics.
/// </summary>
internal static partial class SprigStringFunctions
{
    private static readonly GoType S = GoType.String;
    private static readonly GoType I = GoType.Int;
    private static readonly GoType Any = GoType.Interface;

    public static void Register(FunctionTable.Builder table)
    {
        table.Add("hello", GoSignature.Of(), _ => "Hello!");

        table.Add("abbrev", GoSignature.Of(I, S), a => SprigStringWrap.Abbrev(Int(a[0]), Str(a[1])));
        table.Add("abbrevboth", GoSignature.Of(I, I, S), a => SprigStringWrap.AbbrevBoth(Int(a[0]), Int(a[1]), Str(a[2])));
        table.Add("trunc", GoSignature.Of(I, S), a => Trunc(Int(a[0]), Str(a[1])));
        table.Add("trim", GoSignature.Of(S), a => TrimSpace(Str(a[0])));
        table.Add("upper", GoSignature.Of(S), a => Upper(Str(a[0])));
        table.Add("lower", GoSignature.Of(S), a => Lower(Str(a[0])));
        table.Add("title", GoSignature.Of(S), a => SprigStringCase.Title(Str(a[0])));
        table.Add("untitle", GoSignature.Of(S), a => SprigStringCase.Untitle(Str(a[0])));
        table.Add("substr", GoSignature.Of(I, I, S), a => Substring(Int(a[0]), Int(a[1]), Str(a[2])));
        table.Add("repeat", GoSignature.Of(I, S), (c, a) => Repeat(c, Str(a[1]), Int(a[0])));
        table.Add("trimall", GoSignature.Of(S, S), a => Trim(Str(a[1]), Str(a[0])));
        table.Add("trimAll", GoSignature.Of(S, S), a => Trim(Str(a[1]), Str(a[0])));
        table.Add("trimSuffix", GoSignature.Of(S, S), a => TrimSuffix(Str(a[1]), Str(a[0])));
        table.Add("trimPrefix", GoSignature.Of(S, S), a => TrimPrefix(Str(a[1]), Str(a[0])));
        table.Add("nospace", GoSignature.Of(S), a => SprigStringCase.NoSpace(Str(a[0])));
        table.Add("initials", GoSignature.Of(S), a => SprigStringCase.Initials(Str(a[0])));
        table.Add("swapcase", GoSignature.Of(S), a => SprigStringCase.SwapCase(Str(a[0])));
        table.Add("shuffle", GoSignature.Of(S), (c, a) => SprigStringCase.Shuffle(Str(a[0]), c.Random));
        table.Add("snakecase", GoSignature.Of(S), a => SprigStringCase.ToSnakeCase(Str(a[0])));
        table.Add("camelcase", GoSignature.Of(S), a => SprigStringCase.ToPascalCase(Str(a[0])));
        table.Add("kebabcase", GoSignature.Of(S), a => SprigStringCase.ToKebabCase(Str(a[0])));
        table.Add("wrap", GoSignature.Of(I, S), a => SprigStringWrap.WrapCustom(Str(a[1]), Int(a[0]), "", false));
        table.Add("wrapWith", GoSignature.Of(I, S, S), a => SprigStringWrap.WrapCustom(Str(a[2]), Int(a[0]), Str(a[1]), true));
        table.Add("contains", GoSignature.Of(S, S), a => GoValue.Bool(Str(a[1]).Contains(Str(a[0]), StringComparison.Ordinal)));
        table.Add("hasPrefix", GoSignature.Of(S, S), a => GoValue.Bool(Str(a[1]).StartsWith(Str(a[0]), StringComparison.Ordinal)));
        table.Add("hasSuffix", GoSignature.Of(S, S), a => GoValue.Bool(Str(a[1]).EndsWith(Str(a[0]), StringComparison.Ordinal)));
        table.Add("quote", GoSignature.VariadicOf(Any), Quote);
        table.Add("squote", GoSignature.VariadicOf(Any), SQuote);
        table.Add("cat", GoSignature.VariadicOf(Any), Cat);
        table.Add("indent", GoSignature.Of(I, S), (c, a) => Indent(c, Int(a[0]), Str(a[1])));
        table.Add("nindent", GoSignature.Of(I, S), (c, a) => "\n" + Indent(c, Int(a[0]), Str(a[1])));
        table.Add("replace", GoSignature.Of(S, S, S), a => Replace(Str(a[2]), Str(a[0]), Str(a[1])));
        table.Add("plural", GoSignature.Of(S, S, I), a => Int(a[2]) == 1 ? Str(a[0]) : Str(a[1]));

        table.Add("split", GoSignature.Of(S, S), a => ToIndexedMap(Split(Str(a[1]), Str(a[0]), -1)));
        table.Add("splitn", GoSignature.Of(S, I, S), a => ToIndexedMap(Split(Str(a[2]), Str(a[0]), Int(a[1]))));
        table.Add("splitList", GoSignature.Of(S, S), a => GoList.OfStrings(Split(Str(a[1]), Str(a[0]), -1)));
        table.Add("join", GoSignature.Of(S, Any), a => string.Join(Str(a[0]), SprigConvert.StrSlice(a[1])));
        table.Add("sortAlpha", GoSignature.Of(Any), a => SortAlpha(a[0]));
    }

    /// <summary>sprig trunc: a negative count keeps the last -c bytes.</summary>
    internal static string Trunc(long c, string s)
    {
        long length = SprigStringBytes.Length(s);
        if (c < 0 && length + c > 0)
        {
            return SprigStringBytes.Slice(s, (int)(length + c), (int)length);
        }

        if (c >= 0 && length > c)
        {
            return SprigStringBytes.Slice(s, 0, (int)c);
        }

        return s;
    }

    /// <summary>sprig substring: start &lt; 0 → s[:end]; end &lt; 0 or past the end → s[start:]; else s[start:end] (may panic as Go does).</summary>
    internal static string Substring(long start, long end, string s)
    {
        if (start < 0)
        {
            return SprigStringBytes.CheckedSlice(s, 0, end);
        }

        long length = SprigStringBytes.Length(s);
        if (end < 0 || end > length)
        {
            return SprigStringBytes.CheckedSlice(s, start, 0, toEnd: true);
        }

        return SprigStringBytes.CheckedSlice(s, start, end);
    }

    /// <summary>strings.Repeat with its panics.</summary>
    internal static string Repeat(FunctionContext context, string s, long count)
    {
        switch (count)
        {
            case 0:
                return "";
            case 1:
                return s;
            case < 0:
                throw new GoFailure("strings: negative Repeat count");
        }

        long length = SprigStringBytes.Length(s);
        if (length != 0 && count > long.MaxValue / length)
        {
            throw new GoFailure("strings: Repeat output length overflow");
        }

        if (s.Length == 0)
        {
            return s;
        }

        SprigConvert.EnsureAllocation(context, s.Length * count);
        if (s.Length * count > Array.MaxLength)
        {
            throw new GoFailure("runtime error: makeslice: len out of range");
        }

        var builder = new StringBuilder((int)(s.Length * count));
        for (long i = 0; i < count; i++)
        {
            builder.Append(s);
        }

        return builder.ToString();
    }

    internal static string Indent(FunctionContext context, long spaces, string v)
    {
        string pad = Repeat(context, " ", spaces);
        if (pad.Length == 0)
        {
            return v;
        }

        long upperBound = v.Length + ((long)pad.Length * (v.Length + 1));
        if (upperBound > context.Options.MaxOutputLength)
        {
            SprigConvert.EnsureAllocation(context, v.Length + ((long)pad.Length * (CountNewLines(v) + 1)));
        }

        return pad + v.Replace("\n", "\n" + pad, StringComparison.Ordinal);
    }

    /// <summary>sprig quote: each non-nil argument strval'd and Go-quoted (%q), joined by spaces.</summary>
    private static object? Quote(object?[] args)
    {
        if (args.Length == 1)
        {
            return args[0] is null ? "" : GoStrconv.Quote(SprigConvert.StrVal(args[0]));
        }

        var parts = new List<string>(args.Length);
        foreach (var arg in args)
        {
            if (arg is not null)
            {
                parts.Add(GoStrconv.Quote(SprigConvert.StrVal(arg)));
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>sprig squote: each non-nil argument as '%v', joined by spaces.</summary>
    private static object? SQuote(object?[] args)
    {
        var parts = new List<string>(args.Length);
        foreach (var arg in args)
        {
            if (arg is not null)
            {
                parts.Add("'" + GoFormat.FormatValue(arg) + "'");
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>sprig cat: non-nil arguments printed with %v, separated by spaces.</summary>
    private static object? Cat(object?[] args)
    {
        var parts = new List<string>(args.Length);
        foreach (var arg in args)
        {
            if (arg is not null)
            {
                parts.Add(GoFormat.FormatValue(arg));
            }
        }

        return string.Join(' ', parts);
    }

    private static object? SortAlpha(object? value)
    {
        if (value is GoList { Type.Name: "[]string" } strings)
        {
            // strslice returns a []string as is, so Go sorts the caller's slice in place.
            strings.Items.Sort((x, y) => SprigStringOrdinal.Instance.Compare((string?)x, (string?)y));
            return strings;
        }

        if (value is GoList or byte[])
        {
            var items = SprigConvert.StrSlice(value);
            items.Sort(SprigStringOrdinal.Instance);
            return GoList.OfStrings(items);
        }

        return GoList.OfStrings([SprigConvert.StrVal(value)]);
    }

    private static GoMap ToIndexedMap(List<string> parts)
    {
        var map = new GoMap(GoType.MapOfString);
        for (int i = 0; i < parts.Count; i++)
        {
            map.Entries["_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = parts[i];
        }

        return map;
    }

    private static long CountNewLines(string s)
    {
        long count = 0;
        foreach (char c in s)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static string Str(object? value) => value as string ?? "";

    private static long Int(object? value) => value is long l ? l : 0;
}
