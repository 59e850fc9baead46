using System.Text;

namespace Bosun.Templating.Functions.Sprig;

/// <summary>
/// huandu/xstrings v1.5's word splitter behind ToSnakeCase/ToKebabCase ("HTTPServer" → "http_server",
/// "Bld4Floor3rd" → "bld4_floor_3rd"), ported over a rune array.
/// </summary>
internal static class SprigStringWords
{
    private enum WordType
    {
        Invalid,
        Number,
        UpperCase,
        Alphabet,
        Connector,
        Punct,
        Other,
    }

    public static string CamelCaseToLowerCase(string s, char connector)
    {
        if (s.Length == 0)
        {
            return "";
        }

        int[] runes = SprigStringUnicode.ToRunes(s);
        var buf = new StringBuilder(s.Length + 4);
        var word = NextWord(runes, 0);

        while (word.Remaining < runes.Length)
        {
            if (word.Type != WordType.Connector)
            {
                ToLower(buf, word.Type, runes, word, connector);
            }

            var prev = word;
            word = NextWord(runes, word.Remaining);

            switch (prev.Type)
            {
                case WordType.Number:
                    while (word.Type is WordType.Alphabet or WordType.Number)
                    {
                        ToLower(buf, word.Type, runes, word, connector);
                        word = NextWord(runes, word.Remaining);
                    }

                    if (word.Type is not (WordType.Invalid or WordType.Punct or WordType.Connector))
                    {
                        buf.Append(connector);
                    }

                    break;

                case WordType.Connector:
                    ToLower(buf, prev.Type, runes, prev, connector);
                    break;

                case WordType.Punct:
                    break;

                default:
                    if (word.Type != WordType.Number)
                    {
                        if (word.Type is not (WordType.Connector or WordType.Punct))
                        {
                            buf.Append(connector);
                        }

                        break;
                    }

                    if (word.Remaining >= runes.Length)
                    {
                        break;
                    }

                    var last = word;
                    word = NextWord(runes, word.Remaining);

                    // A number followed by something other than letters belongs to the previous word ("Bld4Floor").
                    if (word.Type != WordType.Alphabet)
                    {
                        ToLower(buf, WordType.Number, runes, last, connector);
                        if (word.Type is not (WordType.Connector or WordType.Punct))
                        {
                            buf.Append(connector);
                        }

                        break;
                    }

                    // Lower-case letters after a number start a new word with the number ("HTTP2xx" → "http_2xx").
                    buf.Append(connector);
                    ToLower(buf, WordType.Number, runes, last, connector);
                    while (word.Type is WordType.Alphabet or WordType.Number)
                    {
                        ToLower(buf, word.Type, runes, word, connector);
                        word = NextWord(runes, word.Remaining);
                    }

                    if (word.Type is not (WordType.Invalid or WordType.Connector or WordType.Punct))
                    {
                        buf.Append(connector);
                    }

                    break;
            }
        }

        ToLower(buf, word.Type, runes, word, connector);
        return buf.ToString();
    }

