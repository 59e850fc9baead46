using System.Text;

namespace Bosun.Core.Values;

public static partial class GoFormat
{
    /// <summary>Go's pp + fmt: the output buffer, the current directive's flags and the operand being printed.</summary>
    private sealed partial class Printer
    {
        private const string NilAngle = "<nil>";
        private const string LowerDigits = "0123456789abcdefx";
        private const string UpperDigits = "0123456789ABCDEFX";

        [ThreadStatic]
        private static Printer? s_cached;

        private readonly StringBuilder _buf = new(128);
        private readonly StringBuilder _scratch = new(32);

        private bool _widPresent;
        private bool _precPresent;
        private bool _minus;
        private bool _plus;
        private bool _sharp;
        private bool _space;
        private bool _zero;
        private bool _plusV;
        private bool _sharpV;
        private int _wid;
        private int _prec;

        // The operand a mistake (%!verb(type=value)) reports.
        private object? _arg;
        private bool _erroring;
        private bool _panicking;
        private bool _reordered;
        private bool _goodArgNum;

        public static Printer Rent()
        {
            var p = s_cached;
            if (p is null)
            {
                return new Printer();
            }

            s_cached = null;
            p._buf.Clear();
            p._erroring = false;
            p._panicking = false;
            p.ClearFlags();
            return p;
        }

        public string ToStringAndReturn()
        {
            var s = _buf.ToString();
            Return();
            return s;
        }

        public void CopyToAndReturn(StringBuilder output)
        {
            foreach (var chunk in _buf.GetChunks())
            {
                output.Append(chunk.Span);
            }

            Return();
        }

        private void Return()
        {
            _arg = null;
            if (_buf.Capacity <= 64 * 1024 && _scratch.Capacity <= 64 * 1024)
            {
                s_cached = this;
            }
        }

        private void ClearFlags()
        {
            _widPresent = false;
            _precPresent = false;
            _minus = false;
            _plus = false;
            _sharp = false;
            _space = false;
            _zero = false;
            _plusV = false;
            _sharpV = false;
            _wid = 0;
            _prec = 0;
        }

        public void DoPrint(ReadOnlySpan<object?> args)
        {
            bool prevString = false;
            for (int i = 0; i < args.Length; i++)
            {
                var arg = args[i];
                bool isString = arg is string;
                if (i > 0 && !isString && !prevString)
                {
                    _buf.Append(' ');
                }

                PrintArg(arg, 'v');
                prevString = isString;
            }
        }

        public void DoPrintln(ReadOnlySpan<object?> args)
        {
            for (int i = 0; i < args.Length; i++)
            {
                if (i > 0)
                {
                    _buf.Append(' ');
                }

                PrintArg(args[i], 'v');
            }

            _buf.Append('\n');
        }

        // n padding chars: zeros only to the left (Go 1.23+), spaces otherwise.
        private void WritePadding(int n)
        {
            if (n <= 0)
            {
                return;
            }

            _buf.Append(_zero && !_minus ? '0' : ' ', n);
        }

        // Go's pad/padString: width counts runes.
        private void Pad(ReadOnlySpan<char> s)
        {
            if (!_widPresent || _wid == 0)
            {
                _buf.Append(s);
                return;
            }

            int width = _wid - GoStrconv.RuneCount(s);
            if (!_minus)
            {
                WritePadding(width);
                _buf.Append(s);
            }
            else
            {
                _buf.Append(s);
                WritePadding(width);
            }
        }

        private void PadScratch()
        {
            if (!_widPresent || _wid == 0)
            {
                AppendScratch();
                return;
            }

            int width = _wid - ScratchRuneCount();
            if (!_minus)
            {
                WritePadding(width);
                AppendScratch();
            }
            else
            {
                AppendScratch();
                WritePadding(width);
            }
        }

        private void AppendScratch()
        {
            foreach (var chunk in _scratch.GetChunks())
            {
                _buf.Append(chunk.Span);
            }
        }

        private int ScratchRuneCount()
        {
            int n = 0;
            foreach (var chunk in _scratch.GetChunks())
            {
                n += GoStrconv.RuneCount(chunk.Span);
            }

            return n;
        }

        private void AppendRune(int r) => GoStrconv.AppendRune(_buf, r);
    }
}
