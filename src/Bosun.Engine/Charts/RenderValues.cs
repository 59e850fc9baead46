using System.Collections.Immutable;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// Builds helm v4's top-level template object (<c>common.Values</c>): Values, Release, Chart (helm v4
/// turns the metadata into a map with capitalised keys plus IsRoot), Capabilities, Files, Subcharts;
/// <c>.Template</c> is set per file while rendering.
/// </summary>
public static class RenderValues
{
    /// <summary>The top-level object for the root chart.</summary>
    public static GoMap Create(Chart chart, GoMap values, ReleaseOptions release, Capabilities capabilities)
    {
        var top = new GoMap(GoType.CommonValues);
        top["Capabilities"] = capabilities.ToGoObject();
        top["Chart"] = ChartMap(chart.Metadata, isRoot: true);
        top["Files"] = new ChartFiles(chart.Files);
        top["Release"] = ReleaseMap(release);
        top["Subcharts"] = new GoMap();
        top["Values"] = values;
        return top;
    }

    /// <summary>The <c>.Template</c> value of one file: <c>{Name, BasePath}</c> as <c>common.Values</c>.</summary>
    public static GoMap TemplateMap(string name, string basePath)
    {
        var map = new GoMap(GoType.CommonValues);
        map["BasePath"] = basePath;
        map["Name"] = name;
        return map;
    }

    /// <summary>helm's structToMap of chart.Metadata plus IsRoot.</summary>
    public static GoMap ChartMap(ChartMetadata md, bool isRoot)
    {
        var annotations = new GoMap(GoType.MapOfString);
        foreach (var (key, value) in md.Annotations ?? ImmutableSortedDictionary<string, string>.Empty)
        {
            annotations[key] = value;
        }

        var map = new GoMap();
        map["APIVersion"] = md.ApiVersion;
        map["Annotations"] = annotations;
        map["AppVersion"] = md.AppVersion;
        map["Condition"] = md.Condition;
        map["Dependencies"] = new GoList();
        map["Deprecated"] = GoValue.Bool(md.Deprecated);
        map["Description"] = md.Description;
        map["Home"] = md.Home;
        map["Icon"] = md.Icon;
        map["IsRoot"] = GoValue.Bool(isRoot);
        map["Keywords"] = new GoList(md.Keywords.Cast<object?>());
        map["KubeVersion"] = md.KubeVersion;
        map["Maintainers"] = new GoList(md.Maintainers.Select(MaintainerMap));
        map["Name"] = md.Name;
        map["Sources"] = new GoList(md.Sources.Cast<object?>());
        map["Tags"] = md.Tags;
        map["Type"] = md.Type;
        map["Version"] = md.Version;
        return map;
    }

    private static object? MaintainerMap(ChartMaintainer m)
    {
        var map = new GoMap();
        map["Email"] = m.Email;
        map["Name"] = m.Name;
        map["URL"] = m.Url;
        return map;
    }

    private static GoMap ReleaseMap(ReleaseOptions release)
    {
        var map = new GoMap();
        map["IsInstall"] = GoValue.Bool(release.IsInstall);
        map["IsUpgrade"] = GoValue.Bool(release.IsUpgrade);
        map["Name"] = release.Name;
        map["Namespace"] = release.Namespace;
        map["Revision"] = GoValue.Int(release.Revision);
        map["Service"] = "Helm";
        return map;
    }
}