    private static Word NextWord(int[] runes, int start)
    {
        int n = runes.Length;
        if (start >= n)
        {
            return new Word(WordType.Invalid, start, start);
        }

        int remaining = start;
        var (r, size) = NextValidRune(runes, remaining, SprigStringUnicode.RuneError);
        int offset = size;

        if (r == SprigStringUnicode.RuneError)
        {
            return new Word(WordType.Invalid, start, start + offset);
        }

        WordType type;
        if (SprigStringCase.IsConnector(r))
        {
            type = WordType.Connector;
            remaining += size;
            while (remaining < n)
            {
                (r, size) = NextValidRune(runes, remaining, r);
                if (!SprigStringCase.IsConnector(r))
                {
                    break;
                }

                offset += size;
                remaining += size;
            }
        }
        else if (SprigStringUnicode.IsPunct(r))
        {
            type = WordType.Punct;
            remaining += size;
            while (remaining < n)
            {
                (r, size) = NextValidRune(runes, remaining, r);
                if (!SprigStringUnicode.IsPunct(r))
                {
                    break;
                }

                offset += size;
                remaining += size;
            }
        }
        else if (SprigStringUnicode.IsUpper(r))
        {
            type = WordType.UpperCase;
            remaining += size;
            if (remaining < n)
            {
                (r, size) = NextValidRune(runes, remaining, r);
                if (SprigStringUnicode.IsUpper(r))
                {
                    int prevSize = size;
                    offset += size;
                    remaining += size;
                    while (remaining < n)
                    {
                        (r, size) = NextValidRune(runes, remaining, r);
                        if (!SprigStringUnicode.IsUpper(r))
                        {
                            break;
                        }

                        prevSize = size;
                        offset += size;
                        remaining += size;
                    }

                    // "HTTPStatus" splits into "HTTP" and "Status".
                    if (remaining < n && IsAlphabet(r))
                    {
                        offset -= prevSize;
                    }
                }
                else if (IsAlphabet(r))
                {
                    offset += size;
                    remaining += size;
                    while (remaining < n)
                    {
                        (r, size) = NextValidRune(runes, remaining, r);
                        if (!IsAlphabet(r) || SprigStringUnicode.IsUpper(r))
                        {
                            break;
                        }

                        offset += size;
                        remaining += size;
                    }
                }
            }
        }
        else if (IsAlphabet(r))
        {
            type = WordType.Alphabet;
            remaining += size;
            while (remaining < n)
            {
                (r, size) = NextValidRune(runes, remaining, r);
                if (!IsAlphabet(r) || SprigStringUnicode.IsUpper(r))
                {
                    break;
                }

                offset += size;
                remaining += size;
            }
        }
        else if (SprigStringUnicode.IsNumber(r))
        {
            type = WordType.Number;
            remaining += size;
            while (remaining < n)
            {
                (r, size) = NextValidRune(runes, remaining, r);
                if (!SprigStringUnicode.IsNumber(r))
                {
                    break;
                }

                offset += size;
                remaining += size;
            }
        }
        else
        {
            type = WordType.Other;
            remaining += size;
            while (remaining < n)
            {
                (r, size) = NextValidRune(runes, remaining, r);
                if (size == 0 || SprigStringCase.IsConnector(r) || IsAlphabet(r)
                    || SprigStringUnicode.IsNumber(r) || SprigStringUnicode.IsPunct(r))
                {
                    break;
                }

                offset += size;
                remaining += size;
            }
        }

        return new Word(type, start, start + offset);
    }

    private static (int Rune, int Size) NextValidRune(int[] runes, int start, int prev)
    {
        int size = 0;
        while (start + size < runes.Length)
        {
            int r = runes[start + size];
            size++;
            if (r != SprigStringUnicode.RuneError)
            {
                return (r, size);
            }
        }

        return (prev, size);
    }

    private static void ToLower(StringBuilder buf, WordType type, int[] runes, Word word, char connector)
    {
        bool convert = type is WordType.UpperCase or WordType.Connector;
        for (int i = word.Start; i < word.Remaining; i++)
        {
            int r = runes[i];
            if (convert && SprigStringCase.IsConnector(r))
            {
                buf.Append(connector);
            }
            else if (convert && SprigStringUnicode.IsUpper(r))
            {
                SprigStringUnicode.Append(buf, SprigStringUnicode.ToLower(r));
            }
            else
            {
                SprigStringUnicode.Append(buf, r);
            }
        }
    }

    /// <summary>xstrings' isAlphabet: a letter that is not a CJK ideograph.</summary>
    private static bool IsAlphabet(int r)
    {
        if (!SprigStringUnicode.IsLetter(r))
        {
            return false;
        }

        return r switch
        {
            < 0x3400 => true,
            >= 0x4E00 and <= 0x9FCC => false,
            >= 0x3400 and <= 0x4D85 => false,
            >= 0x20000 and <= 0x2B81D => false,
            _ => true,
        };
    }

    /// <summary>A word: runes [Start, Remaining); the rest of the input starts at Remaining.</summary>
    private readonly record struct Word(WordType Type, int Start, int Remaining);
}
