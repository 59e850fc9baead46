namespace Bosun.Core.Text.Re2;

/// <summary>
/// Go's regexp/syntax parser (Perl flags, as regexp.Compile uses it), reproducing its error checks in
/// the same order and with the same offending text. Produces <see cref="Re2Node"/> trees with case
/// folding, dot and anchor semantics already resolved.
/// </summary>
internal sealed partial class Re2Parser
{
    private const int MaxRepeat = 1000;
    private const int MaxHeight = 1000;
    private const long MaxSize = (128L << 20) / 40;

    private readonly string _whole;
    private readonly List<Re2Node> _stack = [];
    private Re2Flags _flags = Re2Flags.Perl;
    private int _numCap;
    private readonly List<string> _capNames = [string.Empty];

    private Re2Parser(string expression)
    {
        _whole = expression;
    }

    /// <summary>Capture names by index (index 0 is the whole match, always "").</summary>
    public IReadOnlyList<string> CaptureNames => _capNames;

    public int CaptureCount => _numCap;

    /// <summary>Parses a Go regular expression; throws <see cref="Re2SyntaxException"/> with Go's message.</summary>
    public static (Re2Node Root, Re2Parser Parser) Parse(string expression)
    {
        var parser = new Re2Parser(expression);
        var root = parser.Run();
        if (Height(root) > MaxHeight)
        {
            throw new Re2SyntaxException(Re2ErrorCode.NestingDepth, expression);
        }

        if (Size(root) > MaxSize)
        {
            throw new Re2SyntaxException(Re2ErrorCode.Large, expression);
        }

        return (root, parser);
    }

    private Re2Node Run()
    {
        string s = _whole;
        int t = 0;
        int lastRepeat = -1;
        while (t < s.Length)
        {
            int repeat = -1;
            switch (s[t])
            {
                case '(':
                    if (t + 1 < s.Length && s[t + 1] == '?')
                    {
                        t = ParsePerlFlags(t);
                        break;
                    }

                    _numCap++;
                    _capNames.Add(string.Empty);
                    Push(new Re2Node(Re2NodeKind.LeftParen) { Cap = _numCap, Flags = _flags });
                    t++;
                    break;
                case '|':
                    Concat();
                    Push(new Re2Node(Re2NodeKind.VerticalBar));
                    t++;
                    break;
                case ')':
                    ParseRightParen();
                    t++;
                    break;
                case '^':
                    Push(new Re2Node((_flags & Re2Flags.OneLine) != 0 ? Re2NodeKind.BeginText : Re2NodeKind.BeginLine));
                    t++;
                    break;
                case '$':
                    Push(new Re2Node((_flags & Re2Flags.OneLine) != 0 ? Re2NodeKind.EndText : Re2NodeKind.EndLine));
                    t++;
                    break;
                case '.':
                    Push(Class((_flags & Re2Flags.DotNL) != 0 ? [0, Re2RuneClass.MaxRune] : [0, '\n' - 1, '\n' + 1, Re2RuneClass.MaxRune]));
                    t++;
                    break;
                case '[':
                    t = ParseClass(t);
                    break;
                case '*' or '+' or '?':
                {
                    var kind = s[t] switch { '*' => Re2NodeKind.Star, '+' => Re2NodeKind.Plus, _ => Re2NodeKind.Quest };
                    int before = t;
                    t = Repeat(kind, 0, 0, before, t + 1, lastRepeat);
                    repeat = before;
                    break;
                }

                case '{':
                {
                    int before = t;
                    if (!TryParseRepeat(t, out int min, out int max, out int after))
                    {
                        Literal('{');
                        t++;
                        break;
                    }

                    if (min < 0 || min > MaxRepeat || max > MaxRepeat || (max >= 0 && min > max))
                    {
                        throw new Re2SyntaxException(Re2ErrorCode.InvalidRepeatSize, s[before..after]);
                    }

                    t = Repeat(Re2NodeKind.Repeat, min, max, before, after, lastRepeat);
                    repeat = before;
                    break;
                }

                case '\\':
                    t = ParseBackslash(t);
                    break;
                default:
                {
                    int c = NextRune(s, ref t);
                    Literal(c);
                    break;
                }
            }

            lastRepeat = repeat;
        }

        Concat();
        Alternate();
        if (_stack.Count != 1)
        {
            throw new Re2SyntaxException(Re2ErrorCode.MissingParen, _whole);
        }

        return _stack[0];
    }

