using Bosun.Core.Text;

namespace Bosun.Core.Tests.Text;

public class SourceFileTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(3, 1, 4)]
    [InlineData(4, 2, 1)]
    [InlineData(9, 3, 1)]
    [InlineData(10, 3, 2)]
    public void GetLineColumn_Offset_ReturnsOneBasedPosition(int offset, int line, int column)
    {
        var file = new SourceFile("a.tpl", "abc\ndefg\nhi");

        Assert.Equal((line, column), file.GetLineColumn(offset));
    }

    [Fact]
    public void GetLineText_StripsLineBreak()
    {
        var file = new SourceFile("a.tpl", "abc\r\ndef\n");

        Assert.Equal("abc", file.GetLineText(1));
        Assert.Equal("def", file.GetLineText(2));
        Assert.Equal(string.Empty, file.GetLineText(9));
    }
}
