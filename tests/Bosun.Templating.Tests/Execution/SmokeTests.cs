using static Bosun.Templating.Tests.TemplateTestHost;

namespace Bosun.Templating.Tests.Execution;

public class SmokeTests
{
    [Fact]
    public void Render_FieldAndIf_PrintsValues()
    {
        var data = Map(("name", "world"), ("n", 3L));
        Assert.Equal("hello world 3 yes", Render("hello {{ .name }} {{ .n }} {{ if .n }}yes{{ end }}", data));
    }
}
