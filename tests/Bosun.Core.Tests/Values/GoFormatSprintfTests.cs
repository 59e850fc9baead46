using System.Globalization;
using System.Text;
using Bosun.Core.Values;

namespace Bosun.Core.Tests.Values;

/// <summary>
/// fmt.Sprintf / Sprint / Sprintln against outputs recorded from the real helm v4.1.4 (go1.25):
/// each case ran as <c>{{ printf FORMAT ARGS }}</c> (or <c>{{ print ARGS }}</c>) in a chart's NOTES.txt.
/// Arguments use template syntax: numbers with <c>.eEpP</c> are float64, others int; <c>(list ...)</c>,
/// <c>(dict ...)</c>, <c>(int64 n)</c>, <c>(float64 "s")</c>, <c>(splitList sep s)</c>, and
/// <c>(bytes "...")</c> for a []byte (recorded through <c>.Files.GetBytes</c>).
/// </summary>
public class GoFormatSprintfTests
{
    public static TheoryData<string> PrintfCases() => Lines(PrintfTable);

    public static TheoryData<string> PrintCases() => Lines(PrintTable);

    [Theory]
    [MemberData(nameof(PrintfCases))]
    public void Sprintf_RecordedHelmCase_MatchesGo(string line)
    {
        var (head, expected) = Dsl.SplitExpected(line);
        int pos = 0;
        var format = Dsl.ParseString(head, ref pos);
        var args = Dsl.ParseArgs(head, ref pos);

        Assert.Equal(expected, GoFormat.Sprintf(format, args));
    }

    [Theory]
    [MemberData(nameof(PrintCases))]
    public void SprintOrSprintln_RecordedHelmCase_MatchesGo(string line)
    {
        var (head, expected) = Dsl.SplitExpected(line);
        bool ln = head.StartsWith("println", StringComparison.Ordinal);
        int pos = ln ? "println".Length : "print".Length;
        var args = Dsl.ParseArgs(head, ref pos);

        Assert.Equal(expected, ln ? GoFormat.Sprintln(args) : GoFormat.Sprint(args));
    }

    private static TheoryData<string> Lines(string table)
    {
        var data = new TheoryData<string>();
        foreach (var line in table.Split('\n'))
        {
            if (line.Length > 0)
            {
                data.Add(line);
            }
        }

        return data;
    }

    /// <summary>Parser of the case lines: <c>HEAD =&gt; "expected"</c> with Go-quoted strings.</summary>
    internal static class Dsl
    {
        public static (string Head, string Expected) SplitExpected(string line)
        {
            int arrow = line.LastIndexOf(" => ", StringComparison.Ordinal);
            int pos = 0;
            var expectedText = line[(arrow + 4)..];
            return (line[..arrow], ParseString(expectedText, ref pos));
        }

        public static string ParseString(string s, ref int pos) => Encoding.UTF8.GetString(ParseQuoted(s, ref pos));

        public static object?[] ParseArgs(string s, ref int pos)
        {
            var args = new List<object?>();
            while (true)
            {
                SkipSpaces(s, ref pos);
                if (pos >= s.Length)
                {
                    return [.. args];
                }

                args.Add(ParseValue(s, ref pos));
            }
        }

        private static void SkipSpaces(string s, ref int pos)
        {
            while (pos < s.Length && s[pos] == ' ')
            {
                pos++;
            }
        }

        private static object? ParseValue(string s, ref int pos)
        {
            SkipSpaces(s, ref pos);
            if (s[pos] == '"')
            {
                return ParseString(s, ref pos);
            }

            if (s[pos] == '(')
            {
                pos++;
                var fn = Word(s, ref pos);
                var items = new List<object?>();
                var raw = new List<byte[]>();
                while (true)
                {
                    SkipSpaces(s, ref pos);
                    if (s[pos] == ')')
                    {
                        pos++;
                        break;
                    }

                    if (fn == "bytes")
                    {
                        raw.Add(ParseQuoted(s, ref pos));
                        continue;
                    }

                    items.Add(ParseValue(s, ref pos));
                }

                return fn switch
                {
                    "list" => new GoList(items),
                    "dict" => Dict(items),
                    "int64" => GoInt.Int64((long)items[0]!),
                    "float64" => Float((string)items[0]!),
                    "splitList" => GoList.OfStrings(((string)items[1]!).Split((string)items[0]!)),
                    "bytes" => raw[0],
                    _ => throw new InvalidOperationException("unknown function " + fn),
                };
            }

            var word = Word(s, ref pos);
            return word switch
            {
                "nil" => null,
                "true" => true,
                "false" => false,
                _ when word.IndexOfAny(['.', 'e', 'E', 'p', 'P']) >= 0 => double.Parse(word, CultureInfo.InvariantCulture),
                _ => long.Parse(word, CultureInfo.InvariantCulture),
            };
        }

        private static GoMap Dict(List<object?> items)
        {
            var map = new GoMap();
            for (int i = 0; i + 1 < items.Count; i += 2)
            {
                map[(string)items[i]!] = items[i + 1];
            }

            return map;
        }

        // cast.ToFloat64 of a string, for the spellings the cases use.
        private static double Float(string s) => s.ToLowerInvariant() switch
        {
            "inf" or "+inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" => double.NaN,
            "0x1p-2" => 0.25,
            _ => double.Parse(s.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture),
        };

