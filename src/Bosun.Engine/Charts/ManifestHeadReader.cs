namespace Bosun.Engine.Charts;

/// <summary>
/// A fast path for <see cref="ManifestSorter"/>'s head read: scans a rendered document of a plain block-YAML
/// subset (block mappings and sequences, single-line plain and quoted scalars, <c>[]</c>/<c>{}</c>, block
/// scalars) and reads <c>kind</c> and the <c>helm.sh/hook</c> annotation without building the document.
/// It answers only when the full parse (sigs.k8s.io/yaml into helm's SimpleHead) is certain to succeed with
/// the same result; anything else — flow collections, anchors, aliases, tags, quoted or odd keys, multi-line
/// plain or quoted scalars, tabs, control characters, scalars that could be NaN/±Inf, non-string head
/// fields, duplicate head keys — returns false and the caller does the full parse.
/// </summary>
internal static class ManifestHeadReader
{
    private const int MaxDepth = 64;
    private const int MaxKeyLength = 1000;

    private enum Level
    {
        Other,
        Top,
        Metadata,
        Annotations,
    }

    private enum Mode
    {
        /// <summary>Any value that parses.</summary>
        Ignore,

        /// <summary>The value must be a string (not a null or a non-string scalar).</summary>
        StringType,

        /// <summary>The value must be a single-line string whose text is returned.</summary>
        StringValue,
    }

    private enum NodeKind
    {
        Null,
        String,
        Map,
        Sequence,
        Other,
    }

    /// <summary>
    /// Reads the head of <paramref name="document"/>; false when the fast path cannot be sure (use the full parse).
    /// <paramref name="hook"/> is the <c>helm.sh/hook</c> annotation, null when absent.
    /// </summary>
    public static bool TryRead(string document, out string kind, out string? hook)
    {
        kind = string.Empty;
        hook = null;
        var span = document.AsSpan();
        // Every character below U+00A0 that YAML rejects or that this subset does not handle (tab, CR, NEL...):
        // C0 controls but the line feed, DEL and C1 controls. Range scans, not a SearchValues set, whose
        // construction cost ~1 ms of a cold start.
        if (span.IndexOfAnyInRange('\0', '\t') >= 0 || span.IndexOfAnyInRange('\v', '\u001F') >= 0
            || span.IndexOfAnyInRange('\u007F', '\u009F') >= 0)
        {
            return false;
        }

        if (span.IndexOfAnyExceptInRange('\0', '\u00FF') >= 0
            && (span.IndexOfAnyInRange('\u2028', '\u2029') >= 0
                || span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0
                || span.IndexOf('\uFEFF') >= 0
                || span.IndexOfAnyInRange('\uFFFE', '\uFFFF') >= 0))
        {
            return false;
        }

        var scanner = new Scanner(document);
        if (!scanner.Peek() || scanner.Indent != 0 || !scanner.TryKey(out _, out _, out _))
        {
            return false;
        }

        var head = new Head();
        if (!scanner.ParseMapping(0, Level.Top, 0, ref head) || scanner.Peek())
        {
            return false;
        }

        kind = head.Kind ?? string.Empty;
        hook = head.Hook;
        return true;
    }

    private struct Head
    {
        public string? Kind;
        public string? Hook;
        public int Seen;
    }

    /// <summary>A line cursor over the document.</summary>
    private static bool IsHeadFieldInOtherCase(ReadOnlySpan<char> key, Level level)
    {
        ReadOnlySpan<string> fields = level == Level.Top ? ["apiVersion", "kind", "metadata"] : ["name", "annotations"];
        foreach (string field in fields)
        {
            if (key.Equals(field, StringComparison.OrdinalIgnoreCase) && !key.SequenceEqual(field))
            {
                return true;
            }
        }

        return false;
    }

