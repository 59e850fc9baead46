namespace Bosun.Engine.Charts.Loading;

/// <summary>The JSON shape of one of helm's chart structs, for <see cref="GoJsonStructDecoder"/>.</summary>
internal sealed class StructSchema(string name, params FieldSchema[] fields)
{
    /// <summary>helm's Metadata struct.</summary>
    public static readonly StructSchema Maintainer = new(
        "Maintainer", new("name", FieldKind.String), new("email", FieldKind.String), new("url", FieldKind.String));

    /// <summary>helm's Dependency struct.</summary>
    public static readonly StructSchema Dependency = new(
        "Dependency",
        new("name", FieldKind.String),
        new("version", FieldKind.String),
        new("repository", FieldKind.String),
        new("condition", FieldKind.String),
        new("tags", FieldKind.StringList),
        new("enabled", FieldKind.Bool),
        new("import-values", FieldKind.AnyList),
        new("alias", FieldKind.String));

    /// <summary>helm's Metadata struct (Chart.yaml, requirements.yaml).</summary>
    public static readonly StructSchema Metadata = new(
        "Metadata",
        new("name", FieldKind.String),
        new("home", FieldKind.String),
        new("sources", FieldKind.StringList),
        new("version", FieldKind.String),
        new("description", FieldKind.String),
        new("keywords", FieldKind.StringList),
        new("maintainers", FieldKind.StructList, Maintainer),
        new("icon", FieldKind.String),
        new("apiVersion", FieldKind.String),
        new("condition", FieldKind.String),
        new("tags", FieldKind.String),
        new("appVersion", FieldKind.String),
        new("deprecated", FieldKind.Bool),
        new("annotations", FieldKind.StringMap),
        new("kubeVersion", FieldKind.String),
        new("dependencies", FieldKind.StructList, Dependency),
        new("type", FieldKind.String));

    /// <summary>helm's Lock struct (Chart.lock, requirements.lock).</summary>
    public static readonly StructSchema Lock = new(
        "Lock",
        new("generated", FieldKind.Time),
        new("digest", FieldKind.String),
        new("dependencies", FieldKind.StructList, Dependency));

    /// <summary>helm 4's chartBase, which reads only apiVersion to pick a loader.</summary>
    public static readonly StructSchema ChartBase = new("chartBase", new FieldSchema("apiVersion", FieldKind.String));

    public string Name { get; } = name;

    /// <summary>The field encoding/json would fill for a key: an exact match first, else a case-insensitive one.</summary>
    public FieldSchema? Find(string key)
    {
        FieldSchema? folded = null;
        foreach (var field in fields)
        {
            if (field.JsonName == key)
            {
                return field;
            }

            if (folded is null && string.Equals(field.JsonName, key, StringComparison.OrdinalIgnoreCase))
            {
                folded = field;
            }
        }

        return folded;
    }
}
