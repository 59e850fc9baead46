using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Secrets.Sops.Stores;

/// <summary>
/// Writes sops branches as go.yaml.in/yaml/v3's encoder does for the nodes sops builds: block style, the
/// configured indentation (4 by default) with sequences indented under their key, no line folding, yaml.v3's
/// quoting choices, literal blocks for multi-line strings, comments as head/line/foot comments.
/// </summary>
internal sealed class YamlV3Writer
{
    private readonly StringBuilder _sb = new();
    private readonly int _best;
    private int _column;
    private bool _whitespace = true;
    private bool _indention = true;
    private int _footIndent = -1;

    public YamlV3Writer(int indent)
    {
        _best = indent;
    }

    public string Write(List<SopsBranch> documents)
    {
        for (int d = 0; d < documents.Count; d++)
        {
            if (d > 0)
            {
                WriteRaw("---");
                PutBreak();
                _whitespace = true;
            }

            var doc = documents[d];
            if (!doc.Exists(i => i.Key is string))
            {
                WriteComments(doc.Where(i => i.Key is SopsComment).Select(i => ((SopsComment)i.Key).Value).ToList(), 0);
                WriteRaw("{}");
                PutBreak();
                continue;
            }

            WriteMapping(doc, 0);
            if (_column != 0)
            {
                PutBreak();
            }

            _footIndent = -1;
            _whitespace = true;
            _indention = true;
        }

        return _sb.ToString();
    }

    private int Nested(int indent) => _best * ((indent + _best) / _best);

    private void WriteMapping(SopsBranch branch, int indent)
    {
        var head = new List<string>();
        var inline = new List<string>();
        foreach (var item in branch)
        {
            if (item.Key is SopsComment c)
            {
                (c.Inline ? inline : head).Add(c.Value);
                continue;
            }

            WriteComments(head, indent);
            head.Clear();
            WriteIndent(indent);
            WriteScalar(item.Key, simpleKey: true, indent);
            WriteIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false);
            string? line = inline.Count > 0 ? "#" + string.Join("\n#", inline) : null;
            inline.Clear();
            WriteValue(item.Value, indent, line, inSequence: false);
        }