    private ref struct Scanner(string text)
    {
        private readonly ReadOnlySpan<char> _s = text.AsSpan();
        private readonly string _text = text;
        private int _pos;
        private bool _peeked;
        private int _lineStart;
        private int _lineEnd;
        private int _content;

        /// <summary>The column of the current content line's first character.</summary>
        public int Indent { get; private set; }

        /// <summary>Finds the next line with content (blank and comment lines skipped); false at the end.</summary>
        public bool Peek()
        {
            if (_peeked)
            {
                return true;
            }

            while (_pos < _s.Length)
            {
                int start = _pos;
                int nl = _s[start..].IndexOf('\n');
                int end = nl < 0 ? _s.Length : start + nl;
                int i = start;
                while (i < end && _s[i] == ' ')
                {
                    i++;
                }

                if (i == end || _s[i] == '#')
                {
                    _pos = end + 1;
                    continue;
                }

                _lineStart = start;
                _lineEnd = end;
                _content = i;
                Indent = i - start;
                _peeked = true;
                return true;
            }

            return false;
        }

        private void Consume()
        {
            _pos = _lineEnd + 1;
            _peeked = false;
        }

        private readonly bool IsDashLine() =>
            _s[_content] == '-' && (_content + 1 == _lineEnd || _s[_content + 1] == ' ');

        /// <summary>
        /// Whether the current line starts with a key this subset accepts (a plain word, or a quoted one without
        /// escapes) followed by <c>:</c>; gives the key text's bounds and the colon's offset.
        /// </summary>
        public readonly bool TryKey(out int keyStart, out int keyEnd, out int colon)
        {
            keyStart = _content;
            keyEnd = _content;
            colon = _content;
            char first = _s[_content];
            int i;
            if (first is '"' or '\'')
            {
                keyStart = _content + 1;
                i = keyStart;
                while (i < _lineEnd && IsKeyChar(_s[i]))
                {
                    i++;
                }

                if (i == keyStart || i >= _lineEnd || _s[i] != first)
                {
                    return false;
                }

                keyEnd = i;
                i++;
            }
            else
            {
                if (!(char.IsAsciiLetter(first) || first == '_'))
                {
                    return false;
                }

                i = _content + 1;
                while (i < _lineEnd && IsKeyChar(_s[i]))
                {
                    i++;
                }

                keyEnd = i;
                if (_s[keyStart..keyEnd] is "null" or "Null" or "NULL")
                {
                    return false;
                }
            }

            if (i >= _lineEnd || _s[i] != ':' || (i + 1 < _lineEnd && _s[i + 1] != ' ') || i - _content > MaxKeyLength)
            {
                return false;
            }

            colon = i;
            return true;
        }

        private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '-';

        public bool ParseMapping(int indent, Level level, int depth, ref Head head)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            while (Peek())
            {
                if (Indent < indent)
                {
                    return true;
                }

                if (Indent > indent || !TryKey(out int keyStart, out int keyEnd, out int colon))
                {
                    return false;
                }

                var key = _s[keyStart..keyEnd];
                if (level is Level.Top or Level.Metadata && IsHeadFieldInOtherCase(key, level))
                {
                    // Go's JSON decoder matches struct fields case-insensitively: leave such documents to the full parse.
                    return false;
                }

                Level childLevel = Level.Other;
                Mode mode = Mode.Ignore;
                int flag = 0;
                switch (level)
                {
                    case Level.Top when key is "apiVersion":
                        mode = Mode.StringValue;
                        flag = 1;
                        break;
                    case Level.Top when key is "kind":
                        mode = Mode.StringValue;
                        flag = 2;
                        break;
                    case Level.Top when key is "metadata":
                        childLevel = Level.Metadata;
                        flag = 4;
                        break;
                    case Level.Metadata when key is "name":
                        mode = Mode.StringValue;
                        flag = 8;
                        break;
                    case Level.Metadata when key is "annotations":
                        childLevel = Level.Annotations;
                        flag = 16;
                        break;
                    case Level.Annotations when key is ManifestSorter.HookAnnotation:
                        mode = Mode.StringValue;
                        flag = 32;
                        break;
                    case Level.Annotations:
                        mode = Mode.StringType;
                        break;
                }

                if (flag != 0)
                {
                    if ((head.Seen & flag) != 0)
                    {
                        return false;
                    }

                    head.Seen |= flag;
                }

                int rest = SkipSpaces(colon + 1);
                Consume();
                NodeKind node;
                string? value = null;
                if (rest == _lineEnd || _s[rest] == '#')
                {
                    if (mode != Mode.Ignore)
                    {
                        return false;
                    }

                    if (!ParseNested(indent, inMapping: true, childLevel, depth + 1, ref head, out node))
                    {
                        return false;
                    }
                }
                else if (!ParseInline(rest, indent, mode, out node, out value))
                {
                    return false;
                }

                if (childLevel != Level.Other && node is not (NodeKind.Null or NodeKind.Map))
                {
                    return false;
                }

                if (flag == 2)
                {
                    head.Kind = value;
                }
                else if (flag == 32)
                {
                    head.Hook = value;
                }
            }

            return true;
        }

