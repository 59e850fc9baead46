using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Registry;

/// <summary>
/// The types the emulator serves: the built-ins plus one entry per served version of every established CRD.
/// Thread-safe; <see cref="Generation"/> changes whenever the set changes (discovery hash, OpenAPI hash).
/// </summary>
public sealed class TypeRegistry
{
    private readonly object _gate = new();
    private readonly List<ResourceType> _builtIn;
    private readonly Dictionary<string, List<ResourceType>> _custom = new(StringComparer.Ordinal);
    private IReadOnlyList<ResourceType> _snapshot;

    public TypeRegistry()
    {
        _builtIn = [.. BuiltInTypes.All];
        _snapshot = _builtIn;
    }

    /// <summary>Bumped on every change of the served types.</summary>
    public long Generation { get; private set; } = 1;

    /// <summary>Every served type, built-ins first, then custom resources by CRD name.</summary>
    public IReadOnlyList<ResourceType> All
    {
        get
        {
            lock (_gate)
            {
                return _snapshot;
            }
        }
    }

    /// <summary>The type served at <c>group/version/plural</c>, or null.</summary>
    public ResourceType? Find(string group, string version, string plural)
    {
        foreach (var type in All)
        {
            if (type.Group == group && type.Version == version && type.Plural == plural)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The preferred (first served) type of a group and kind, or null.</summary>
    public ResourceType? FindKind(string group, string kind)
    {
        foreach (var type in All)
        {
            if (type.Group == group && type.Kind == kind)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Any version of the type stored under <paramref name="storeKey"/> (<c>group/plural</c>).</summary>
    public ResourceType? FindByStoreKey(string storeKey)
    {
        foreach (var type in All)
        {
            if (type.StoreKey == storeKey)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Serves the versions of a CRD (replacing what it served before).</summary>
    public void AddCustomResourceDefinition(JsonObject crd)
    {
        var types = FromCrd(crd);
        string name = crd["metadata"]?["name"]?.GetValue<string>() ?? "";
        lock (_gate)
        {
            _custom[name] = types;
            Rebuild();
        }
    }

    /// <summary>Stops serving the types of a CRD.</summary>
    public void RemoveCustomResourceDefinition(string crdName)
    {
        lock (_gate)
        {
            if (_custom.Remove(crdName))
            {
                Rebuild();
            }
        }
    }

    private void Rebuild()
    {
        var all = new List<ResourceType>(_builtIn);
        foreach (var name in _custom.Keys.Order(StringComparer.Ordinal))
        {
            all.AddRange(_custom[name]);
        }

        _snapshot = all;
        Generation++;
    }

    /// <summary>The types a CRD declares: one per served version, the storage version first.</summary>
    public static List<ResourceType> FromCrd(JsonObject crd)
    {
        var result = new List<ResourceType>();
        if (crd["spec"] is not JsonObject spec || spec["names"] is not JsonObject names)
        {
            return result;
        }

        string group = Str(spec["group"]);
        string plural = Str(names["plural"]);
        string kind = Str(names["kind"]);
        if (group.Length == 0 || plural.Length == 0 || kind.Length == 0)
        {
            return result;
        }

        string singular = Str(names["singular"]);
        bool namespaced = Str(spec["scope"]) != "Cluster";
        var shortNames = Strings(names["shortNames"]);
        var categories = Strings(names["categories"]);
        string name = crd["metadata"]?["name"]?.GetValue<string>() ?? plural + "." + group;
        if (spec["versions"] is not JsonArray versions)
        {
            return result;
        }

        foreach (var node in versions)
        {
            if (node is not JsonObject version || version["served"]?.GetValue<bool>() == false)
            {
                continue;
            }

            var subresources = version["subresources"] as JsonObject;
            var type = new ResourceType(group, Str(version["name"]), kind, plural, namespaced, shortNames, categories,
                HasStatus: subresources?["status"] is not null,
                HasScale: subresources?["scale"] is not null,
                HasGeneration: true)
            {
                CrdName = name,
                Singular = singular.Length > 0 ? singular : kind.ToLowerInvariant(),
                OpenApiV3Schema = version["schema"]?["openAPIV3Schema"] as JsonObject,
            };
            if (version["storage"]?.GetValue<bool>() == true)
            {
                result.Insert(0, type);
            }
            else
            {
                result.Add(type);
            }
        }

        return result;
    }

    private static string Str(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? s) ? s : "";

    private static string[] Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(Str).Where(s => s.Length > 0)] : [];
}
