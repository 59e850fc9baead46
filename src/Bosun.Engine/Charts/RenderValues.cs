using System.Collections.Immutable;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// Builds the objects templates see: helm's <c>ToRenderValues</c> (the top-level Chart, Capabilities,
/// Release and Values) and the per-chart scope of <c>engine.recAllTpls</c> (Chart with IsRoot, Files,
/// Release, Capabilities, Values, Subcharts). helm v4 turns chart metadata into a map (structToMap);
/// helm v3 exposes the struct <c>struct { chart.Metadata; IsRoot bool }</c>.
/// </summary>
public static class RenderValues
{
    private static readonly GoType s_chartStruct3 = HostObject.StructType("struct { chart.Metadata; IsRoot bool }");
    private static readonly GoType s_metadata3 = HostObject.StructType("chart.Metadata");
    private static readonly GoType s_maintainer3 = HostObject.PointerTo(HostObject.StructType("chart.Maintainer"));
    private static readonly GoType s_dependency3 = HostObject.PointerTo(HostObject.StructType("chart.Dependency"));

    /// <summary>The named type of <c>.Values</c> and of the top object: chartutil.Values (v3) or common.Values (v4).</summary>
    public static GoType ValuesType(int helmMajor) => helmMajor < 4 ? GoType.ChartutilValues : GoType.CommonValues;

    /// <summary>The top-level object of the root chart, as one chart renders it (no subcharts).</summary>
    public static GoMap Create(Chart chart, GoMap values, ReleaseOptions release, Capabilities capabilities, int helmMajor = 4)
    {
        var top = new GoMap(ValuesType(helmMajor));
        top["Capabilities"] = capabilities.ToGoObject();
        top["Chart"] = ChartValue(chart.Metadata, isRoot: true, helmMajor);
        top["Files"] = new ChartFiles(chart.Files);
        top["Release"] = ReleaseMap(release);
        top["Subcharts"] = new GoMap();
        top["Values"] = new GoMap(ValuesType(helmMajor), values.Entries);
        return top;
    }

    /// <summary>The <c>.Template</c> value of one file: <c>{Name, BasePath}</c> as <c>common.Values</c>.</summary>
    public static GoMap TemplateMap(string name, string basePath, int helmMajor = 4)
    {
        var map = new GoMap(ValuesType(helmMajor));
        map["BasePath"] = basePath;
        map["Name"] = name;
        return map;
    }

    /// <summary><c>.Chart</c> for a chart of the given helm major version.</summary>
    public static object ChartValue(ChartMetadata md, bool isRoot, int helmMajor) =>
        helmMajor < 4 ? ChartStruct(md, isRoot) : ChartMap(md, isRoot);

