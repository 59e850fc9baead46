using System.Collections.Immutable;
using Bosun.Core.Diagnostics;
using Bosun.Core.Values;
using Bosun.Core.Yaml;

namespace Bosun.Engine.Charts;

/// <summary>
/// helm's <c>releaseutil.SortManifests</c>: files in byte order (partials and blank files skipped), each
/// split into documents, each document's head read (<c>apiVersion</c>, <c>kind</c>, <c>metadata</c>),
/// <c>helm.sh/hook</c> documents set apart as hooks (unknown hook events drop the document, as helm does),
/// then both lists stably sorted by <see cref="KindOrder"/>.
/// </summary>
public static class ManifestSorter
{
    /// <summary>The hook annotation.</summary>
    public const string HookAnnotation = "helm.sh/hook";

    /// <summary>helm's SimpleHead as sigs.k8s.io/yaml sees it (bools and numbers bound for its strings become text).</summary>
    private static readonly GoYamlJsonTarget s_simpleHead = GoYamlJsonTarget.Struct(
        ("apiVersion", GoYamlJsonTarget.String),
        ("kind", GoYamlJsonTarget.String),
        ("metadata", GoYamlJsonTarget.Struct(
            ("name", GoYamlJsonTarget.String),
            ("annotations", GoYamlJsonTarget.MapOf(GoYamlJsonTarget.String)))));

    private static readonly HashSet<string> s_events = new(StringComparer.Ordinal)
    {
        "pre-install", "post-install", "pre-delete", "post-delete", "pre-upgrade", "post-upgrade",
        "pre-rollback", "post-rollback", "test", "test-success",
    };

    /// <summary>Sorts rendered files (template name → output) into manifests and hooks.</summary>
    public static ChartRenderResult Sort(IReadOnlyDictionary<string, string> files) => Sort(files, 4);

