using Bosun.Engine.Charts;

namespace Bosun.Engine.Tests.Charts;

public class ManifestSorterTests
{
    private static ChartRenderResult Sort(params (string Name, string Content)[] files) =>
        ManifestSorter.Sort(files.ToDictionary(f => f.Name, f => f.Content));

    [Fact]
    public void Sort_ByKindThenFileThenPosition()
    {
        var result = Sort(
            ("c/templates/b.yaml", "kind: Deployment\nmetadata:\n  name: d\n---\nkind: ConfigMap\nmetadata:\n  name: b1\n"),
            ("c/templates/a.yaml", "kind: ConfigMap\nmetadata:\n  name: a1\n---\nkind: Widget\n"));

        Assert.Equal(
            ["ConfigMap:c/templates/a.yaml", "ConfigMap:c/templates/b.yaml", "Deployment:c/templates/b.yaml", "Widget:c/templates/a.yaml"],
            result.Manifests.Select(m => m.Kind + ":" + m.Source));
        Assert.Empty(result.Hooks);
    }

    [Fact]
    public void Sort_PartialsAndBlankFiles_AreSkipped()
    {
        var result = Sort(("c/templates/_x.yaml", "kind: ConfigMap\n"), ("c/templates/blank.yaml", "  \n\n"));

        Assert.Empty(result.Manifests);
    }

    [Fact]
    public void Sort_HookAnnotation_SetsDocumentApart()
    {
        var result = Sort(("c/templates/job.yaml",
            "kind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: Pre-Install, post-upgrade\n---\n" +
            "kind: Pod\nmetadata:\n  name: t\n  annotations:\n    helm.sh/hook: test-success\n---\n" +
            "kind: Pod\nmetadata:\n  name: u\n  annotations:\n    helm.sh/hook: bogus\n---\n" +
            "kind: Pod\nmetadata:\n  name: p\n  annotations:\n    other: x\n"));

        Assert.Equal("p", result.Manifests.Single().Content.Split("name: ")[1].Split('\n')[0]);
        Assert.Equal(["Pod", "Job"], result.Hooks.Select(h => h.Kind));
        Assert.Equal(["test"], result.Hooks[0].HookEvents);
        Assert.Equal(["pre-install", "post-upgrade"], result.Hooks[1].HookEvents);
    }

    [Fact]
    public void Sort_InvalidYaml_FailsWithFileName()
    {
        var result = Sort(("c/templates/bad.yaml", "kind: [unclosed\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BOSUN3020", diagnostic.Code);
        Assert.StartsWith("YAML parse error on c/templates/bad.yaml: ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sort_NonStringKind_FailsLikeJsonUnmarshal()
    {
        var result = Sort(("c/templates/bad.yaml", "kind: [5]\n"));

        Assert.Equal(
            "YAML parse error on c/templates/bad.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go struct field SimpleHead.kind of type string",
            Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Sort_NumericKind_ReadAsTextLikeSigsYaml()
    {
        var result = Sort(("c/templates/a.yaml", "kind: 5\n"));

        Assert.Equal(("5", 0), (result.Manifests.Single().Kind, result.Diagnostics.Length));
    }

    [Fact]
    public void Sort_Yaml11ScalarsInHeadStrings_ReadAsText()
    {
        var result = Sort(("c/templates/a.yaml",
            "apiVersion: 1.0\nkind: ConfigMap\nmetadata:\n  name: y\n---\n" +
            "kind: Job\nmetadata:\n  name: off\n  annotations:\n    helm.sh/hook: pre-install\n    helm.sh/hook-weight: 0x10\n---\n" +
            "kind: Job\nmetadata:\n  name: 123456789\n  annotations:\n    helm.sh/hook: pre-install\n    helm.sh/hook-weight: -5\n"));

        Assert.Equal("ConfigMap", result.Manifests.Single().Kind);
        Assert.Equal(["name: off", "name: 123456789"], result.Hooks.Select(h => h.Content.Split('\n')[2].Trim()));
    }

    [Fact]
    public void Sort_HeadFieldsMatchedCaseInsensitively_AsEncodingJson()
    {
        var result = Sort(("c/templates/a.yaml", "kind: ConfigMap\nmetadata:\n  name: a\n---\nKind: Secret\nMetadata:\n  Name: 1.5\n"));

        Assert.Equal(["Secret", "ConfigMap"], result.Manifests.Select(m => m.Kind));
    }

    [Fact]
    public void Sort_HeadFieldSpelledTwice_SortedLastKeyWins()
    {
        var result = Sort(("c/templates/a.yaml", "kind: Secret\nKIND: ConfigMap\nmetadata:\n  name: a\n"));

        Assert.Equal("Secret", result.Manifests.Single().Kind);
    }
}
