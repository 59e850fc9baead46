using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class ManifestSplitterTests
{
    [Fact]
    public void Split_SeparatedDocuments_AreTrimmed()
    {
        var docs = ManifestSplitter.Split("\n\na: 1\n---\nb: 2  \n\n---\n  c: 3\n");

        Assert.Equal(["a: 1", "b: 2", "c: 3"], docs);
    }

    [Fact]
    public void Split_LeadingSeparator_DropsEmptyFirstPiece()
    {
        Assert.Equal(["a: 1"], ManifestSplitter.Split("---\na: 1\n"));
    }

    [Fact]
    public void Split_TrailingSeparator_DropsEmptyLastPiece()
    {
        Assert.Equal(["a: 1", "b: 2"], ManifestSplitter.Split("a: 1\n---\nb: 2\n---\n"));
    }

    [Fact]
    public void Split_AdjacentSeparators_SecondStaysInDocumentLikeHelm()
    {
        // The first match consumes "\n---\n", so the next "---" is not preceded by a newline.
        Assert.Equal(["a: 1", "---\nb: 2"], ManifestSplitter.Split("a: 1\n---\n---\nb: 2"));
    }

    [Fact]
    public void Split_SeparatorNotAtLineStart_IsContent()
    {
        Assert.Equal(["a: x---y"], ManifestSplitter.Split("a: x---y"));
    }

    [Fact]
    public void Split_SeparatorWithTrailingText_SplitsLikeHelmsRegex()
    {
        // helm's regexp consumes "---" and the following blanks only, so "--- # c" leaves "# c".
        Assert.Equal(["a: 1", "# c\nb: 2"], ManifestSplitter.Split("a: 1\n--- # c\nb: 2"));
    }

    [Fact]
    public void Split_BlankRunConsumedByOneSeparator_LeavesNextSeparatorInDocument()
    {
        // Go's Split finds non-overlapping matches: the first match eats "\n   \n", so the second
        // "---" is no longer preceded by a newline and stays in the text, as with helm.
        Assert.Equal(["a", "---\nb"], ManifestSplitter.Split("a\n---\n   \n---\nb"));
    }

    [Fact]
    public void Split_CommentOnlyDocument_IsKept()
    {
        Assert.Equal(["# only a comment"], ManifestSplitter.Split("# only a comment\n"));
    }

    [Fact]
    public void Split_Empty_GivesNothing()
    {
        Assert.Empty(ManifestSplitter.Split("  \n\t\n"));
    }

    [Fact]
    public void Split_RandomTexts_MatchGoRegexpSplitSemantics()
    {
        // Reference: helm's expression with Go's regexp.Split (RE2 \s is [\t\n\f\r ]).
        var separator = new System.Text.RegularExpressions.Regex("(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*");
        const string alphabet = "-\n \t\r\fa";
        var random = new Random(7);
        for (int n = 0; n < 20000; n++)
        {
            var chars = new char[random.Next(0, 24)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            string trimmed = text.Trim();
            var expected = new List<string>();
            int begin = 0;
            foreach (System.Text.RegularExpressions.Match match in separator.Matches(trimmed))
            {
                if (match.Index > begin)
                {
                    expected.Add(trimmed[begin..match.Index].Trim());
                }

                begin = match.Index + match.Length;
            }

            if (trimmed.Length > begin)
            {
                expected.Add(trimmed[begin..].Trim());
            }

            Assert.Equal(expected, ManifestSplitter.Split(text));
        }
    }
}
