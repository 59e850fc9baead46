using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Templating.Tests.Oracle.Fixtures;

/// <summary>
/// The top-level object helm passes to <c>c/templates/NOTES.txt</c> of chart <c>c</c> installed as
/// release <c>rel</c> in namespace <c>default</c>: Values, Release, Chart, Capabilities, Template,
/// Files, Subcharts, typed as helm v4 (<c>common.Values</c>) or v3 (<c>chartutil.Values</c>) types them.
/// A stand-in until the chart engine builds these for real.
/// </summary>
internal static class HelmRenderValues
{
    public const string TemplateName = "c/templates/NOTES.txt";

    public static GoType ValuesType(int helmMajor) => helmMajor >= 4 ? GoType.CommonValues : GoType.ChartutilValues;

    public static GoMap Create(OracleCase oracleCase, int helmMajor)
    {
        GoType valuesType = ValuesType(helmMajor);
        var top = new GoMap(valuesType);
        top["Values"] = Values(oracleCase, valuesType);
        top["Release"] = Release();
        top["Chart"] = ChartFixture.Create(helmMajor, oracleCase.Options.Chart);
        top["Capabilities"] = CapabilitiesFixture.Create(helmMajor);
        top["Files"] = new ChartFilesFixture(oracleCase.Files);
        top["Subcharts"] = new GoMap();
        var template = new GoMap(valuesType);
        template["Name"] = TemplateName;
        template["BasePath"] = "c/templates";
        top["Template"] = template;
        return top;
    }

    private static GoMap Values(OracleCase oracleCase, GoType valuesType)
    {
        var chartValues = new GoMap(valuesType);
        if (oracleCase.ValuesYaml is { } yaml)
        {
            switch (GoYaml.Deserialize(yaml))
            {
                case GoMap map:
                    foreach (var (key, value) in map)
                    {
                        chartValues[key] = value;
                    }

                    break;
                case null:
                    break;
                default:
                    throw new InvalidOperationException($"{oracleCase.Name}: values.yaml is not a map");
            }
        }

        if (oracleCase.Options.Set.Count == 0)
        {
            return chartValues;
        }

        var userValues = new GoMap();
        foreach (string argument in oracleCase.Options.Set)
        {
            SetValues.ParseInto(argument, userValues);
        }

        return SetValues.Coalesce(chartValues, userValues, valuesType);
    }

    private static GoMap Release()
    {
        var release = new GoMap();
        release["Name"] = "rel";
        release["Namespace"] = "default";
        release["IsUpgrade"] = GoValue.False;
        release["IsInstall"] = GoValue.True;
        release["Revision"] = GoValue.Int(1);
        release["Service"] = "Helm";
        return release;
    }
}
