using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Templating.Tests.Functions.Helm.Serialization;

/// <summary>
/// Runs the recorded helm snippets of <see cref="HelmSerializationTemplateCases"/> through the real executor
/// for helm 4 and helm 3, with <see cref="HelmSerializationTemplateCases.ValuesYaml"/> loaded as helm loads
/// values.yaml.
/// </summary>
public sealed class HelmSerializationTemplateTests
{
    private const string TemplateName = "c/templates/NOTES.txt";

    public static TheoryData<string, string?, string?, string?, string?> Cases => HelmSerializationTemplateCases.All;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Execute_RecordedSnippetHelm4_SameOutputOrError(string template, string? output, string? error, string? output3, string? error3)
    {
        _ = output3;
        _ = error3;
        AssertOutcome(template, 4, output, error);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Execute_RecordedSnippetHelm3_SameOutputOrError(string template, string? output, string? error, string? output3, string? error3)
    {
        bool differs = output3 is not null || error3 is not null;
        if (differs && error3 is not null && error3.StartsWith("parse error", StringComparison.Ordinal))
        {
            // A function helm 3 does not define (mustToYaml) fails at parse time; the function table is
            // shared between versions, so that case belongs to the parser's per-version check.
            return;
        }

        AssertOutcome(template, 3, differs ? output3 : output, differs ? error3 : error);
    }

    private static void AssertOutcome(string template, int helmMajor, string? output, string? error)
    {
        var set = new TemplateSet(UtcTimeProvider.HelmOptions(helmMajor));
        set.Parse(new SourceFile(TemplateName, template));
        var data = Data(helmMajor);
        if (error is null)
        {
            Assert.Equal(output, set.Execute(TemplateName, data));
        }
        else
        {
            Assert.Equal(error, Assert.Throws<TemplateException>(() => set.Execute(TemplateName, data)).GoMessage);
        }
    }

    private static GoMap Data(int helmMajor)
    {
        var type = helmMajor >= 4 ? GoType.CommonValues : GoType.ChartutilValues;
        var values = new GoMap(type, GoYaml.DeserializeMap(HelmSerializationTemplateCases.ValuesYaml).Entries);
        var root = new GoMap(type);
        root.Entries["Values"] = values;
        return root;
    }
}