    /// <summary>
    /// Sorts rendered files into manifests and hooks; <paramref name="helmMajor"/> picks the package name in
    /// messages (helm v3's <c>releaseutil.SimpleHead</c>, v4's <c>util.SimpleHead</c>).
    /// </summary>
    public static ChartRenderResult Sort(IReadOnlyDictionary<string, string> files, int helmMajor)
    {
        string headType = helmMajor < 4 ? "releaseutil.SimpleHead" : "util.SimpleHead";
        var manifests = new List<RenderedManifest>();
        var hooks = new List<RenderedManifest>();
        var notices = new List<string>();
        var names = files.Keys.ToList();
        names.Sort(string.CompareOrdinal);
        foreach (string name in names)
        {
            string content = files[name];
            if (ChartRenderer.BaseName(name).StartsWith('_') || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (string document in ManifestSplitter.Split(content))
            {
                if (!ManifestHeadReader.TryRead(document, out string kind, out string? hookTypes)
                    && !TryReadHeadFull(document, out kind, out hookTypes, out string? error))
                {
                    error = error?.Replace("util.SimpleHead", headType, StringComparison.Ordinal);
                    return ChartRenderResult.Failed([ChartErrors.ManifestInvalid.Create(name, error)]);
                }

                if (hookTypes is null)
                {
                    manifests.Add(new RenderedManifest(name, document, kind));
                    continue;
                }

                var events = new List<string>();
                bool unknown = false;
                foreach (string hookType in hookTypes.Split(','))
                {
                    string normalized = hookType.Trim().ToLowerInvariant();
                    if (!s_events.Contains(normalized))
                    {
                        unknown = true;
                        break;
                    }

                    events.Add(normalized == "test-success" ? "test" : normalized);
                }

                if (unknown)
                {
                    notices.Add(helmMajor >= 4
                        ? "level=INFO msg=\"skipping unknown hooks\" hookTypes=" + HelmLog.SlogValue(hookTypes)
                        : "manifest_sorter.go:190: info: skipping unknown hook: " + Core.Values.GoStrconv.Quote(hookTypes));
                }
                else
                {
                    hooks.Add(new RenderedManifest(name, document, kind) { HookEvents = events });
                }
            }
        }

        return new ChartRenderResult(StableSort(manifests, helmMajor), StableSort(hooks, helmMajor), []) { Notices = [.. notices] };
    }

    private static ImmutableArray<RenderedManifest> StableSort(List<RenderedManifest> items, int helmMajor)
    {
        var order = new int[items.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            int byKind = KindOrder.Compare(items[a].Kind, items[b].Kind, helmMajor);
            return byKind != 0 ? byKind : a.CompareTo(b);
        });
        var builder = ImmutableArray.CreateBuilder<RenderedManifest>(order.Length);
        foreach (int i in order)
        {
            builder.Add(items[i]);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// The head through the full parse (sigs.k8s.io/yaml.Unmarshal into helm's SimpleHead): the kind and the
    /// <c>helm.sh/hook</c> annotation (null when absent), or the error.
    /// </summary>
    internal static bool TryReadHeadFull(string document, out string kind, out string? hook, out string? error)
    {
        kind = string.Empty;
        hook = null;
        if (!TryReadHead(document, out var head, out error))
        {
            return false;
        }

        kind = head.Kind;
        if (head.Annotations is { Count: > 0 } && head.Annotations.TryGetValue(HookAnnotation, out string? value))
        {
            hook = value;
        }

        return true;
    }

    /// <summary>sigs.k8s.io/yaml.Unmarshal of a document into helm's SimpleHead.</summary>
    private static bool TryReadHead(string document, out ManifestHead head, out string? error)
    {
        head = new ManifestHead(string.Empty, null);
        error = null;
        object? parsed;
        try
        {
            parsed = GoYaml.Deserialize(document, s_simpleHead);
        }
        catch (GoYamlException ex)
        {
            error = ex.Message;
            return false;
        }

        if (parsed is null)
        {
            return true;
        }

        if (parsed is not GoMap map)
        {
            error = $"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {JsonKind(parsed)} into Go value of type util.SimpleHead";
            return false;
        }

        if (!TryString(map, "apiVersion", "apiVersion", out _, ref error) || !TryString(map, "kind", "kind", out string kind, ref error))
        {
            return false;
        }

        Dictionary<string, string>? annotations = null;
        if (LastField(map, "metadata") is { } metadata)
        {
            if (metadata is not GoMap meta)
            {
                error = Mismatch(metadata, "metadata", "struct { Name string; Annotations map[string]string }");
                return false;
            }

            if (!TryString(meta, "name", "metadata.name", out _, ref error))
            {
                return false;
            }

            if (LastField(meta, "annotations") is { } raw)
            {
                if (raw is not GoMap rawMap)
                {
                    error = Mismatch(raw, "metadata.annotations", "map[string]string");
                    return false;
                }

                annotations = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in rawMap)
                {
                    if (value is not (string or null))
                    {
                        error = Mismatch(value, "metadata.annotations", "string");
                        return false;
                    }

                    annotations[key] = value as string ?? string.Empty;
                }
            }
        }

        head = new ManifestHead(kind, annotations);
        return true;
    }

    /// <summary>
    /// encoding/json's view of a struct field: every key equal to <paramref name="name"/> ignoring case, in the
    /// order json.Marshal wrote them (sorted), so the last one decoded wins.
    /// </summary>
    private static List<object?> FieldValues(GoMap map, string name)
    {
        var keys = new List<string>();
        foreach (string key in map.Keys)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                keys.Add(key);
            }
        }

        keys.Sort(string.CompareOrdinal);
        return keys.ConvertAll(key => map[key]);
    }

    /// <summary>The value a pointer or map field ends with: the last matching key's (null resets it).</summary>
    private static object? LastField(GoMap map, string name)
    {
        var values = FieldValues(map, name);
        return values.Count == 0 ? null : values[^1];
    }

    private static bool TryString(GoMap map, string key, string path, out string value, ref string? error)
    {
        value = string.Empty;
        foreach (object? raw in FieldValues(map, key))
        {
            switch (raw)
            {
                case null:
                    continue;
                case string s:
                    value = s;
                    continue;
                default:
                    error = Mismatch(raw, path, "string");
                    return false;
            }
        }

        return true;
    }

    private static string Mismatch(object? value, string path, string goType) =>
        $"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {JsonKind(value)} into Go struct field SimpleHead.{path} of type {goType}";

    private static string JsonKind(object? value) => value switch
    {
        bool => "bool",
        string => "string",
        GoList => "array",
        GoMap => "object",
        _ => "number",
    };

    private sealed record ManifestHead(string Kind, Dictionary<string, string>? Annotations);
}
