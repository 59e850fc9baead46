namespace Bosun.Core.Text;

/// <summary>A span in a source file; line and column are computed from the file's line starts.</summary>
public readonly record struct SourceLocation(SourceFile File, TextSpan Span)
{
    public int Line => File.GetLineColumn(Span.Start).Line;

    public int Column => File.GetLineColumn(Span.Start).Column;

    public override string ToString()
    {
        var (line, column) = File.GetLineColumn(Span.Start);
        return $"{File.Path}:{line}:{column}";
    }
}
