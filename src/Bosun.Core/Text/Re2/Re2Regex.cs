using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Bosun.Core.Text.Re2;

/// <summary>
/// A Go <c>regexp.Regexp</c>: Go's RE2 syntax and errors, leftmost-first matching, executed by .NET's
/// regex engine on a translated pattern. The Find/Replace/Split methods follow Go's semantics for
/// empty matches, <c>n</c> limits and <c>$</c> expansion.
/// </summary>
public sealed partial class Re2Regex
{
    /// <summary>Default limit for one match attempt; Go is linear-time, .NET's engine is not.</summary>
    public static readonly TimeSpan DefaultMatchTimeout = TimeSpan.FromSeconds(10);

    private const int CacheLimit = 512;
    private static readonly ConcurrentDictionary<string, Re2Regex> s_cache = new(StringComparer.Ordinal);

    private readonly Re2Node _root;
    private readonly string[] _names;
    private Regex? _bmp;
    private Regex? _full;

    private Re2Regex(string expression, Re2Node root, IReadOnlyList<string> names, int numSubexp)
    {
        Expression = expression;
        _root = root;
        _names = [.. names];
        NumSubexp = numSubexp;
    }

    /// <summary>The source text (Go's <c>String()</c>).</summary>
    public string Expression { get; }

    /// <summary>Number of parenthesized subexpressions.</summary>
    public int NumSubexp { get; }

    /// <summary>Names of the subexpressions; index 0 (the whole match) is always "".</summary>
    public IReadOnlyList<string> SubexpNames => _names;

    /// <summary>regexp.Compile; throws <see cref="Re2SyntaxException"/> with Go's message. Results are cached.</summary>
    public static Re2Regex Compile(string expression)
    {
        if (s_cache.TryGetValue(expression, out var cached))
        {
            return cached;
        }

        var (root, parser) = Re2Parser.Parse(expression);
        var regex = new Re2Regex(expression, root, parser.CaptureNames, parser.CaptureCount);
        if (s_cache.Count >= CacheLimit)
        {
            s_cache.Clear();
        }

        s_cache[expression] = regex;
        return regex;
    }

    /// <summary>The panic text of regexp.MustCompile for an expression that fails to compile.</summary>
    public static string MustCompilePanicMessage(string expression, Re2SyntaxException error) =>
        "regexp: Compile(" + Quote(expression) + "): " + error.Message;

    /// <summary>regexp.QuoteMeta: backslash before each of <c>\.+*?()|[]{}^$</c>.</summary>
    public static string QuoteMeta(string s)
    {
        var sb = new StringBuilder(s.Length * 2);
        foreach (char c in s)
        {
            if (@"\.+*?()|[]{}^$".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The translated .NET pattern (for diagnostics and tests).</summary>
    public string TranslatedPattern(bool fullUnicode) => Re2Emitter.Emit(_root, fullUnicode);

    // regexp's quote(): backquoted when strconv.CanBackquote, else strconv.Quote.
    private static string Quote(string s) => CanBackquote(s) ? "`" + s + "`" : Bosun.Core.Values.GoStrconv.Quote(s);

    private static bool CanBackquote(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c == '\uFEFF' || (c < ' ' && c != '\t') || c == '`' || c == '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private Regex EngineFor(string input)
    {
        bool full = input.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        if (full)
        {
            return _full ??= new Regex(Re2Emitter.Emit(_root, true), RegexOptions.CultureInvariant, DefaultMatchTimeout);
        }

        return _bmp ??= new Regex(Re2Emitter.Emit(_root, false), RegexOptions.CultureInvariant, DefaultMatchTimeout);
    }
}
