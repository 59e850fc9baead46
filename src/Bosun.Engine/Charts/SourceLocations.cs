using Bosun.Core.Text;

namespace Bosun.Engine.Charts;

/// <summary>Turns a 1-based line and column reported by a parser into a <see cref="SourceLocation"/>.</summary>
public static class SourceLocations
{
    /// <summary>The location of (line, column) in the file, or null when the parser gave no line.</summary>
    public static SourceLocation? At(SourceFile file, int line, int column)
    {
        if (line < 1)
        {
            return null;
        }

        int offset = 0;
        int currentLine = 1;
        string text = file.Text;
        while (currentLine < line && offset < text.Length)
        {
            int newline = text.IndexOf('\n', offset);
            if (newline < 0)
            {
                offset = text.Length;
                break;
            }

            offset = newline + 1;
            currentLine++;
        }

        offset = Math.Min(text.Length, offset + Math.Max(0, column - 1));
        return new SourceLocation(file, new TextSpan(offset, 0));
    }
}
