using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bosun.Core.Diagnostics;
using Bosun.Core.Values;

namespace Bosun.Engine.Charts;

/// <summary>
/// Reads Chart.yaml (already turned into Go values) into <see cref="ChartMetadata"/> the way helm does:
/// sigs.k8s.io/yaml into <c>chart.Metadata</c> (wrong field types fail), then sanitisation and validation.
/// </summary>
internal static partial class ChartMetadataReader
{
    /// <summary>Builds and validates the metadata; throws <see cref="BosunException"/> with a BOSUN300x diagnostic.</summary>
    public static ChartMetadata Read(object? document)
    {
        GoMap map = document switch
        {
            null => new GoMap(),
            GoMap m => m,
            _ => throw ChartErrors.ChartYamlInvalid.Create(
                $"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {JsonKind(document)} into Go value of type v2.Metadata").ToException(),
        };

        string apiVersion = GetString(map, "apiVersion");
        var metadata = new ChartMetadata
        {
            ApiVersion = apiVersion.Length == 0 ? "v1" : apiVersion,
            Name = Sanitize(GetString(map, "name")),
            Version = GetString(map, "version"),
            AppVersion = Sanitize(GetString(map, "appVersion")),
            Description = Sanitize(GetString(map, "description")),
            Home = Sanitize(GetString(map, "home")),
            Icon = Sanitize(GetString(map, "icon")),
            Condition = Sanitize(GetString(map, "condition")),
            Tags = Sanitize(GetString(map, "tags")),
            KubeVersion = Sanitize(GetString(map, "kubeVersion")),
            Type = GetString(map, "type"),
            Deprecated = GetBool(map, "deprecated"),
            Sources = [.. GetStrings(map, "sources").Select(Sanitize)],
            Keywords = [.. GetStrings(map, "keywords").Select(Sanitize)],
            Maintainers = GetMaintainers(map),
            Annotations = GetAnnotations(map),
            Dependencies = [.. GetDependencyNames(map).Select(n => new ChartDependency { Name = n })],
        };

        Validate(metadata);
        return metadata;
    }

    private static void Validate(ChartMetadata md)
    {
        if (md.Name.Length == 0)
        {
            throw Invalid("chart.metadata.name is required");
        }

        if (md.Name is "." or "..")
        {
            throw Invalid($"chart.metadata.name \"{md.Name}\" is not allowed");
        }

        if (md.Name.Contains('/', StringComparison.Ordinal))
        {
            throw Invalid($"chart.metadata.name \"{md.Name}\" is invalid");
        }

        if (md.Version.Length == 0)
        {
            throw Invalid("chart.metadata.version is required");
        }

        if (!LooseSemver().IsMatch(md.Version))
        {
            throw Invalid($"chart.metadata.version \"{md.Version}\" is invalid");
        }

        if (md.Type is not ("" or "application" or "library"))
        {
            throw Invalid("chart.metadata.type must be application or library");
        }
    }

    private static BosunException Invalid(string message) =>
        ChartErrors.ChartMetadataInvalid.Create(message).ToException();

    private static string GetString(GoMap map, string key)
    {
        if (!map.TryGetValue(key, out object? value) || value is null)
        {
            return string.Empty;
        }

        return value as string ?? throw TypeMismatch(value, key, "string");
    }

    private static bool GetBool(GoMap map, string key)
    {
        if (!map.TryGetValue(key, out object? value) || value is null)
        {
            return false;
        }

        return value is bool b ? b : throw TypeMismatch(value, key, "bool");
    }

    private static IEnumerable<string> GetStrings(GoMap map, string key)
    {
        if (!map.TryGetValue(key, out object? value) || value is null)
        {
            return [];
        }

        if (value is not GoList list)
        {
            throw TypeMismatch(value, key, "[]string");
        }

        return list.Select(item => item as string ?? (item is null ? string.Empty : throw TypeMismatch(item, key, "string")));
    }

    private static ImmutableArray<ChartMaintainer> GetMaintainers(GoMap map)
    {
        if (!map.TryGetValue("maintainers", out object? value) || value is null)
        {
            return [];
        }

        if (value is not GoList list)
        {
            throw TypeMismatch(value, "maintainers", "[]*v2.Maintainer");
        }

        var result = ImmutableArray.CreateBuilder<ChartMaintainer>();
        foreach (object? item in list)
        {
            if (item is null)
            {
                throw Invalid("maintainers must not contain empty or null nodes");
            }

            if (item is not GoMap m)
            {
                throw TypeMismatch(item, "maintainers", "v2.Maintainer");
            }

            result.Add(new ChartMaintainer(
                Sanitize(GetString(m, "name")), Sanitize(GetString(m, "email")), Sanitize(GetString(m, "url"))));
        }

        return result.ToImmutable();
    }

    private static ImmutableSortedDictionary<string, string>? GetAnnotations(GoMap map)
    {
        if (!map.TryGetValue("annotations", out object? value) || value is null)
        {
            return null;
        }

        if (value is not GoMap m)
        {
            throw TypeMismatch(value, "annotations", "map[string]string");
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, item) in m)
        {
            builder[key] = item as string ?? (item is null ? string.Empty : throw TypeMismatch(item, "annotations", "string"));
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<string> GetDependencyNames(GoMap map)
    {
        if (!map.TryGetValue("dependencies", out object? value) || value is not GoList list)
        {
            return [];
        }

        return [.. list.Select(d => d is GoMap m && m.TryGetValue("name", out object? n) && n is string s ? s : "?")];
    }

    private static BosunException TypeMismatch(object? value, string field, string goType) =>
        ChartErrors.ChartYamlInvalid.Create(
            $"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {JsonKind(value)} into Go struct field Metadata.{field} of type {goType}").ToException();

    private static string JsonKind(object? value) => value switch
    {
        bool => "bool",
        string => "string",
        GoList => "array",
        GoMap => "object",
        long or double or GoInt => "number",
        _ => "value",
    };

    /// <summary>helm's sanitizeString: whitespace becomes a space, unprintable runes are dropped.</summary>
    private static string Sanitize(string value)
    {
        bool clean = true;
        foreach (char c in value)
        {
            if (c < 0x20 || c >= 0x7F)
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        foreach (Rune rune in value.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                sb.Append(' ');
            }
            else if (IsPrint(rune))
            {
                sb.Append(rune.ToString());
            }
        }

        return sb.ToString();
    }

    private static bool IsPrint(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };

    /// <summary>Masterminds/semver's loose version syntax (<c>v1</c>, <c>1.2</c>, <c>1.2.3-rc.1+build</c>).</summary>
    [GeneratedRegex(@"^v?[0-9]+(\.[0-9]+)?(\.[0-9]+)?(-[0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*)?(\+[0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LooseSemver();
}