        head.AddRange(inline);
        if (head.Count > 0)
        {
            WriteComments(head, indent);
            _footIndent = indent;
        }
    }

    private void WriteSequence(SopsList list, int indent)
    {
        var head = new List<string>();
        var inline = new List<string>();
        foreach (var item in list)
        {
            if (item is SopsComment c)
            {
                (c.Inline ? inline : head).Add(c.Value);
                continue;
            }

            WriteComments(head, indent);
            head.Clear();
            WriteIndent(indent);
            WriteIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true);
            string? line = inline.Count > 0 ? "#" + string.Join("\n#", inline) : null;
            inline.Clear();
            WriteValue(item, indent, line, inSequence: true);
        }

        head.AddRange(inline);
        if (head.Count > 0)
        {
            WriteComments(head, indent);
            _footIndent = indent;
        }
    }

    private void WriteValue(object? value, int indent, string? lineComment, bool inSequence)
    {
        int child = inSequence ? indent + 2 : Nested(indent);
        switch (value)
        {
            case SopsBranch b when b.Exists(i => i.Key is string):
                WriteLineComment(lineComment);
                WriteMapping(b, child);
                break;
            case SopsList l when l.Exists(i => i is not SopsComment):
                WriteLineComment(lineComment);
                WriteSequence(l, inSequence ? indent + 2 : Nested(indent));
                break;
            case SopsBranch:
                WriteIndicator("{}", needWhitespace: true, isWhitespace: false, isIndention: false);
                WriteLineComment(lineComment);
                break;
            case SopsList:
                WriteIndicator("[]", needWhitespace: true, isWhitespace: false, isIndention: false);
                WriteLineComment(lineComment);
                break;
            default:
                WriteScalar(value, simpleKey: false, child, lineComment);
                break;
        }
    }

    private enum Style
    {
        Plain,
        Single,
        Double,
        Literal,
    }

    private void WriteScalar(object? value, bool simpleKey, int blockIndent, string? lineComment = null)
    {
        string text;
        var style = Style.Plain;
        string? tag = null;
        switch (value)
        {
            case null: text = "null"; break;
            case bool b: text = b ? "true" : "false"; break;
            case long l: text = l.ToString(CultureInfo.InvariantCulture); break;
            case double d:
                text = double.IsNaN(d) ? ".nan" : double.IsPositiveInfinity(d) ? ".inf" : double.IsNegativeInfinity(d) ? "-.inf" : GoStrconv.FormatFloat(d, 'g', -1, 64);
                break;
            case SopsTimestamp t: text = t.Format(); break;
            case byte[] bytes:
                text = Convert.ToBase64String(bytes);
                tag = "!!binary";
                break;
            case string s:
                text = s;
                style = s.Contains('\n', StringComparison.Ordinal) ? Style.Literal : YamlResolver.CanBePlainString(s) ? Style.Plain : Style.Double;
                break;
            case SopsComment c:
                text = c.Value;
                break;
            default:
                text = value.ToString() ?? string.Empty;
                break;
        }

        var a = Analyze(text);
        if (simpleKey && a.Multiline)
        {
            style = Style.Double;
        }

        if (style == Style.Plain && (!a.BlockPlainAllowed || (text.Length == 0 && simpleKey)))
        {
            style = Style.Single;
        }

        if (style == Style.Single && !a.SingleQuotedAllowed)
        {
            style = Style.Double;
        }

        if (style == Style.Literal && (!a.BlockAllowed || simpleKey))
        {
            style = Style.Double;
        }

        if (style == Style.Plain && text == "<<" && value is string)
        {
            tag = "!!merge";
        }

        if (tag is not null)
        {
            WriteIndicator(tag, needWhitespace: true, isWhitespace: false, isIndention: false);
        }

        switch (style)
        {
            case Style.Plain:
                if (text.Length > 0 && !_whitespace)
                {
                    Put(' ');
                }

                WriteRaw(text);
                _indention = false;
                if (text.Length > 0)
                {
                    _whitespace = false;
                }

                break;
            case Style.Single:
                WriteIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false);
                WriteRaw(text.Replace("'", "''", StringComparison.Ordinal));
                _indention = false;
                WriteIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false);
                break;
            case Style.Double:
                WriteIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false);
                WriteRaw(EscapeDouble(text));
                _indention = false;
                WriteIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false);
                break;
            case Style.Literal:
                WriteLiteral(text, blockIndent, lineComment);
                return;
        }

        WriteLineComment(lineComment);
    }

    private void WriteLiteral(string text, int indent, string? lineComment)
    {
        WriteIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false);
        if (text.Length > 0 && (text[0] == ' ' || text[0] == '\n'))
        {
            WriteIndicator(_best.ToString(CultureInfo.InvariantCulture), needWhitespace: false, isWhitespace: false, isIndention: false);
        }

        if (text.Length == 0 || text[^1] != '\n')
        {
            WriteIndicator("-", needWhitespace: false, isWhitespace: false, isIndention: false);
        }
        else if (text.Length == 1 || text[^2] == '\n')
        {
            WriteIndicator("+", needWhitespace: false, isWhitespace: false, isIndention: false);
        }

        WriteLineComment(lineComment);
        if (lineComment is null)
        {
            PutBreak();
        }

        _whitespace = true;
        bool breaks = true;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                PutBreak();
                breaks = true;
            }
            else
            {
                if (breaks)
                {
                    WriteIndent(indent);
                }

                Put(c);
                _indention = false;
                breaks = false;
            }
        }
    }

    private void WriteLineComment(string? comment)
    {
        if (comment is null)
        {
            return;
        }

        if (!_whitespace)
        {
            Put(' ');
        }

        WriteComment(comment);
    }

    private void WriteComments(List<string> comments, int indent)
    {
        if (comments.Count == 0)
        {
            return;
        }

        WriteIndent(indent);
        WriteComment("#" + string.Join("\n#", comments), indent);
    }

    private void WriteComment(string comment, int indent = -1)
    {
        bool breaks = false;
        bool pound = false;
        foreach (char c in comment)
        {
            if (c == '\n')
            {
                PutBreak();
                breaks = true;
                pound = false;
                continue;
            }

            if (breaks)
            {
                WriteIndent(Math.Max(indent, 0));
            }

            if (!pound)
            {
                if (c != '#')
                {
                    Put('#');
                    Put(' ');
                }

                pound = true;
            }

            Put(c);
            _indention = false;
            breaks = false;
        }

        if (!breaks)
        {
            PutBreak();
        }

        _whitespace = true;
    }

    private void WriteIndent(int indent)
    {
        if (!_indention || _column > indent || (_column == indent && !_whitespace))
        {
            PutBreak();
        }

        if (_footIndent == indent)
        {
            PutBreak();
        }

        while (_column < indent)
        {
            Put(' ');
        }

        _whitespace = true;
        _footIndent = -1;
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !_whitespace)
        {
            Put(' ');
        }

        WriteRaw(indicator);
        _whitespace = isWhitespace;
        _indention = _indention && isIndention;
    }

    private void WriteRaw(string text)
    {
        _sb.Append(text);
        _column += text.Length;
    }

    private void Put(char c)
    {
        _sb.Append(c);
        _column++;
    }

    private void PutBreak()
    {
        _sb.Append('\n');
        _column = 0;
        _indention = true;
    }

    private readonly record struct Analysis(bool Multiline, bool BlockPlainAllowed, bool SingleQuotedAllowed, bool BlockAllowed);

    private static Analysis Analyze(string value)
    {
        if (value.Length == 0)
        {
            return new Analysis(false, true, true, false);
        }

        bool blockIndicators = false, lineBreaks = false, special = false, tabs = false;
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
        bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
        if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal))
        {
            blockIndicators = true;
        }

        bool precededByWhitespace = true;
        var runes = value.EnumerateRunes().ToArray();
        for (int i = 0; i < runes.Length; i++)
        {
            int c = runes[i].Value;
            bool followedByWhitespace = i + 1 >= runes.Length || runes[i + 1].Value is ' ' or '\t' or '\r' or '\n' or 0x85 or 0x2028 or 0x2029;
            if (i == 0)
            {
                switch (c)
                {
                    case '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
                        blockIndicators = true;
                        break;
                    case '?' or ':':
                        blockIndicators |= followedByWhitespace;
                        break;
                    case '-':
                        blockIndicators |= followedByWhitespace;
                        break;
                }
            }
            else if ((c == ':' && followedByWhitespace) || (c == '#' && precededByWhitespace))
            {
                blockIndicators = true;
            }

            if (c == '\t')
            {
                tabs = true;
            }
            else if (!IsPrintable(c))
            {
                special = true;
            }

            if (c == ' ')
            {
                leadingSpace |= i == 0;
                trailingSpace |= i == runes.Length - 1;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            }
            else if (c is '\r' or '\n' or 0x85 or 0x2028 or 0x2029)
            {
                lineBreaks = true;
                leadingBreak |= i == 0;
                trailingBreak |= i == runes.Length - 1;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = false;
                previousBreak = false;
            }

            precededByWhitespace = c is ' ' or '\t' or '\r' or '\n' or 0x85 or 0x2028 or 0x2029;
        }

        bool blockPlain = true, single = true, block = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        {
            blockPlain = false;
        }

        if (trailingSpace)
        {
            block = false;
        }

        if (breakSpace)
        {
            blockPlain = false;
            single = false;
        }

        if (spaceBreak || tabs || special)
        {
            blockPlain = false;
            single = false;
        }

        if (spaceBreak || special)
        {
            block = false;
        }

        if (lineBreaks || blockIndicators)
        {
            blockPlain = false;
        }

        return new Analysis(lineBreaks, blockPlain, single, block);
    }

    private static bool IsPrintable(int c) =>
        c == 0x0A || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);

    private static string EscapeDouble(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var rune in value.EnumerateRunes())
        {
            int c = rune.Value;
            if (IsPrintable(c) && c != 0xFEFF && c is not ('\n' or '\r' or 0x85 or 0x2028 or 0x2029 or '"' or '\\'))
            {
                sb.Append(rune.ToString());
                continue;
            }

            sb.Append('\\');
            switch (c)
            {
                case 0x00: sb.Append('0'); break;
                case 0x07: sb.Append('a'); break;
                case 0x08: sb.Append('b'); break;
                case 0x09: sb.Append('t'); break;
                case 0x0A: sb.Append('n'); break;
                case 0x0B: sb.Append('v'); break;
                case 0x0C: sb.Append('f'); break;
                case 0x0D: sb.Append('r'); break;
                case 0x1B: sb.Append('e'); break;
                case 0x22: sb.Append('"'); break;
                case 0x5C: sb.Append('\\'); break;
                case 0x85: sb.Append('N'); break;
                case 0xA0: sb.Append('_'); break;
                case 0x2028: sb.Append('L'); break;
                case 0x2029: sb.Append('P'); break;
                default:
                    if (c <= 0xFF)
                    {
                        sb.Append('x').Append(c.ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else if (c <= 0xFFFF)
                    {
                        sb.Append('u').Append(c.ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append('U').Append(c.ToString("X8", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
