namespace Bosun.Core.Text.Re2;

/// <summary>
/// A match attempt ran past <see cref="Re2Regex.DefaultMatchTimeout"/>. Go's linear-time engine never
/// times out; this guards against catastrophic backtracking in the .NET engine that executes the translation.
/// </summary>
public sealed class Re2MatchTimeoutException : Exception
{
    public Re2MatchTimeoutException(string expression, Exception inner)
        : base("regexp: match of `" + expression + "` timed out", inner)
    {
    }
}
