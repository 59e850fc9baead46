namespace Bosun.Core.Values;

/// <summary>strconv.Quote for encoding/json's error messages (quoteChar).</summary>
internal static class GoJsonQuote
{
    public static string Quote(string s) => GoStrconv.Quote(s);
}