        private static string Word(string s, ref int pos)
        {
            int start = pos;
            while (pos < s.Length && s[pos] is not (' ' or ')' or '('))
            {
                pos++;
            }

            return s[start..pos];
        }

        // A Go double-quoted literal as bytes (\xNN may produce invalid UTF-8).
        private static byte[] ParseQuoted(string s, ref int pos)
        {
            if (s[pos] != '"')
            {
                throw new FormatException("expected a quoted string at " + pos + " in " + s);
            }

            pos++;
            var bytes = new List<byte>();
            while (s[pos] != '"')
            {
                char c = s[pos++];
                if (c != '\\')
                {
                    int width = char.IsHighSurrogate(c) ? 2 : 1;
                    bytes.AddRange(Encoding.UTF8.GetBytes(s.Substring(pos - 1, width)));
                    pos += width - 1;
                    continue;
                }

                char e = s[pos++];
                switch (e)
                {
                    case 'a': bytes.Add(7); break;
                    case 'b': bytes.Add(8); break;
                    case 'f': bytes.Add(12); break;
                    case 'n': bytes.Add(10); break;
                    case 'r': bytes.Add(13); break;
                    case 't': bytes.Add(9); break;
                    case 'v': bytes.Add(11); break;
                    case '\\': bytes.Add((byte)'\\'); break;
                    case '"': bytes.Add((byte)'"'); break;
                    case '\'': bytes.Add((byte)'\''); break;
                    case 'x':
                        bytes.Add(byte.Parse(s.AsSpan(pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        pos += 2;
                        break;
                    case 'u' or 'U':
                        int n = e == 'u' ? 4 : 8;
                        int r = int.Parse(s.AsSpan(pos, n), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(r)));
                        pos += n;
                        break;
                    default:
                        throw new FormatException("unknown escape \\" + e);
                }
            }

            pos++;
            return [.. bytes];
        }
    }

    private const string PrintfTable = """
"%v" 42 => "42"
"%d" 42 => "42"
"%5d|" 42 => "   42|"
"%-5d|" 42 => "42   |"
"%05d" 42 => "00042"
"%05d" -42 => "-0042"
"%+d" 42 => "+42"
"% d" 42 => " 42"
"%+05d" 42 => "+0042"
"% 05d" -42 => "-0042"
"%-05d|" 42 => "42   |"
"%x" 255 => "ff"
"%X" 255 => "FF"
"%#x" 255 => "0xff"
"%#X" 255 => "0XFF"
"%o" 8 => "10"
"%#o" 8 => "010"
"%#o" 0 => "0"
"%O" 8 => "0o10"
"%#O" 8 => "0o010"
"%O" -8 => "-0o10"
"%b" 5 => "101"
"%#b" 5 => "0b101"
"%b" -5 => "-101"
"%c" 65 => "A"
"%c" 233 => "é"
"%c" 128512 => "😀"
"%c" -1 => "�"
"%c" 55296 => "�"
"%c" 1114112 => "�"
"%5c|" 65 => "    A|"
"%-3c|" 233 => "é  |"
"%q" 65 => "'A'"
"%q" 10 => "'\\n'"
"%q" 39 => "'\\''"
"%q" 0 => "'\\x00'"
"%q" 127 => "'\\x7f'"
"%q" 233 => "'é'"
"%+q" 233 => "'\\u00e9'"
"%+q" 128512 => "'\\U0001f600'"
"%q" 160 => "'\\u00a0'"
"%q" 8203 => "'\\u200b'"
"%q" 55296 => "'�'"
"%6q|" 65 => "   'A'|"
"%U" 65 => "U+0041"
"%#U" 65 => "U+0041 'A'"
"%#U" 233 => "U+00E9 'é'"
"%#U" 10 => "U+000A"
"%U" 128512 => "U+1F600"
"%.6U" 65 => "U+000041"
"%#.2U" 65 => "U+0041 'A'"
"%10U|" 65 => "    U+0041|"
"%-10U|" 65 => "U+0041    |"
"%010U|" 65 => "    U+0041|"
"%U" -1 => "U+FFFFFFFFFFFFFFFF"
"%.3d" 7 => "007"
"%8.3d|" 7 => "     007|"
"%-8.3d|" -7 => "-007    |"
"%08.3d|" 7 => "     007|"
"%.0d|" 0 => "|"
"%5.0d|" 0 => "     |"
"%-5.0d|" 0 => "     |"
"%05.0d|" 0 => "     |"
"%.0d" 3 => "3"
"%-8.3x|" 255 => "0ff     |"
"%#08x" 255 => "0x000000ff"
"%#-8x|" 255 => "0xff    |"
"%08.3x" 255 => "     0ff"
"%x" -255 => "-ff"
"%#x" -255 => "-0xff"
"%X" -255 => "-FF"
"%d" (int64 -9223372036854775808) => "-9223372036854775808"
"%x" (int64 -9223372036854775808) => "-8000000000000000"
"%b" (int64 -9223372036854775808) => "-1000000000000000000000000000000000000000000000000000000000000000"
"%v" (int64 5) => "5"
"%T" (int64 5) => "int64"
"%#v" (int64 5) => "5"
"%+v" 5 => "5"
"%#v" -5 => "-5"
"%s" 5 => "%!s(int=5)"
"%t" 5 => "%!t(int=5)"
"%e" 5 => "%!e(int=5)"
"%f" 5 => "%!f(int=5)"
"%p" 5 => "%!p(int=5)"
"%z" 5 => "%!z(int=5)"
"%!" 5 => "%!!(int=5)"
"%é" 5 => "%!é(int=5)"
"%😀" 5 => "%!😀(int=5)"
"%w" 5 => "%!w(int=5)"
"%#w" "x" => "%!w(string=\"x\")"
"%+w" 1.5 => "%!w(float64=1.5)"
"%w" nil => "%!w(<nil>)"
"%t" true => "true"
"%v" false => "false"
"%5t|" true => " true|"
"%-7t|" false => "false  |"
"%07t|" false => "00false|"
"%.2t" true => "true"
"%d" true => "%!d(bool=true)"
"%s" true => "%!s(bool=true)"
"%q" true => "%!q(bool=true)"
"%#v" true => "true"
"%T" true => "bool"
"%v" 1e6 => "1e+06"
"%v" 123456.0 => "123456"
"%v" 1234567.0 => "1.234567e+06"
"%v" 1.5e-5 => "1.5e-05"
"%v" 0.0001 => "0.0001"
"%v" 0.00001 => "1e-05"
"%v" -0.0 => "-0"
"%v" 1e21 => "1e+21"
"%v" 1e20 => "1e+20"
"%v" 100.0 => "100"
"%v" 3.0 => "3"
"%v" 0.1 => "0.1"
"%+v" 2.5 => "2.5"
"%#v" 1e6 => "1e+06"
"%#v" 1.0 => "1"
"%#v" 2.5 => "2.5"
"%#v" 1e-7 => "1e-07"
"%.2f" 3.14159 => "3.14"
"%08.3f" 3.14159 => "0003.142"
"%08.3f" -3.14159 => "-003.142"
"%-8.3f|" -3.14159 => "-3.142  |"
"%+08.3f" 3.14159 => "+003.142"
"% 08.3f" 3.14159 => " 003.142"
"%+.1e" 12345.678 => "+1.2e+04"
"%E" 12345.678 => "1.234568E+04"
"%e" 1e100 => "1.000000e+100"
"%e" 1e-100 => "1.000000e-100"
"%e" 0.0 => "0.000000e+00"
"%g" 1e21 => "1e+21"
"%G" 1e-7 => "1E-07"
"%g" 100000.0 => "100000"
"%g" 1000000.0 => "1e+06"
"%.3g" 1234.5678 => "1.23e+03"
"%.3g" 0.00012345 => "0.000123"
"%.10g" 1234.5678 => "1234.5678"
"%.0g" 1234.5678 => "1e+03"
"%#g" 1.0 => "1.00000"
"%#g" 123456789.0 => "1.23456789e+08"
"%#.3g" 1.0 => "1.00"
"%#.3g" 0.0001 => "0.000100"
"%#.0f" 3.0 => "3."
"%#.0e" 3.0 => "3.e+00"
"%#e" 3.0 => "3.000000e+00"
"%#f" 3.0 => "3.000000"
"%x" 1.0 => "0x1p+00"
"%X" 1024.0 => "0X1P+10"
"%x" 0.1 => "0x1.999999999999ap-04"
"%.2x" 0.1 => "0x1.9ap-04"
"%#x" 1.5 => "0x1.8000p+00"
"%#.1x" 1.0 => "0x1.0p+00"
"%10.3x|" -1.0 => "-0x1.000p+00|"
"%b" 1.0 => "4503599627370496p-52"
"%b" -0.5 => "-4503599627370496p-53"
"%.0f" 0.5 => "0"
"%.0f" 1.5 => "2"
"%.0f" 2.5 => "2"
"%.0f" -0.5 => "-0"
"%.1f" 0.25 => "0.2"
"%.1f" 0.35 => "0.3"
"%.2f" 1.005 => "1.00"
"%.2f" 2.675 => "2.67"
"%.3f" 1e-10 => "0.000"
"%.1f" 0.05 => "0.1"
"%.0e" 2.5 => "2e+00"
"%.1e" 0.25 => "2.5e-01"
"%.20f" 0.1 => "0.10000000000000000555"
"%.30e" 0.1 => "1.000000000000000055511151231258e-01"
"%.17g" 0.1 => "0.10000000000000001"
"%f" 1e23 => "99999999999999991611392.000000"
"%.0f" 1e23 => "99999999999999991611392"
"%f" 5e-324 => "0.000000"
"% .3f" 2.0 => " 2.000"
"%-10.2f|" 3.14159 => "3.14      |"
"%010.2f" -3.14159 => "-000003.14"
"%-010.2f|" 3.14159 => "3.14      |"
"%5.1v" 3.14159 => "    3"
"%.3v" 1234.5678 => "1.23e+03"
"%10v|" 2.5 => "       2.5|"
"%-10v|" 2.5 => "2.5       |"
"%010v" 2.5 => "00000002.5"
"%F" 2.5 => "2.500000"
"%.3F" 2.5 => "2.500"
"%d" 1e6 => "%!d(float64=1e+06)"
"%d" 2.5 => "%!d(float64=2.5)"
"%s" 2.5 => "%!s(float64=2.5)"
"%q" 1.5 => "%!q(float64=1.5)"
"%c" 1.5 => "%!c(float64=1.5)"
"%t" 1.5 => "%!t(float64=1.5)"
"%o" 1.5 => "%!o(float64=1.5)"
"%5d" 2.5 => "%!d(float64=  2.5)"
"%v" (float64 "inf") => "+Inf"
"%v" (float64 "-inf") => "-Inf"
"%f" (float64 "+Inf") => "+Inf"
"%05f|" (float64 "inf") => " +Inf|"
"%-6f|" (float64 "inf") => "+Inf  |"
"%010.2f" (float64 "-Inf") => "      -Inf"
"%+v" (float64 "inf") => "+Inf"
"% v" (float64 "inf") => " Inf"
"%v" (float64 "NaN") => "NaN"
"%+v" (float64 "nan") => "NaN"
"% f" (float64 "nan") => " NaN"
"%05v" (float64 "nan") => "  NaN"
"%e" (float64 "nan") => "NaN"
"%x" (float64 "inf") => "+Inf"
"%#g" (float64 "inf") => "+Inf"
"%d" (float64 "nan") => "%!d(float64=NaN)"
"%v" (float64 "0x1p-2") => "0.25"
"%v" (float64 "1_000.5") => "1000.5"
"%s" "hi" => "hi"
"%5s|" "hi" => "   hi|"
"%-5s|" "hi" => "hi   |"
"%05s" "hi" => "000hi"
"%-05s|" "hi" => "hi   |"
"%.1s" "héllo" => "h"
"%.3s" "héllo" => "hél"
"%.0s|" "héllo" => "|"
"%5.2s|" "héllo" => "   hé|"
"%3s|" "é" => "  é|"
"%4s|" "😀" => "   😀|"
"%x" "hi" => "6869"
"%X" "hé" => "68C3A9"
"% x" "hi" => "68 69"
"%#x" "hi" => "0x6869"
"%# x" "hi" => "0x68 0x69"
"%# X" "hé" => "0X68 0XC3 0XA9"
"%.1x" "hi" => "68"
"%.3x" "hé" => "68c3a9"
"%8x|" "hi" => "    6869|"
"%-8x|" "hi" => "6869    |"
"%08x|" "hi" => "00006869|"
"%x|" "" => "|"
"%5x|" "" => "     |"
"%#x|" "" => "|"
"%x" "😀" => "f09f9880"
"%q" "a\"b" => "\"a\\\"b\""
"%q" "tab\there" => "\"tab\\there\""
"%q" "line\nbreak\r" => "\"line\\nbreak\\r\""
"%q" "\a\b\f\v\\" => "\"\\a\\b\\f\\v\\\\\""
"%#q" "back`tick" => "\"back`tick\""
"%#q" "plain" => "`plain`"
"%#q" "tab\there" => "`tab\there`"
"%#q" "nl\n" => "\"nl\\n\""
"%+q" "héllo" => "\"h\\u00e9llo\""
"%#+q" "héllo" => "`héllo`"
"%q" "\x00\x07\x1f\x7f" => "\"\\x00\\a\\x1f\\x7f\""
"%q" "\u00a0\u00ad" => "\"\\u00a0\\u00ad\""
"%q" "\u200b\u2028" => "\"\\u200b\\u2028\""
"%q" "😀" => "\"😀\""
"%+q" "😀" => "\"\\U0001f600\""
"%q" "\ufeff" => "\"\\ufeff\""
"%#q" "\ufeff" => "\"\\ufeff\""
"%q" "\U000e0001" => "\"\\U000e0001\""
"%q" "\ufffd" => "\"�\""
"%q" "日本語" => "\"日本語\""
"%+q" "日本語" => "\"\\u65e5\\u672c\\u8a9e\""
"%10q|" "a" => "       \"a\"|"
"%-10q|" "é" => "\"é\"       |"
"%010q|" "a" => "0000000\"a\"|"
"%.2q" "hello" => "\"he\""
"%.2q" "héllo" => "\"hé\""
"%v" "x" => "x"
"%#v" "x" => "\"x\""
"%#v" "a\"b\n" => "\"a\\\"b\\n\""
"%+v" "x" => "x"
"%d" "x" => "%!d(string=x)"
"%t" "x" => "%!t(string=x)"
"%5d" "x" => "%!d(string=    x)"
"%-5d" "x" => "%!d(string=x    )"
"%c" "x" => "%!c(string=x)"
"%e" "x" => "%!e(string=x)"
"%T" "x" => "string"
"%10T|" "x" => "    string|"
"%-10T|" 1.5 => "float64   |"
"%.2T" "x" => "st"
"%v" "" => ""
"%q" "" => "\"\""
"%5q" "" => "   \"\""
"%v" nil => "<nil>"
"%s" nil => "%!s(<nil>)"
"%d" nil => "%!d(<nil>)"
"%T" nil => "<nil>"
"%5v|" nil => "<nil>|"
"%-6v|" nil => "<nil> |"
"%06v|" nil => "0<nil>|"
"%#v" nil => "<nil>"
"%+v" nil => "<nil>"
"%q" nil => "%!q(<nil>)"
"%x" nil => "%!x(<nil>)"
"%p" nil => "%!p(<nil>)"
"%5s" nil => "%!s(<nil>)"
"%v" (list 1 "a" nil) => "[1 a <nil>]"
"%v" (list 1 (list 2 (list 3))) => "[1 [2 [3]]]"
"%d" (list 1 2) => "[1 2]"
"%d" (list 1 "a" nil) => "[1 %!d(string=a) <nil>]"
"%s" (list "a" "b") => "[a b]"
"%s" (list "a" nil) => "[a <nil>]"
"%s" (list 1 "a") => "[%!s(int=1) a]"
"%q" (list "a" "b") => "[\"a\" \"b\"]"
"%q" (list 65 "b") => "['A' \"b\"]"
"%x" (list "hi" 255) => "[6869 ff]"
"%X" (list "hi" 255) => "[6869 FF]"
"%5d" (list 1 2) => "[    1     2]"
"%-3d|" (list 1 2) => "[1   2  ]|"
"%05d" (list 1 -2) => "[00001 -0002]"
"%05v" (list 1 "a") => "[00001 0000a]"
"%.1f" (list 1.25 2.5) => "[1.2 2.5]"
"%v" (list 1.5 1e6 1e-7) => "[1.5 1e+06 1e-07]"
"%#v" (list 1 "a" nil 2.5 true) => "[]interface {}{1, \"a\", interface {}(nil), 2.5, true}"
"%#v" (list (list 1) (dict "a" 1)) => "[]interface {}{[]interface {}{1}, map[string]interface {}{\"a\":1}}"
"%+v" (list 1 (list 2 3)) => "[1 [2 3]]"
"%v" (list) => "[]"
"%#v" (list) => "[]interface {}{}"
"%d" (list) => "[]"
"%T" (list 1) => "[]interface {}"
"%d" (list 1.5) => "[%!d(float64=1.5)]"
"%t" (list true 1) => "[true %!t(int=1)]"
"%v" (list nil nil) => "[<nil> <nil>]"
"%d" (list nil) => "[<nil>]"
"%s" (list (list "a" "b") "c") => "[[a b] c]"
"%v" (list (dict "a" 1)) => "[map[a:1]]"
"%x" (list 1.0 "a") => "[0x1p+00 61]"
"%q" (list "a\"b") => "[\"a\\\"b\"]"
"%10v|" (list 1 "a") => "[         1          a]|"
"%v" (list true false) => "[true false]"
"%v" (splitList "," "a,b") => "[a b]"
"%#v" (splitList "," "a,b") => "[]string{\"a\", \"b\"}"
"%q" (splitList "," "a,b") => "[\"a\" \"b\"]"
"%T" (splitList "," "a") => "[]string"
"%d" (splitList "," "a,b") => "[%!d(string=a) %!d(string=b)]"
"%x" (splitList "," "a,b") => "[61 62]"
"%v" (dict "b" 1 "a" 2) => "map[a:2 b:1]"
"%#v" (dict "b" 1 "a" "x") => "map[string]interface {}{\"a\":\"x\", \"b\":1}"
"%+v" (dict "a" nil) => "map[a:<nil>]"
"%#v" (dict "a" nil) => "map[string]interface {}{\"a\":interface {}(nil)}"
"%d" (dict "a" 1) => "map[%!d(string=a):1]"
"%s" (dict "a" "x") => "map[a:x]"
"%q" (dict "a" "b") => "map[\"a\":\"b\"]"
"%x" (dict "a" "b") => "map[61:62]"
"%v" (dict) => "map[]"
"%#v" (dict) => "map[string]interface {}{}"
"%T" (dict) => "map[string]interface {}"
"%v" (dict "B" 1 "a" 2 "_" 3 "1" 4 "" 5) => "map[:5 1:4 B:1 _:3 a:2]"
"%v" (dict "é" 1 "z" 2 "😀" 3 "\ufb01" 4) => "map[z:2 é:1 ﬁ:4 😀:3]"
"%v" (dict "a" (list 1 (dict "b" nil)) "c" (dict)) => "map[a:[1 map[b:<nil>]] c:map[]]"
"%#v" (dict "a" (list 1 (dict "b" nil)) "c" (dict)) => "map[string]interface {}{\"a\":[]interface {}{1, map[string]interface {}{\"b\":interface {}(nil)}}, \"c\":map[string]interface {}{}}"
"%6v|" (dict "a" 1) => "map[     a:     1]|"
"%v" (bytes "hi") => "[104 105]"
"%s" (bytes "hi") => "hi"
"%x" (bytes "hi") => "6869"
"%X" (bytes "hi") => "6869"
"% x" (bytes "hi") => "68 69"
"%#x" (bytes "hi") => "0x6869"
"%# x" (bytes "hi") => "0x68 0x69"
"%q" (bytes "hi") => "\"hi\""
"%#q" (bytes "hi") => "`hi`"
"%d" (bytes "hi") => "[104 105]"
"%#v" (bytes "hi") => "[]byte{0x68, 0x69}"
"%+v" (bytes "hi") => "[104 105]"
"%T" (bytes "hi") => "[]uint8"
"%c" (bytes "hi") => "[h i]"
"%o" (bytes "hi") => "[150 151]"
"%t" (bytes "hi") => "[%!t(uint8=104) %!t(uint8=105)]"
"%e" (bytes "hi") => "[%!e(uint8=104) %!e(uint8=105)]"
"%5d" (bytes "hi") => "[  104   105]"
"%.1s" (bytes "héllo") => "h"
"%5s|" (bytes "hé") => "   hé|"
"%.1x" (bytes "hi") => "68"
"%v" (bytes "") => "[]"
"%s|" (bytes "") => "|"
"%v" (list (bytes "hi")) => "[[104 105]]"
"%s" (list (bytes "hi")) => "[hi]"
"%x" (list (bytes "hi")) => "[6869]"
"%#v" (list (bytes "hi")) => "[]interface {}{[]uint8{0x68, 0x69}}"
"%q" (bytes "a\xffb") => "\"a\\xffb\""
"%+q" (bytes "é\xff") => "\"\\u00e9\\xff\""
"%x" (bytes "\xff\x00") => "ff00"
"%d" (bytes "\xff\x00") => "[255 0]"
"%#q" (bytes "a\xffb") => "\"a\\xffb\""
"" => ""
"plain text" => "plain text"
"%%" => "%"
"%5%" => "%"
"%-5%" 1 => "%%!(EXTRA int=1)"
"%d%%" 50 => "50%"
"%!" => "%!!(MISSING)"
"%" => "%!(NOVERB)"
"abc%" => "abc%!(NOVERB)"
"%-" => "%!(NOVERB)"
"%5" 1 => "%!(NOVERB)%!(EXTRA int=1)"
"%.3" 1 => "%!(NOVERB)%!(EXTRA int=1)"
"%." => "%!.(MISSING)"
"%d %d" 1 => "1 %!d(MISSING)"
"%d" 1 2 "x" nil => "1%!(EXTRA int=2, string=x, <nil>)"
"x" 1 => "x%!(EXTRA int=1)"
"" nil => "%!(EXTRA <nil>)"
"%d" 1 (list 1) (dict "a" 1) => "1%!(EXTRA []interface {}=[1], map[string]interface {}=map[a:1])"
"%s" "a" "b" 2.5 => "a%!(EXTRA string=b, float64=2.5)"
"%5d" 1 "x" => "    1%!(EXTRA string=x)"
"%[2]d %[1]d" 1 2 => "2 1"
"%[3]d" 1 2 => "%!d(BADINDEX)"
"%[0]d" 1 => "%!d(BADINDEX)"
"%[-1]d" 1 => "%!d(BADINDEX)"
"%[x]d" 1 => "%!d(BADINDEX)"
"%[1" 1 => "%!(NOVERB)"
"%[]d" 1 => "%!d(BADINDEX)"
"%[1]" 1 => "%!(NOVERB)"
"%[1]d %d" 1 2 => "1 2"
"%[1]d %d %d" 1 2 => "1 2 %!d(MISSING)"
"%[2]d %d" 1 2 => "2 %!d(MISSING)"
"%[2]*[1]d" 5 3 => "  5"
"%[1]*d" 3 5 => "  5"
"%[1]2d" 1 => "%!d(BADINDEX)"
"%[1].2f" 1.5 => "%!f(BADINDEX)"
"%.[2]d" 1 2 => "2"
"%[3]*.[2]*[1]f" 12.0 2 6 => " 12.00"
"%[1]d %[1]x %[1]o %#[1]b" 10 => "10 a 12 0b1010"
"%d %[5]d %d" 1 2 3 => "1 %!d(BADINDEX) 2"
"%*d" 5 42 => "   42"
"%-*d|" 5 42 => "42   |"
"%*d|" -5 42 => "42   |"
"%0*d" -5 42 => "42   "
"%.*f" 2 3.14159 => "3.14"
"%*.*f|" 8 2 3.14159 => "    3.14|"
"%.*d" -1 42 => "%!(BADPREC)42"
"%*d" "x" 5 => "%!(BADWIDTH)5"
"%*d" 1.5 5 => "%!(BADWIDTH)5"
"%*d" nil 5 => "%!(BADWIDTH)5"
"%.*d" "x" 5 => "%!(BADPREC)5"
"%*d" 10000000 5 => "%!(BADWIDTH)5"
"%*d" (int64 3) 5 => "  5"
"%*d" 5 => "%!d(MISSING)"
"%*d" => "%!(BADWIDTH)%!d(MISSING)"
"%.*d" 5 => "%!d(MISSING)"
"%100000000d" 5 => "%!(NOVERB)%!(EXTRA int=5)"
"%.100000000d" 5 => "%!(NOVERB)%!(EXTRA int=5)"
"%[100000000]d" 5 => "%!d(BADINDEX)"
"%v %v" (list 1) 2 => "[1] 2"
"%v|%5v|%-5v|%05v" 1 1 1 1 => "1|    1|1    |00001"
"%T %T %T %T %T %T" 1 1.5 "s" true nil (list) => "int float64 string bool <nil> []interface {}"
"%s %d %v" "a" => "a %!d(MISSING) %!v(MISSING)"
"%q" -1 => "'�'"
"%q" 1114112 => "'�'"
"%q" 56448 => "'�'"
"%+q" 0 => "'\\x00'"
"%q" 96 => "'`'"
"%.0c" 8984 => "⌘"
"%.0q" 9786 => "'☺'"
"% q" 9786 => "'☺'"
"%+010q" 8984 => "00'\\u2318'"
"%-010q|" 8984 => "'⌘'       |"
"%+-010q|" 8984 => "'\\u2318'  |"
"%q" 3584 => "'\\u0e00'"
"%q" 1114111 => "'\\U0010ffff'"
"%c" 3584 => "\u0e00"
"%+10q" "⌘" => "  \"\\u2318\""
"%010q" "⌘" => "0000000\"⌘\""
"%+010q" "⌘" => "00\"\\u2318\""
"%-010q|" "⌘" => "\"⌘\"       |"
"%#8q" "\n" => "    \"\\n\""
"%#-8q|" "\t" => "`\t`     |"
"%#+-8q|" "\b" => "\"\\b\"    |"
"%q" "\U0010ffff" => "\"\\U0010ffff\""
"%#q" "\U0010ffff" => "`\U0010ffff`"
"% q" "☺" => "\"☺\""
"%#+q" "☺" => "`☺`"
"%10.1q|" "日本語日本語" => "       \"日\"|"
"%.5x" "abcdefghijklmnopqrstuvwxyz" => "6162636465"
"%.1x" "日本語" => "e6"
"%.1X" (bytes "日本語") => "E6"
"%.3q" (bytes "日本語日本語") => "\"日本語\""
"%08q" (bytes "abc") => "000\"abc\""
"%2s" (bytes "☺") => " ☺"
"%05s" (bytes "abc") => "00abc"
"%.0s|" (bytes "日本語") => "|"
"%.d|" 0 => "|"
"%06.0d|" 0 => "      |"
"%#b" -6 => "-0b110"
"%#o" -668 => "-01234"
"%#X" 0 => "0X0"
"%.20b" 7 => "00000000000000000111"
"%020.8d" -1234 => "           -00001234"
"%-#20.8x|" 19090108 => "0x01234abc          |"
"%-#20.8o|" 668 => "00001234            |"
"%068d" 1 => "00000000000000000000000000000000000000000000000000000000000000000001"
"%#.68x" 42 => "0x0000000000000000000000000000000000000000000000000000000000000000002a"
"% +.68d" 42 => "+00000000000000000000000000000000000000000000000000000000000000000042"
"%+U" 120 => "U+0078"
"%# U" 120 => "U+0078 'x'"
"%#14.6U|" 8984 => "  U+002318 '⌘'|"
"%#-014.6U|" 8984 => "U+002318 '⌘'  |"
"%#.68U" 26085 => "U+000000000000000000000000000000000000000000000000000000000000000065E5 '日'"
"%+.3e" 0.0 => "+0.000e+00"
"%+.3x" 1.0 => "+0x1.000p+00"
"%+07.2f" -1.0 => "-001.00"
"%+-07.2f|" 1.0 => "+1.00  |"
"% .3X" -1.0 => "-0X1.000P+00"
"%+.3g" 0.0 => "+0"
"% .3g" 1.0 => " 1"
"%#g" 1e-323 => "1.00000e-323"
"%#g" 123456.0 => "123456."
"%#g" 1230000.0 => "1.23000e+06"
"%#.0x" 1.0 => "0x1.p+00"
"%#.0g" 1100000.0 => "1.e+06"
"%#.4x" 123.0 => "0x1.ec00p+06"
"%#.4g" 0.012 => "0.01200"
"%#.4g" 0.0 => "0.000"
"%#9.4g|" 1.0 => "    1.000|"
"%#b" 1.0 => "4503599627370496p-52"
"%.4b" -1.0 => "-4503599627370496p-52"
"%.68f" -1.0 => "-1.00000000000000000000000000000000000000000000000000000000000000000000"
"% 20F|" (float64 "inf") => "                 Inf|"
"% 20x|" (float64 "-inf") => "                -Inf|"
"%+20X|" (float64 "-inf") => "                -Inf|"
"%+-20G|" (float64 "nan") => "+NaN                |"
"% -20g|" (float64 "nan") => " NaN                |"
"%+020x|" (float64 "inf") => "                +Inf|"
"%-020X|" (float64 "nan") => "NaN                 |"
"%e" 1234567.8 => "1.234568e+06"
"%f" -1e-9 => "-0.000000"
"%g" 1.23456789e20 => "1.23456789e+20"
"%20f|" 12345678901.234568 => "  12345678901.234568|"
"%v" 1.2345678 => "1.2345678"
"%012v" (bytes "") => "[]"
"%#012v" (bytes "") => "[]byte{}"
"%6v" (bytes "\x01\x0bo") => "[     1     11    111]"
"%06v" (bytes "\x01\x0bo") => "[000001 000011 000111]"
"%-06v|" (bytes "\x01\x0bo") => "[1      11     111   ]|"
"%#6v" (bytes "\x01\x0bo") => "[]byte{   0x1,    0xb,   0x6f}"
"%#06v" (bytes "\x01\x0bo") => "[]byte{0x000001, 0x00000b, 0x00006f}"
"%#-6v|" (bytes "\x01\x0bo") => "[]byte{0x1   , 0xb   , 0x6f  }|"
"% v" (bytes "\x01\x0bo") => "[ 1  11  111]"
"%# -6v|" (bytes "\x01\x0bo") => "[]byte{ 0x1  ,  0xb  ,  0x6f }|"
"% d" (bytes "\x01\x0bo") => "[ 1  11  111]"
"%+d" (bytes "\x01\x0bo") => "[+1 +11 +111]"
"%# -6d|" (bytes "\x01\x0bo") => "[ 1      11     111  ]|"
"%U" (bytes "ABC") => "[U+0041 U+0042 U+0043]"
"%b" (bytes "ABC") => "[1000001 1000010 1000011]"
"%#x" (list 1 2 15) => "[0x1 0x2 0xf]"
"% 02x" (bytes "\x01") => "01"
"% 02x" (bytes "\x01\x02\x03") => "01 02 03"
"%2x|" (bytes "") => "  |"
"% 02x|" (bytes "") => "00|"
"%-02x|" (bytes "") => "  |"
"%#08x" (bytes "\xab") => "00000xab"
"% 010x" (bytes "\xab\xcd") => "00000ab cd"
"%# 010x" (bytes "\xab\xcd") => "00xab 0xcd"
"%# -010X|" (bytes "\xab\xcd") => "0XAB 0XCD |"
"% 02x|" "" => "00|"
"%# 10x" "\u00ab" => " 0xc2 0xab"
"%0-5s|" "abc" => "abc  |"
"%-05.1f|" 1.0 => "1.0  |"
"%06v" (list 10.0 10) => "[000010 000010]"
"%06v" (list -10.0 10) => "[-00010 000010]"
"%03.6v" (list 1 2.0 "x") => "[000001 002 00x]"
"%03.0v" (list 0 2.0 "x") => "[    002 000]"
"%." 3 => "%!.(int=3)"
"%☠" nil => "%!☠(<nil>)"
"%☠" 0 => "%!☠(int=0)"
"%☠" (bytes "\x00\x01") => "[%!☠(uint8=0) %!☠(uint8=1)]"
"%☠" "hello" => "%!☠(string=hello)"
"%☠" 1.2345678 => "%!☠(float64=1.2345678)"
"%☠" (dict "a" 1) => "map[%!☠(string=a):%!☠(int=1)]"
"%]d" 2 1 => "%!](int=2)d%!(EXTRA int=1)"
"%[d" 2 1 => "%!d(BADINDEX)"
"%[99]d" 2 1 => "%!d(BADINDEX)"
"%[1].2d" 5 6 => "%!d(BADINDEX)"
"%3.[2]d" 7 => "%!d(BADINDEX)"
"%.[]" => "%!](BADINDEX)"
"%.-3d" 42 => "%!-(int=42)3d"
"%2147483648d" 42 => "%!(NOVERB)%!(EXTRA int=42)"
"%-2147483648d" 42 => "%!(NOVERB)%!(EXTRA int=42)"
"%.2147483648d" 42 => "%!(NOVERB)%!(EXTRA int=42)"
"%017091901790959340919092959340919017929593813360" 0 => "%!(NOVERB)%!(EXTRA int=0)"
"%010.2" "12345" => "%!(NOVERB)%!(EXTRA string=12345)"
"%s %.2" "hello" => "hello %!(NOVERB)"
"%[1]*[3]f" 10 99 12.0 => " 12.000000"
"%.[1]*[3]f" 6 99 12.0 => "12.000000"
"%[1]*.[3]f" 6 3 12.0 => "    12"
"%d %d %d %#[1]o %#o %#o %#o" 11 12 13 => "11 12 13 013 014 015 %!o(MISSING)"
"%[5]d %[2]d %d" 1 2 3 => "%!d(BADINDEX) 2 3"
"%d %[3]d %d" 1 2 => "1 %!d(BADINDEX) 2"
"%x" (dict "ab" "cd") => "map[6162:6364]"
"%X" (list "hi" (bytes "yo")) => "[6869 796F]"
"%v" (list (bytes "") (list)) => "[[] []]"
"%#v" (list (bytes "") (list) (dict)) => "[]interface {}{[]uint8{}, []interface {}{}, map[string]interface {}{}}"
"%#v" (splitList "," "") => "[]string{\"\"}"
"%s" (list 1.5 true nil) => "[%!s(float64=1.5) %!s(bool=true) <nil>]"
"%+q" (list "é" 233) => "[\"\\u00e9\" '\\u00e9']"
"%T" (bytes "") => "[]uint8"
"%#v" (float64 "1e300") => "1e+300"
"%#v" (float64 "-1e-300") => "-1e-300"
"%#v" 0.0 => "0"
"%#v" -0.0 => "-0"
"%#v" (float64 "inf") => "+Inf"
"%#v" (float64 "nan") => "NaN"
"%#v" (dict "a" 1.0 "b" 1e21) => "map[string]interface {}{\"a\":1, \"b\":1e+21}"
"%v" (dict "a" "" "b" (list "")) => "map[a: b:[]]"
""";

    private const string PrintTable = """
print 1 2 => "1 2"
print "a" 1 2 "b" => "a1 2b"
print 1 "a" 2 => "1a2"
print "a" "b" => "ab"
print nil nil => "<nil> <nil>"
print nil "a" nil => "<nil>a<nil>"
print 1.5 (list 1) (dict "a" 1) => "1.5 [1] map[a:1]"
print true false => "true false"
print (bytes "hi") (bytes "yo") => "[104 105] [121 111]"
print 1e6 2.5 => "1e+06 2.5"
print => ""
println => "\n"
println 1 "a" => "1 a\n"
println "a" "b" => "a b\n"
println nil 1.5 (list) => "<nil> 1.5 []\n"
print "" 1 => "1"
print (splitList "," "a,b") (splitList "," "c") => "[a b] [c]"
""";
}
