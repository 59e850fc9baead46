using System.Text;
using Bosun.Core.Values;
using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class ChartFilesTests
{
    private static ChartFiles Files() => new(
    [
        new ChartFile("files/a.txt", Encoding.UTF8.GetBytes("one\ntwo\n")),
        new ChartFile("files/b.conf", Encoding.UTF8.GetBytes("x=1")),
        new ChartFile("files/empty", []),
        new ChartFile("README.md", Encoding.UTF8.GetBytes("# hi")),
    ]);

    [Fact]
    public void Type_IsHelmsEngineFiles() => Assert.Equal("engine.files", Files().Type.Name);

    [Fact]
    public void Get_Missing_IsEmpty()
    {
        Assert.Equal("x=1", Files().Get("files/b.conf"));
        Assert.Equal(string.Empty, Files().Get("nope"));
        Assert.Empty(Files().GetBytes("nope"));
    }

    [Fact]
    public void Lines_DropsOneFinalNewline()
    {
        Assert.Equal(["one", "two"], Files().Lines("files/a.txt").Items);
        Assert.Equal(["x=1"], Files().Lines("files/b.conf").Items);
        Assert.Empty(Files().Lines("nope").Items);
    }

    [Fact]
    public void Lines_EmptyFile_PanicsLikeHelm()
    {
        var ex = Assert.Throws<GoFailure>(() => Files().Lines("files/empty"));
        Assert.Equal("runtime error: index out of range [-1]", ex.Message);
    }

    [Fact]
    public void Glob_SelectsMatchingFiles()
    {
        var glob = Files().Glob("files/*.*");

        Assert.Equal(["files/a.txt", "files/b.conf"], glob.SortedKeys());
        Assert.Equal("engine.files", glob.Type.Name);
    }

    [Theory]
    [InlineData("Get")]
    [InlineData("GetBytes")]
    [InlineData("Glob")]
    [InlineData("Lines")]
    [InlineData("AsConfig")]
    [InlineData("AsSecrets")]
    public void TryGetMethod_HelmMethods_AreFound(string name) =>
        Assert.True(Files().TryGetMethod(name, out var method) && method is not null);

    [Fact]
    public void GetMethod_Invoke_ReturnsContents()
    {
        Assert.True(Files().TryGetMethod("Get", out var method));
        Assert.Equal("# hi", method?.Invoke(["README.md"]));
    }
}
