using System.Text.RegularExpressions;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>releaseutil.SplitManifests</c>: the rendered text of one template split on
/// <c>(?:^|\s*\n)---\s*</c> with Go's regexp.Split semantics, empty pieces dropped, each piece trimmed.
/// </summary>
public static partial class ManifestSplitter
{
    /// <summary>The documents of a rendered template, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        string trimmed = text.Trim();
        var documents = new List<string>();
        int begin = 0;
        foreach (Match match in Separator().Matches(trimmed))
        {
            int end = match.Index;
            if (match.Index + match.Length != 0)
            {
                AddDocument(documents, trimmed[begin..end]);
            }

            begin = match.Index + match.Length;
        }

        AddDocument(documents, trimmed[begin..]);
        return documents;
    }

    private static void AddDocument(List<string> documents, string piece)
    {
        if (piece.Length != 0)
        {
            documents.Add(piece.Trim());
        }
    }

    /// <summary>RE2's <c>\s</c> is <c>[\t\n\f\r ]</c>; .NET's would also match Unicode spaces.</summary>
    [GeneratedRegex("(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