    private void Push(Re2Node node) => _stack.Add(node);

    private Re2Node Class(int[] ranges) => new(Re2NodeKind.CharClass) { Ranges = ranges };

    private void Literal(int c)
    {
        if ((_flags & Re2Flags.FoldCase) != 0 && Re2Unicode.FoldOrbit(c) is not null)
        {
            var r = new List<int>();
            Re2RuneClass.AppendFoldedRange(r, c, c);
            Push(Class(Re2RuneClass.Clean(r)));
            return;
        }

        Push(new Re2Node(Re2NodeKind.Literal) { Rune = c });
    }

    private int Repeat(Re2NodeKind kind, int min, int max, int before, int after, int lastRepeat)
    {
        var flags = _flags;
        if (after < _whole.Length && _whole[after] == '?')
        {
            after++;
            flags ^= Re2Flags.NonGreedy;
        }

        if (lastRepeat >= 0)
        {
            throw new Re2SyntaxException(Re2ErrorCode.InvalidRepeatOp, _whole[lastRepeat..after]);
        }

        if (_stack.Count == 0 || _stack[^1].IsMarker)
        {
            throw new Re2SyntaxException(Re2ErrorCode.MissingRepeatArgument, _whole[before..after]);
        }

        var node = new Re2Node(kind)
        {
            Min = min,
            Max = max,
            Greedy = (flags & Re2Flags.NonGreedy) == 0,
            Subs = [_stack[^1]],
        };
        _stack[^1] = node;
        if (kind == Re2NodeKind.Repeat && (min >= 2 || max >= 2) && !RepeatIsValid(node, MaxRepeat))
        {
            throw new Re2SyntaxException(Re2ErrorCode.InvalidRepeatSize, _whole[before..after]);
        }

        return after;
    }

    private static bool RepeatIsValid(Re2Node node, int n)
    {
        if (node.Kind == Re2NodeKind.Repeat)
        {
            int m = node.Max;
            if (m == 0)
            {
                return true;
            }

            if (m < 0)
            {
                m = node.Min;
            }

            if (m > n)
            {
                return false;
            }

            if (m > 0)
            {
                n /= m;
            }
        }

        foreach (var sub in node.Subs)
        {
            if (!RepeatIsValid(sub, n))
            {
                return false;
            }
        }

        return true;
    }

    // Replaces the nodes above the topmost marker with their concatenation.
    private void Concat()
    {
        int i = _stack.Count;
        while (i > 0 && !_stack[i - 1].IsMarker)
        {
            i--;
        }

        var subs = _stack.GetRange(i, _stack.Count - i);
        _stack.RemoveRange(i, _stack.Count - i);
        Push(subs.Count switch
        {
            0 => new Re2Node(Re2NodeKind.EmptyMatch),
            1 => subs[0],
            _ => new Re2Node(Re2NodeKind.Concat) { Subs = subs },
        });
    }

    // Replaces the alternatives above the topmost '(' (separated by '|' markers) with their alternation.
    private void Alternate()
    {
        var alternatives = new List<Re2Node>();
        while (_stack.Count > 0 && _stack[^1].Kind != Re2NodeKind.LeftParen)
        {
            var top = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            if (top.Kind != Re2NodeKind.VerticalBar)
            {
                alternatives.Add(top);
            }
        }

        alternatives.Reverse();
        Push(alternatives.Count switch
        {
            0 => new Re2Node(Re2NodeKind.NoMatch),
            1 => alternatives[0],
            _ => new Re2Node(Re2NodeKind.Alternate) { Subs = alternatives },
        });
    }

