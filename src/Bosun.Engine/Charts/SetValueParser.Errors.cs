namespace Bosun.Engine.Charts;

/// <summary>The Go error values the strvals parser passes around.</summary>
public sealed partial class SetValueParser
{
    /// <summary>
    /// A Go error: <see cref="Eof"/> is io.EOF (the parser's normal end), <see cref="NotList"/> strvals.ErrNotList;
    /// <see cref="Wrap"/> is fmt.Errorf("...%w"), whose chain still holds io.EOF for errors.Is.
    /// </summary>
    internal sealed class ParseError
    {
        public static readonly ParseError Eof = new("EOF", eofInChain: true);

        public static readonly ParseError NotList = new("not a list");

        private readonly bool _eofInChain;

        public ParseError(string message)
            : this(message, eofInChain: false)
        {
        }

        private ParseError(string message, bool eofInChain)
        {
            Message = message;
            _eofInChain = eofInChain;
        }

        public string Message { get; }

        public ParseError Wrap(string prefix) => new(prefix + Message, _eofInChain);

        /// <summary>
        /// Whether parse() treats the error as the end of input: helm 4 tests errors.Is(err, io.EOF) (so a
        /// wrapped EOF such as an unterminated index ends silently), helm 3 tests err == io.EOF.
        /// </summary>
        public bool EndsInput(int helmMajor) => helmMajor >= 4 ? _eofInChain : ReferenceEquals(this, Eof);
    }

    /// <summary>A failed Go type assertion (a runtime panic the parser's key() recovers).</summary>
    internal sealed class AssertionPanic(string message) : Exception(message);
}
