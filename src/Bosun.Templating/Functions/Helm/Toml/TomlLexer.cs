using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>
/// BurntSushi/toml's lexer (lex.go) over UTF-8 bytes: the same state functions, look-back of four runes,
/// items and error texts. <see cref="TomlNext"/> selects v1.6 (TOML 1.1: newlines and trailing commas in
/// inline tables, <c>\e</c> and <c>\x</c> escapes) over v1.4.
/// </summary>
internal sealed partial class TomlLexer
{
    private const int Eof = 0;

    private readonly byte[] _input;
    private readonly Queue<TomlItem> _items = new();
    private readonly List<TomlLexState> _stack = new();
    private readonly int[] _prevWidths = new int[4];
    private int _nprev;
    private bool _atEof;
    private TomlLexState? _state = LexTop;

    public TomlLexer(byte[] input, bool tomlNext)
    {
        _input = input;
        TomlNext = tomlNext;
    }

    public bool TomlNext { get; }

    public int Start { get; private set; }

    public int Pos { get; private set; }

    public int Line { get; private set; } = 1;

    public byte[] Input => _input;

    private bool _esc;

    public TomlItem NextItem()
    {
        while (true)
        {
            if (_items.TryDequeue(out var item))
            {
                return item;
            }

            if (_state is null)
            {
                // The parser never asks past an error or EOF; keep it total anyway.
                return new TomlItem(TomlItemType.Eof, string.Empty, GetPos());
            }

            _state = _state(this);
        }
    }

    private void Push(TomlLexState state) => _stack.Add(state);

    private TomlLexState? Pop()
    {
        if (_stack.Count == 0)
        {
            return Errorf("BUG in lexer: no states to pop");
        }

        var last = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return last;
    }

    private string Current() => Encoding.UTF8.GetString(_input, Start, Pos - Start);

    private TomlPosition GetPos()
    {
        int len = Pos - Start;
        return new TomlPosition(Line, Start, len <= 0 ? 1 : len);
    }

    private void Emit(TomlItemType type)
    {
        if (Start > Pos)
        {
            Error($"invalid UTF-8 byte: 0x{_input[Pos]:x2}");
            return;
        }

        _items.Enqueue(new TomlItem(type, Current(), GetPos()));
        Start = Pos;
    }

    private void EmitTrim(TomlItemType type)
    {
        _items.Enqueue(new TomlItem(type, Current().Trim(' ', '\t', '\n', '\r', '\v', '\f'), GetPos()));
        Start = Pos;
    }

    private int Next()
    {
        if (_atEof)
        {
            throw new InvalidOperationException("BUG in lexer: next called after EOF");
        }

        if (Pos >= _input.Length)
        {
            _atEof = true;
            return Eof;
        }

        if (_input[Pos] == '\n')
        {
            Line++;
        }

        _prevWidths[3] = _prevWidths[2];
        _prevWidths[2] = _prevWidths[1];
        _prevWidths[1] = _prevWidths[0];
        if (_nprev < 4)
        {
            _nprev++;
        }

        int r = GoStrconv.DecodeRuneUtf8(_input.AsSpan(Pos), out int w);
        if (r == 0xFFFD && w == 1)
        {
            Error($"invalid UTF-8 byte: 0x{_input[Pos]:x2}");
            return 0xFFFD;
        }

        if (IsControl(r) || (r == '\r' && (_input.Length - 1 == Pos || _input[Pos + 1] != '\n')))
        {
            ErrorPos(Pos - 1, 1, $"TOML files cannot contain control characters: '0x{r:x2}'");
            return 0xFFFD;
        }

        _prevWidths[0] = w;
        Pos += w;
        return r;
    }

    private void Ignore() => Start = Pos;

    private void Backup()
    {
        if (_atEof)
        {
            _atEof = false;
            return;
        }

        if (_nprev < 1)
        {
            throw new InvalidOperationException("BUG in lexer: backed up too far");
        }

        int w = _prevWidths[0];
        _prevWidths[0] = _prevWidths[1];
        _prevWidths[1] = _prevWidths[2];
        _prevWidths[2] = _prevWidths[3];
        _nprev--;
        Pos -= w;
        if (Pos < _input.Length && _input[Pos] == '\n')
        {
            Line--;
        }
    }

    private bool Accept(int valid)
    {
        if (Next() == valid)
        {
            return true;
        }

        Backup();
        return false;
    }

    private int Peek()
    {
        int r = Next();
        Backup();
        return r;
    }

    private void Skip(Func<int, bool> predicate)
    {
        while (true)
        {
            int r = Next();
            if (predicate(r))
            {
                continue;
            }

            Backup();
            Ignore();
            return;
        }
    }

    private TomlLexState? Error(string message)
    {
        if (_atEof)
        {
            return ErrorPrevLine(message);
        }

        _items.Enqueue(new TomlItem(TomlItemType.Error, string.Empty, GetPos(), message));
        return null;
    }

    private TomlLexState? ErrorPrevLine(string message)
    {
        var pos = GetPos();
        _items.Enqueue(new TomlItem(TomlItemType.Error, string.Empty, new TomlPosition(pos.Line - 1, Pos - 1, 1), message));
        return null;
    }

    private TomlLexState? ErrorPos(int start, int length, string message)
    {
        var pos = GetPos();
        _items.Enqueue(new TomlItem(TomlItemType.Error, string.Empty, new TomlPosition(pos.Line, start, length), message));
        return null;
    }

    private TomlLexState? Errorf(string message)
    {
        if (_atEof)
        {
            var pos = GetPos();
            int line = pos.Line;
            if (!TomlNext || (Pos >= 1 && _input[Pos - 1] == '\n'))
            {
                line--;
            }

            _items.Enqueue(new TomlItem(TomlItemType.Error, string.Empty, new TomlPosition(line, Pos - 1, 1), message));
            return null;
        }

        _items.Enqueue(new TomlItem(TomlItemType.Error, string.Empty, GetPos(), message));
        return null;
    }

    private static bool IsWhitespace(int r) => r is '\t' or ' ';

    private static bool IsNl(int r) => r is '\n' or '\r';

    private static bool IsControl(int r) => r is not ('\t' or '\r' or '\n') && ((r >= 0x00 && r <= 0x1f) || r == 0x7f);

    private static bool IsDigit(int r) => r >= '0' && r <= '9';

    private static bool IsBinary(int r) => r is '0' or '1';

    private static bool IsOctal(int r) => r >= '0' && r <= '7';

    private static bool IsHex(int r) => (r >= '0' && r <= '9') || ((r | 0x20) >= 'a' && (r | 0x20) <= 'f');

    private static bool IsBareKeyChar(int r) =>
        (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '_' || r == '-';

    private static bool IsLetter(int r) => r >= 0 && Rune.IsValid(r) && Rune.IsLetter(new Rune(r));

    /// <summary>Go's %q of a rune.</summary>
    private static string Q(int r) => GoStrconv.QuoteRune(r);

    /// <summary>Go's %q of a string.</summary>
    private static string Q(string s) => GoStrconv.Quote(s);

    private static string RuneOrEof(int r) => r == Eof ? "end of file" : "'" + char.ConvertFromUtf32(r) + "'";
}
