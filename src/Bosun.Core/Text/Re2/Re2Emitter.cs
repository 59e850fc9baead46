using System.Globalization;
using System.Text;

namespace Bosun.Core.Text.Re2;

/// <summary>
/// Writes a parsed RE2 tree as a .NET pattern with the same matches. Every capture becomes an unnamed
/// group (so numbering follows Go's left-to-right order), every other group is non-capturing, and
/// nothing depends on RegexOptions: anchors, word boundaries (ASCII, as Go) and classes are spelled out.
/// Runes are code points: in the full variant a class also matches surrogate pairs and a lone surrogate
/// stands for U+FFFD (Go's view of invalid UTF-8); the BMP variant is for inputs without surrogates.
/// </summary>
internal static class Re2Emitter
{
    private const string WordClass = "[0-9A-Za-z_]";
    private const string LoneSurrogate = @"[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]";

    /// <summary>Guard placed first in the full variant: a match never starts inside a surrogate pair.</summary>
    public const string NotInsidePair = @"(?!(?<=[\uD800-\uDBFF])[\uDC00-\uDFFF])";

    public static string Emit(Re2Node root, bool fullUnicode)
    {
        var sb = new StringBuilder();
        if (fullUnicode)
        {
            sb.Append(NotInsidePair);
        }

        Write(sb, root, fullUnicode);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Re2Node node, bool full)
    {
        switch (node.Kind)
        {
            case Re2NodeKind.NoMatch:
                sb.Append("(?!)");
                break;
            case Re2NodeKind.EmptyMatch:
                sb.Append("(?:)");
                break;
            case Re2NodeKind.Literal:
                WriteLiteral(sb, node.Rune, full);
                break;
            case Re2NodeKind.CharClass:
                WriteClass(sb, node.Ranges, full);
                break;
            case Re2NodeKind.BeginLine:
                sb.Append(@"(?<![^\n])");
                break;
            case Re2NodeKind.EndLine:
                sb.Append(@"(?![^\n])");
                break;
            case Re2NodeKind.BeginText:
                sb.Append(@"\A");
                break;
            case Re2NodeKind.EndText:
                sb.Append(@"\z");
                break;
            case Re2NodeKind.WordBoundary:
                sb.Append("(?:(?<=").Append(WordClass).Append(")(?!").Append(WordClass).Append(")|(?<!")
                  .Append(WordClass).Append(")(?=").Append(WordClass).Append("))");
                break;
            case Re2NodeKind.NoWordBoundary:
                sb.Append("(?:(?<=").Append(WordClass).Append(")(?=").Append(WordClass).Append(")|(?<!")
                  .Append(WordClass).Append(")(?!").Append(WordClass).Append("))");
                break;
            case Re2NodeKind.Capture:
                sb.Append('(');
                Write(sb, node.Subs[0], full);
                sb.Append(')');
                break;
            case Re2NodeKind.Star:
            case Re2NodeKind.Plus:
            case Re2NodeKind.Quest:
            case Re2NodeKind.Repeat:
                sb.Append("(?:");
                Write(sb, node.Subs[0], full);
                sb.Append(')');
                sb.Append(node.Kind switch
                {
                    Re2NodeKind.Star => "*",
                    Re2NodeKind.Plus => "+",
                    Re2NodeKind.Quest => "?",
                    _ => node.Max == node.Min ? string.Create(CultureInfo.InvariantCulture, $"{{{node.Min}}}")
                        : node.Max < 0 ? string.Create(CultureInfo.InvariantCulture, $"{{{node.Min},}}")
                        : string.Create(CultureInfo.InvariantCulture, $"{{{node.Min},{node.Max}}}"),
                });
                if (!node.Greedy)
                {
                    sb.Append('?');
                }

                break;
            case Re2NodeKind.Concat:
                foreach (var sub in node.Subs)
                {
                    Write(sb, sub, full);
                }

                break;
            case Re2NodeKind.Alternate:
                sb.Append("(?:");
                for (int i = 0; i < node.Subs.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append('|');
                    }

                    Write(sb, node.Subs[i], full);
                }

                sb.Append(')');
                break;
            default:
                throw new InvalidOperationException("unexpected node " + node.Kind);
        }
    }

    private static void WriteLiteral(StringBuilder sb, int rune, bool full)
    {
        if (rune is >= 0xD800 and <= 0xDFFF)
        {
            sb.Append("(?!)"); // Go never decodes a surrogate code point from its input.
        }
        else if (rune == 0xFFFD && full)
        {
            sb.Append(@"(?:\uFFFD|").Append(LoneSurrogate).Append(')');
        }
        else if (rune > 0xFFFF)
        {
            var text = char.ConvertFromUtf32(rune);
            AppendChar(sb, text[0]);
            AppendChar(sb, text[1]);
        }
        else
        {
            AppendChar(sb, (char)rune);
        }
    }

    private static void WriteClass(StringBuilder sb, int[] ranges, bool full)
    {
        var bmp = new StringBuilder();
        var pairs = new List<string>();
        for (int i = 0; i < ranges.Length; i += 2)
        {
            int lo = ranges[i], hi = ranges[i + 1];
            AddBmp(bmp, lo, Math.Min(hi, 0xD7FF));
            AddBmp(bmp, Math.Max(lo, 0xE000), Math.Min(hi, 0xFFFF));
            if (full && hi >= 0x10000)
            {
                AddPairs(pairs, Math.Max(lo, 0x10000), hi);
            }
        }

        bool lone = full && Re2RuneClass.Contains(ranges, 0xFFFD);
        if (pairs.Count == 0 && !lone)
        {
            if (bmp.Length == 0)
            {
                sb.Append("(?!)");
            }
            else
            {
                sb.Append('[').Append(bmp).Append(']');
            }

            return;
        }

        sb.Append("(?:");
        bool first = true;
        foreach (var pair in pairs)
        {
            if (!first)
            {
                sb.Append('|');
            }

            sb.Append(pair);
            first = false;
        }

        if (bmp.Length > 0)
        {
            sb.Append(first ? string.Empty : "|").Append('[').Append(bmp).Append(']');
            first = false;
        }

        if (lone)
        {
            sb.Append(first ? string.Empty : "|").Append(LoneSurrogate);
        }

        sb.Append(')');
    }

    private static void AddBmp(StringBuilder bmp, int lo, int hi)
    {
        if (lo > hi)
        {
            return;
        }

        AppendChar(bmp, (char)lo);
        if (hi > lo)
        {
            bmp.Append('-');
            AppendChar(bmp, (char)hi);
        }
    }

    // Supplementary range lo..hi as surrogate-pair alternatives.
    private static void AddPairs(List<string> pairs, int lo, int hi)
    {
        while (lo <= hi)
        {
            int loHigh = 0xD800 + ((lo - 0x10000) >> 10);
            int hiHigh = 0xD800 + ((hi - 0x10000) >> 10);
            int loLow = 0xDC00 + ((lo - 0x10000) & 0x3FF);
            if (loHigh == hiHigh)
            {
                int hiLow = 0xDC00 + ((hi - 0x10000) & 0x3FF);
                pairs.Add(Pair(loHigh, loHigh, loLow, hiLow));
                return;
            }

            if (loLow != 0xDC00)
            {
                pairs.Add(Pair(loHigh, loHigh, loLow, 0xDFFF));
                lo = 0x10000 + ((loHigh - 0xD800 + 1) << 10);
                continue;
            }

            int hiLowEnd = 0xDC00 + ((hi - 0x10000) & 0x3FF);
            int fullEnd = hiLowEnd == 0xDFFF ? hiHigh : hiHigh - 1;
            pairs.Add(Pair(loHigh, fullEnd, 0xDC00, 0xDFFF));
            if (fullEnd == hiHigh)
            {
                return;
            }

            lo = 0x10000 + ((hiHigh - 0xD800) << 10);
        }
    }

    private static string Pair(int highLo, int highHi, int lowLo, int lowHi)
    {
        var sb = new StringBuilder();
        if (highLo == highHi)
        {
            AppendChar(sb, (char)highLo);
        }
        else
        {
            sb.Append('[');
            AppendChar(sb, (char)highLo);
            sb.Append('-');
            AppendChar(sb, (char)highHi);
            sb.Append(']');
        }

        sb.Append('[');
        AppendChar(sb, (char)lowLo);
        if (lowHi > lowLo)
        {
            sb.Append('-');
            AppendChar(sb, (char)lowHi);
        }

        sb.Append(']');
        return sb.ToString();
    }

    private static void AppendChar(StringBuilder sb, char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            sb.Append(c);
        }
        else
        {
            sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
    }
}
