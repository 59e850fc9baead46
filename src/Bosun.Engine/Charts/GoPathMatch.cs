namespace Bosun.Engine.Charts;

/// <summary>
/// Go's <c>path/filepath.Match</c> on slash-separated paths (used by .helmignore and <c>--show-only</c>): <c>*</c>
/// and <c>?</c> never match <c>/</c>, <c>[^a-z]</c> classes, <c>\</c> escapes. Malformed patterns are reported, as
/// Go's <c>ErrBadPattern</c> ("syntax error in pattern"). Go's own algorithm (chunks after each star, the first
/// position where a chunk matches, the whole pattern checked for syntax) rather than a translation to a .NET regex,
/// whose construction cost ~1.5 ms of every cold start.
/// </summary>
public static class GoPathMatch
{
    /// <summary>Go's <c>filepath.ErrBadPattern</c> text.</summary>
    public const string BadPatternMessage = "syntax error in pattern";

    /// <summary>True when Go would accept <paramref name="pattern"/> (Match reports no ErrBadPattern for it).</summary>
    public static bool IsValid(string pattern) => IsValid(pattern.AsSpan());

    private static bool IsValid(ReadOnlySpan<char> rest)
    {
        while (rest.Length > 0)
        {
            ScanChunk(ref rest, out _, out var chunk);
            if (MatchChunk(chunk, [], out _) == ChunkResult.BadPattern)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>filepath.Match(pattern, name); a malformed pattern matches nothing.</summary>
    public static bool IsMatch(string pattern, string name) => Match(pattern, name, out bool bad) && !bad;

    /// <summary>filepath.Match: whether <paramref name="name"/> matches, and whether the pattern is malformed.</summary>
    public static bool Match(string pattern, string name, out bool badPattern)
    {
        badPattern = false;
        ReadOnlySpan<char> rest = pattern;
        ReadOnlySpan<char> subject = name;
        while (rest.Length > 0)
        {
            ScanChunk(ref rest, out bool star, out var chunk);
            if (star && chunk.Length == 0)
            {
                // A trailing star matches the rest of the name unless it holds a separator.
                return !subject.Contains('/');
            }

            // The chunk at the current position; the last chunk must consume the whole name.
            var result = MatchChunk(chunk, subject, out var after);
            if (result == ChunkResult.Match && (after.Length == 0 || rest.Length > 0))
            {
                subject = after;
                continue;
            }

            if (result == ChunkResult.BadPattern)
            {
                badPattern = true;
                return false;
            }

            if (star && TrySkip(chunk, ref subject, rest.Length == 0, out badPattern))
            {
                continue;
            }

            if (badPattern)
            {
                return false;
            }

            // No match: the rest of the pattern must still be well-formed.
            badPattern = !IsValid(rest);
            return false;
        }

        return subject.Length == 0;
    }

    /// <summary>A star before <paramref name="chunk"/>: the chunk after skipping 1, 2, … characters (never a '/').</summary>
    private static bool TrySkip(scoped ReadOnlySpan<char> chunk, ref ReadOnlySpan<char> subject, bool last, out bool badPattern)
    {
        badPattern = false;
        for (int i = 0; i < subject.Length && subject[i] != '/'; i++)
        {
            var result = MatchChunk(chunk, subject[(i + 1)..], out var after);
            if (result == ChunkResult.Match)
            {
                if (last && after.Length > 0)
                {
                    continue;
                }

                subject = after;
                return true;
            }

            if (result == ChunkResult.BadPattern)
            {
                badPattern = true;
                return false;
            }
        }

        return false;
    }

    /// <summary>Go's scanChunk: leading stars, then the chunk up to the next unbracketed star.</summary>
    private static void ScanChunk(ref ReadOnlySpan<char> pattern, out bool star, out ReadOnlySpan<char> chunk)
    {
        star = false;
        while (pattern.Length > 0 && pattern[0] == '*')
        {
            pattern = pattern[1..];
            star = true;
        }

        bool inRange = false;
        int i = 0;
        for (; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 < pattern.Length)
                {
                    i++;
                }
            }
            else if (c == '[')
            {
                inRange = true;
            }
            else if (c == ']')
            {
                inRange = false;
            }
            else if (c == '*' && !inRange)
            {
                break;
            }
        }

        chunk = pattern[..i];
        pattern = pattern[i..];
    }

    private enum ChunkResult
    {
        NoMatch,
        Match,
        BadPattern,
    }

    /// <summary>
    /// Go's matchChunk: matches <paramref name="chunk"/> at the start of <paramref name="s"/>. After a mismatch the
    /// rest of the chunk is still checked for syntax, so a malformed chunk is reported whatever the name.
    /// </summary>
    private static ChunkResult MatchChunk(scoped ReadOnlySpan<char> chunk, ReadOnlySpan<char> s, out ReadOnlySpan<char> rest)
    {
        bool failed = false;
        while (chunk.Length > 0)
        {
            if (!failed && s.Length == 0)
            {
                failed = true;
            }

            switch (chunk[0])
            {
                case '[':
                {
                    char r = failed ? '\0' : s[0];
                    if (!failed)
                    {
                        s = s[1..];
                    }

                    chunk = chunk[1..];
                    bool negated = chunk.Length > 0 && chunk[0] == '^';
                    if (negated)
                    {
                        chunk = chunk[1..];
                    }

                    bool matched = false;
                    int ranges = 0;
                    while (true)
                    {
                        if (chunk.Length > 0 && chunk[0] == ']' && ranges > 0)
                        {
                            chunk = chunk[1..];
                            break;
                        }

                        if (!TryGetEscaped(ref chunk, out char lo))
                        {
                            rest = default;
                            return ChunkResult.BadPattern;
                        }

                        char hi = lo;
                        if (chunk.Length > 0 && chunk[0] == '-')
                        {
                            chunk = chunk[1..];
                            if (!TryGetEscaped(ref chunk, out hi))
                            {
                                rest = default;
                                return ChunkResult.BadPattern;
                            }
                        }

                        if (lo <= r && r <= hi)
                        {
                            matched = true;
                        }

                        ranges++;
                    }

                    if (matched == negated)
                    {
                        failed = true;
                    }

                    break;
                }

                case '?':
                    if (!failed)
                    {
                        if (s[0] == '/')
                        {
                            failed = true;
                        }

                        s = s[1..];
                    }

                    chunk = chunk[1..];
                    break;
                case '\\':
                    chunk = chunk[1..];
                    if (chunk.Length == 0)
                    {
                        rest = default;
                        return ChunkResult.BadPattern;
                    }

                    goto default;
                default:
                    if (!failed)
                    {
                        if (chunk[0] != s[0])
                        {
                            failed = true;
                        }

                        s = s[1..];
                    }

                    chunk = chunk[1..];
                    break;
            }
        }

        rest = failed ? default : s;
        return failed ? ChunkResult.NoMatch : ChunkResult.Match;
    }

    /// <summary>Go's getEsc: one class character, escaped or not; '-' and ']' (and the end) are malformed here.</summary>
    private static bool TryGetEscaped(ref ReadOnlySpan<char> chunk, out char c)
    {
        c = '\0';
        if (chunk.Length == 0 || chunk[0] == '-' || chunk[0] == ']')
        {
            return false;
        }

        if (chunk[0] == '\\')
        {
            chunk = chunk[1..];
            if (chunk.Length == 0)
            {
                return false;
            }
        }

        c = chunk[0];
        chunk = chunk[1..];
        return chunk.Length > 0; // a class must still be closed
    }
}