    /// <summary>helm v4's structToMap of chart.Metadata plus IsRoot.</summary>
    public static GoMap ChartMap(ChartMetadata md, bool isRoot)
    {
        var map = new GoMap();
        map["APIVersion"] = md.ApiVersion;
        map["Annotations"] = Annotations(md);
        map["AppVersion"] = md.AppVersion;
        map["Condition"] = md.Condition;
        map["Dependencies"] = new GoList(md.Dependencies.Select(d => (object?)d.ToTemplateMap()));
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

    /// <summary>helm v3's <c>struct { chart.Metadata; IsRoot bool }</c> (metadata fields promoted).</summary>
    public static IGoObject ChartStruct(ChartMetadata md, bool isRoot)
    {
        var maintainers = new GoList(md.Maintainers.Select(m => (object?)new HostObject(
            s_maintainer3,
            [("Name", m.Name), ("Email", m.Email), ("URL", m.Url)],
            jsonFields: [new("name", m.Name, true), new("email", m.Email, true), new("url", m.Url, true)])));
        var sources = GoList.OfStrings(md.Sources);
        var keywords = GoList.OfStrings(md.Keywords);
        var annotations = Annotations(md);
        var dependencies = new GoList(md.Dependencies.Select(d => (object?)DependencyStruct(d)));
        var deprecated = GoValue.Bool(md.Deprecated);
        GoJsonField[] json =
        [
            new("name", md.Name, true), new("home", md.Home, true), new("sources", sources, true),
            new("version", md.Version, true), new("description", md.Description, true), new("keywords", keywords, true),
            new("maintainers", maintainers, true), new("icon", md.Icon, true), new("apiVersion", md.ApiVersion, true),
            new("condition", md.Condition, true), new("tags", md.Tags, true), new("appVersion", md.AppVersion, true),
            new("deprecated", deprecated, true), new("annotations", annotations, true),
            new("kubeVersion", md.KubeVersion, true), new("dependencies", dependencies, true), new("type", md.Type, true),
        ];
        var metadata = new HostObject(
            s_metadata3,
            [
                ("Name", md.Name), ("Home", md.Home), ("Sources", sources), ("Version", md.Version),
                ("Description", md.Description), ("Keywords", keywords), ("Maintainers", maintainers), ("Icon", md.Icon),
                ("APIVersion", md.ApiVersion), ("Condition", md.Condition), ("Tags", md.Tags), ("AppVersion", md.AppVersion),
                ("Deprecated", deprecated), ("Annotations", annotations), ("KubeVersion", md.KubeVersion),
                ("Dependencies", dependencies), ("Type", md.Type),
            ],
            jsonFields: json);
        return new HostObject(
            s_chartStruct3,
            [("Metadata", metadata), ("IsRoot", GoValue.Bool(isRoot))],
            embedded: metadata,
            jsonFields: [.. json, new("IsRoot", GoValue.Bool(isRoot))]);
    }

    /// <summary><c>.Release</c>: helm's map of the release options.</summary>
    public static GoMap ReleaseMap(ReleaseOptions release)
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

    /// <summary>
    /// helm's <c>Values.Table(path)</c>: the table at a dotted path, typed as Values, or null when a part is
    /// missing or not a map.
    /// </summary>
    public static GoMap? Table(GoMap values, string path, int helmMajor)
    {
        GoMap current = values;
        foreach (string part in path.Split('.'))
        {
            if (!current.TryGetValue(part, out object? next) || next is not GoMap map || !IsValuesTable(map))
            {
                return null;
            }

            current = map;
        }

        return current.Type.Equals(ValuesType(helmMajor)) ? current : new GoMap(ValuesType(helmMajor), current.Entries);
    }

    /// <summary>Only map[string]interface{} and Values convert in tableLookup.</summary>
    private static bool IsValuesTable(GoMap map) =>
        map.Type.Equals(GoType.MapOfInterface) || map.Type.Equals(GoType.CommonValues) || map.Type.Equals(GoType.ChartutilValues);

    private static GoMap Annotations(ChartMetadata md)
    {
        var annotations = new GoMap(GoType.MapOfString);
        foreach (var (key, value) in md.Annotations ?? ImmutableSortedDictionary<string, string>.Empty)
        {
            annotations[key] = value;
        }

        return annotations;
    }

    private static HostObject DependencyStruct(ChartDependency d)
    {
        var tags = GoList.OfStrings(d.Tags);
        var importValues = new GoList(d.ImportValues);
        var enabled = GoValue.Bool(d.Enabled);
        return new HostObject(
            s_dependency3,
            [
                ("Name", d.Name), ("Version", d.Version), ("Repository", d.Repository), ("Condition", d.Condition),
                ("Tags", tags), ("Enabled", enabled), ("ImportValues", importValues), ("Alias", d.Alias),
            ],
            jsonFields:
            [
                new("name", d.Name), new("version", d.Version, true), new("repository", d.Repository),
                new("condition", d.Condition, true), new("tags", tags, true), new("enabled", enabled, true),
                new("import-values", importValues, true), new("alias", d.Alias, true),
            ]);
    }

    private static object? MaintainerMap(ChartMaintainer m)
    {
        var map = new GoMap();
        map["Email"] = m.Email;
        map["Name"] = m.Name;
        map["URL"] = m.Url;
        return map;
    }
}