    private void ParseRightParen()
    {
        Concat();
        Alternate();
        int n = _stack.Count;
        if (n < 2)
        {
            throw new Re2SyntaxException(Re2ErrorCode.UnexpectedParen, _whole);
        }

        var inner = _stack[n - 1];
        var open = _stack[n - 2];
        _stack.RemoveRange(n - 2, 2);
        if (open.Kind != Re2NodeKind.LeftParen)
        {
            throw new Re2SyntaxException(Re2ErrorCode.UnexpectedParen, _whole);
        }

        _flags = open.Flags;
        Push(open.Cap == 0 ? inner : new Re2Node(Re2NodeKind.Capture) { Cap = open.Cap, Name = open.Name, Subs = [inner] });
    }

    // parseRepeat: {min}, {min,}, {min,max}; min = -1 when a number is too big.
    private bool TryParseRepeat(int t, out int min, out int max, out int after)
    {
        string s = _whole;
        min = 0;
        max = 0;
        after = t;
        t++;
        if (!TryParseInt(ref t, out min))
        {
            return false;
        }

        if (t >= s.Length)
        {
            return false;
        }

        if (s[t] != ',')
        {
            max = min;
        }
        else
        {
            t++;
            if (t >= s.Length)
            {
                return false;
            }

            if (s[t] == '}')
            {
                max = -1;
            }
            else if (!TryParseInt(ref t, out max))
            {
                return false;
            }
            else if (max < 0)
            {
                min = -1;
            }
        }

        if (t >= s.Length || s[t] != '}')
        {
            return false;
        }

        after = t + 1;
        return true;
    }

    private bool TryParseInt(ref int t, out int n)
    {
        string s = _whole;
        n = 0;
        if (t >= s.Length || !char.IsAsciiDigit(s[t]))
        {
            return false;
        }

        if (t + 1 < s.Length && s[t] == '0' && char.IsAsciiDigit(s[t + 1]))
        {
            return false;
        }

        while (t < s.Length && char.IsAsciiDigit(s[t]))
        {
            if (n >= 100_000_000)
            {
                n = -1;
            }
            else if (n >= 0)
            {
                n = n * 10 + (s[t] - '0');
            }

            t++;
        }

        return true;
    }

    /// <summary>Decodes the rune at t (a lone surrogate decodes as U+FFFD); at the end, U+FFFD without advancing.</summary>
    internal static int NextRune(string s, ref int t)
    {
        if (t >= s.Length)
        {
            return 0xFFFD;
        }

        char c = s[t];
        if (char.IsHighSurrogate(c) && t + 1 < s.Length && char.IsLowSurrogate(s[t + 1]))
        {
            int r = char.ConvertToUtf32(c, s[t + 1]);
            t += 2;
            return r;
        }

        t++;
        return char.IsSurrogate(c) ? 0xFFFD : c;
    }

    private static int Height(Re2Node node)
    {
        int h = 1;
        foreach (var sub in node.Subs)
        {
            h = Math.Max(h, 1 + Height(sub));
        }

        return h;
    }

    // Go's calcSize: the compiled program size estimate.
    private static long Size(Re2Node node)
    {
        long size = node.Kind switch
        {
            Re2NodeKind.Literal => 1,
            Re2NodeKind.Capture or Re2NodeKind.Star => 2 + Size(node.Subs[0]),
            Re2NodeKind.Plus or Re2NodeKind.Quest => 1 + Size(node.Subs[0]),
            Re2NodeKind.Concat => node.Subs.Sum(Size),
            Re2NodeKind.Alternate => node.Subs.Sum(Size) + node.Subs.Count - 1,
            Re2NodeKind.Repeat => RepeatSize(node),
            _ => 1,
        };
        return Math.Max(1, size);
    }

    private static long RepeatSize(Re2Node node)
    {
        long sub = Size(node.Subs[0]);
        if (node.Max == -1)
        {
            return node.Min == 0 ? 2 + sub : 1 + node.Min * sub;
        }

        return node.Max * sub + (node.Max - node.Min);
    }
}