        private bool ParseSequence(int indent, bool indentless, int depth, ref Head head)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            while (Peek())
            {
                if (Indent < indent)
                {
                    return true;
                }

                if (Indent > indent)
                {
                    return false;
                }

                if (!IsDashLine())
                {
                    return indentless;
                }

                int rest = SkipSpaces(_content + 1);
                if (rest == _lineEnd || _s[rest] == '#')
                {
                    Consume();
                    if (!ParseNested(indent, inMapping: false, Level.Other, depth + 1, ref head, out _))
                    {
                        return false;
                    }

                    continue;
                }

                _content = rest;
                Indent = rest - _lineStart;
                if (IsDashLine())
                {
                    return false;
                }

                if (TryKey(out _, out _, out _))
                {
                    if (!ParseMapping(Indent, Level.Other, depth + 1, ref head))
                    {
                        return false;
                    }

                    continue;
                }

                Consume();
                if (!ParseInline(rest, indent, Mode.Ignore, out _, out _))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The node on the lines after an empty value at <paramref name="parent"/>'s indentation.</summary>
        private bool ParseNested(int parent, bool inMapping, Level level, int depth, ref Head head, out NodeKind node)
        {
            node = NodeKind.Null;
            if (!Peek() || Indent < parent)
            {
                return true;
            }

            if (Indent == parent)
            {
                if (inMapping && IsDashLine())
                {
                    node = NodeKind.Sequence;
                    return ParseSequence(parent, indentless: true, depth, ref head);
                }

                return true;
            }

            if (IsDashLine())
            {
                node = NodeKind.Sequence;
                return ParseSequence(Indent, indentless: false, depth, ref head);
            }

            if (TryKey(out _, out _, out _))
            {
                node = NodeKind.Map;
                return ParseMapping(Indent, level, depth, ref head);
            }

            // A single-line scalar or flow collection on its own, more indented line.
            if (_s[_content] is '|' or '>')
            {
                return false;
            }

            int start = _content;
            Consume();
            return ParseInline(start, parent, Mode.Ignore, out node, out _);
        }

        private readonly int SkipSpaces(int i)
        {
            while (i < _lineEnd && _s[i] == ' ')
            {
                i++;
            }

            return i;
        }

        /// <summary>Whether only spaces, or spaces then a comment, follow <paramref name="i"/> on the line.</summary>
        private readonly bool RestIsBlank(int i)
        {
            int j = SkipSpaces(i);
            return j == _lineEnd || (j > i && _s[j] == '#');
        }

        /// <summary>A value starting at <paramref name="start"/> on the (consumed) current line.</summary>
        private bool ParseInline(int start, int parent, Mode mode, out NodeKind node, out string? value)
        {
            node = NodeKind.Other;
            value = null;
            char c = _s[start];
            switch (c)
            {
                case '\'':
                    node = NodeKind.String;
                    return SingleQuoted(start, mode, out value);
                case '"':
                    node = NodeKind.String;
                    return DoubleQuoted(start, mode, out value);
                case '[':
                    node = NodeKind.Sequence;
                    return mode == Mode.Ignore && FlowSequence(start);
                case '{':
                    node = NodeKind.Map;
                    return mode == Mode.Ignore && start + 1 < _lineEnd && _s[start + 1] == '}' && RestIsBlank(start + 2);
                case '|' or '>':
                    node = NodeKind.String;
                    return mode != Mode.StringValue && BlockScalar(start, parent);
                case '-':
                    if (start + 1 == _lineEnd || _s[start + 1] == ' ')
                    {
                        return false;
                    }

                    break;
                case ']' or '}' or '#' or '&' or '*' or '!' or '%' or '@' or '`' or ',' or '?' or ':':
                    return false;
            }

            var text = _s[start.._lineEnd];
            int comment = text.IndexOf(" #", StringComparison.Ordinal);
            if (comment >= 0)
            {
                text = text[..comment];
            }

            text = text.TrimEnd(' ');
            if (text.Contains(": ", StringComparison.Ordinal) || text[^1] == ':')
            {
                return false;
            }

            if (mode == Mode.Ignore)
            {
                if (MayBeNonFiniteFloat(text))
                {
                    return false;
                }

                node = NodeKind.Other;
                return true;
            }

            if (c is (>= '0' and <= '9') or '+' or '-' or '.' or '~' || IsNonStringWord(text))
            {
                return false;
            }

            node = NodeKind.String;
            if (mode == Mode.StringValue)
            {
                value = _text.Substring(start, text.Length);
            }

            return true;
        }

        /// <summary>
        /// Whether a plain scalar might resolve to NaN or ±Inf (json.Marshal rejects them): the .inf/.nan words, or
        /// float-shaped text with an exponent or too many digits. Other text cannot be a float in go-yaml v2.
        /// </summary>
        private static bool MayBeNonFiniteFloat(ReadOnlySpan<char> text)
        {
            char c = text[0];
            if (c is not ((>= '0' and <= '9') or '+' or '-' or '.'))
            {
                return false;
            }

            var sign = c is '+' or '-' ? text[1..] : text;
            if (sign is ".inf" or ".Inf" or ".INF" or ".nan" or ".NaN" or ".NAN")
            {
                return true;
            }

            foreach (char f in text)
            {
                if (!char.IsAsciiDigit(f) && f is not ('+' or '-' or '.' or '_' or 'e' or 'E'))
                {
                    return false;
                }
            }

            return text.Length > 300 || text.IndexOfAny('e', 'E') >= 0;
        }

        private static bool IsNonStringWord(ReadOnlySpan<char> text) => text is
            "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON"
            or "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF"
            or "null" or "Null" or "NULL";

        private readonly bool SingleQuoted(int start, Mode mode, out string? value)
        {
            value = null;
            if (!ScanSingleQuoted(start, out int end, out bool escaped) || !RestIsBlank(end + 1))
            {
                return false;
            }

            if (mode == Mode.StringValue)
            {
                string raw = _text.Substring(start + 1, end - start - 1);
                value = escaped ? raw.Replace("''", "'", StringComparison.Ordinal) : raw;
            }

            return true;
        }

        /// <summary>A single-quoted scalar closed on this line; <paramref name="end"/> is its closing quote.</summary>
        private readonly bool ScanSingleQuoted(int start, out int end, out bool escaped)
        {
            escaped = false;
            end = start + 1;
            while (true)
            {
                int q = _s[end.._lineEnd].IndexOf('\'');
                if (q < 0)
                {
                    return false;
                }

                end += q;
                if (end + 1 < _lineEnd && _s[end + 1] == '\'')
                {
                    escaped = true;
                    end += 2;
                    continue;
                }

                return true;
            }
        }

        private readonly bool DoubleQuoted(int start, Mode mode, out string? value)
        {
            value = null;
            if (!ScanDoubleQuoted(start, mode == Mode.StringValue, out int end) || !RestIsBlank(end + 1))
            {
                return false;
            }

            if (mode == Mode.StringValue)
            {
                value = _text.Substring(start + 1, end - start - 1);
            }

            return true;
        }

        /// <summary>A double-quoted scalar closed on this line (escapes of this subset only); <paramref name="end"/> is its closing quote.</summary>
        private readonly bool ScanDoubleQuoted(int start, bool noEscapes, out int end)
        {
            end = start + 1;
            while (true)
            {
                int q = _s[end.._lineEnd].IndexOfAny('"', '\\');
                if (q < 0)
                {
                    return false;
                }

                end += q;
                if (_s[end] == '"')
                {
                    return true;
                }

                int length = noEscapes ? 0 : EscapeLength(end);
                if (length == 0)
                {
                    return false;
                }

                end += length;
            }
        }

        /// <summary>
        /// A one-line flow sequence of quoted scalars and simple plain words (<c>[a, "b", 'c']</c>, or <c>[]</c>);
        /// no nesting, no trailing comma.
        /// </summary>
        private readonly bool FlowSequence(int start)
        {
            int i = SkipSpaces(start + 1);
            if (i < _lineEnd && _s[i] == ']')
            {
                return RestIsBlank(i + 1);
            }

            while (i < _lineEnd)
            {
                char c = _s[i];
                if (c == '"')
                {
                    if (!ScanDoubleQuoted(i, noEscapes: false, out int end))
                    {
                        return false;
                    }

                    i = end + 1;
                }
                else if (c == '\'')
                {
                    if (!ScanSingleQuoted(i, out int end, out _))
                    {
                        return false;
                    }

                    i = end + 1;
                }
                else
                {
                    if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '/'))
                    {
                        return false;
                    }

                    int wordStart = i;
                    while (i < _lineEnd && IsKeyChar(_s[i]))
                    {
                        i++;
                    }

                    if (MayBeNonFiniteFloat(_s[wordStart..i]))
                    {
                        return false;
                    }
                }

                i = SkipSpaces(i);
                if (i >= _lineEnd)
                {
                    return false;
                }

                if (_s[i] == ']')
                {
                    return RestIsBlank(i + 1);
                }

                if (_s[i] != ',')
                {
                    return false;
                }

                i = SkipSpaces(i + 1);
                if (i < _lineEnd && _s[i] == ']')
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The length of a valid escape at <paramref name="i"/> (the backslash) in this subset, 0 if not accepted.</summary>
        private readonly int EscapeLength(int i)
        {
            if (i + 1 >= _lineEnd)
            {
                return 0;
            }

            switch (_s[i + 1])
            {
                case '\\' or '"' or 'n' or 't' or 'r':
                    return 2;
                case 'x':
                    return HexRun(i + 2, 2) ? 4 : 0;
                case 'u':
                    if (!HexRun(i + 2, 4))
                    {
                        return 0;
                    }

                    int code = int.Parse(_s.Slice(i + 2, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                    return code is >= 0xD800 and <= 0xDFFF ? 0 : 6;
                default:
                    return 0;
            }
        }

        private readonly bool HexRun(int i, int count)
        {
            if (i + count > _lineEnd)
            {
                return false;
            }

            foreach (char c in _s.Slice(i, count))
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A <c>|</c>/<c>&gt;</c> block scalar (optional chomping indicator only) whose header line was consumed.</summary>
        private bool BlockScalar(int start, int parent)
        {
            int i = start + 1;
            if (i < _lineEnd && _s[i] is '-' or '+')
            {
                i++;
            }

            if (!RestIsBlank(i))
            {
                return false;
            }

            int contentIndent = -1;
            while (_pos < _s.Length)
            {
                int lineStart = _pos;
                int nl = _s[lineStart..].IndexOf('\n');
                int end = nl < 0 ? _s.Length : lineStart + nl;
                int j = lineStart;
                while (j < end && _s[j] == ' ')
                {
                    j++;
                }

                int spaces = j - lineStart;
                if (j == end)
                {
                    if (contentIndent < 0 && spaces > 0)
                    {
                        return false;
                    }

                    _pos = end + 1;
                    continue;
                }

                if (contentIndent < 0)
                {
                    if (spaces <= parent)
                    {
                        return true;
                    }

                    contentIndent = spaces;
                }
                else if (spaces < contentIndent)
                {
                    return true;
                }

                _pos = end + 1;
            }

            return true;
        }
    }
}
