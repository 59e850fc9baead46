namespace Bosun.Templating.Functions.Sprig;

/// <summary>A Go time.ParseError or duration parse error; the message is Go's text.</summary>
internal sealed class SprigDateParseException : Exception
{
    public SprigDateParseException(string message)
        : base(message)
    {
    }
}
