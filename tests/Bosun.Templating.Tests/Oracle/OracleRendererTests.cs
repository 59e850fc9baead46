using Bosun.Templating.Tests.Oracle.Fixtures;

namespace Bosun.Templating.Tests.Oracle;

[Trait("Category", "Oracle")]
public sealed class OracleRendererTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Options_ForHelmVersion_EqualHelmOptionsExceptUtcClock(int helm)
    {
        TemplateOptions expected = TemplateOptions.Helm(helm);
        TemplateOptions actual = OracleRenderer.Options(helm);

        foreach (var property in typeof(TemplateOptions).GetProperties())
        {
            if (property.Name == nameof(TemplateOptions.Time))
            {
                Assert.Same(UtcTimeProvider.Instance, actual.Time);
                continue;
            }

            Assert.True(
                Equals(property.GetValue(expected), property.GetValue(actual)),
                $"OracleRenderer.Options does not copy TemplateOptions.{property.Name}");
        }
    }
}
