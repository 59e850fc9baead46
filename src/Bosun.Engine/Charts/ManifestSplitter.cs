namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>releaseutil.SplitManifests</c>: the rendered text of one template split on
/// <c>(?:^|\s*\n)---\s*</c> with Go's regexp.Split semantics, empty pieces dropped, each piece trimmed.
/// </summary>
/// <remarks>
/// A hand-written matcher of that expression (RE2's <c>\s</c> is <c>[\t\n\f\r ]</c>): a match starts where a
/// run of such whitespace ending in a newline is followed by <c>---</c> (the leftmost start is the run's first
/// character after the previous match), or at offset 0 when the text starts with <c>---</c>; it ends after the
/// whitespace following the dashes.
/// </remarks>
public static class ManifestSplitter
{
    /// <summary>The documents of a rendered template, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        string trimmed = text.Trim();
        var documents = new List<string>();
        var span = trimmed.AsSpan();
        int begin = 0;
        int search = 0;
        if (span.StartsWith("---", StringComparison.Ordinal))
        {
            begin = SkipSpace(span, 3);
            search = begin;
        }

        while (true)
        {
            int found = span[search..].IndexOf("\n---", StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            int newline = search + found;
            int start = newline;
            while (start > search && IsSpace(span[start - 1]))
            {
                start--;
            }

            AddDocument(documents, trimmed, begin, start);
            begin = SkipSpace(span, newline + 4);
            search = begin;
        }

        AddDocument(documents, trimmed, begin, trimmed.Length);
        return documents;
    }

    private static bool IsSpace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';

    private static int SkipSpace(ReadOnlySpan<char> span, int i)
    {
        while (i < span.Length && IsSpace(span[i]))
        {
            i++;
        }

        return i;
    }

    private static void AddDocument(List<string> documents, string text, int begin, int end)
    {
        if (end > begin)
        {
            documents.Add(text[begin..end].Trim());
        }
    }
}
