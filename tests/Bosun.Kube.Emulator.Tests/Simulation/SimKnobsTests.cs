using Bosun.Kube.Emulator.Simulation;

namespace Bosun.Kube.Emulator.Tests.Simulation;

public sealed class SimKnobsTests
{
    [Theory]
    [InlineData("2s", 2000)]
    [InlineData("500ms", 500)]
    [InlineData("1m", 60000)]
    [InlineData("1.5", 1500)]
    [InlineData("0", 0)]
    public void ParseDuration_Valid(string text, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), SimKnobs.ParseDuration(text));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-1s")]
    [InlineData("s")]
    public void ParseDuration_Malformed_Null(string text) => Assert.Null(SimKnobs.ParseDuration(text));
}
