using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class HelmTemplatePrinterTests
{
    [Fact]
    public void Print_ManifestsThenHooks_InHelmsFormat()
    {
        var result = new ChartRenderResult(
            [new("c/templates/a.yaml", "kind: ConfigMap", "ConfigMap"), new("c/templates/b.yaml", "kind: Service", "Service")],
            [new("c/templates/job.yaml", "kind: Job", "Job") { HookEvents = ["pre-install"] }],
            []);

        Assert.Equal(
            "---\n# Source: c/templates/a.yaml\nkind: ConfigMap\n---\n# Source: c/templates/b.yaml\nkind: Service\n" +
            "---\n# Source: c/templates/job.yaml\nkind: Job\n",
            HelmTemplatePrinter.Print(result));
    }

    [Fact]
    public void Print_Nothing_IsOneNewline()
    {
        Assert.Equal("\n", HelmTemplatePrinter.Print(new ChartRenderResult([], [], [])));
    }
}
