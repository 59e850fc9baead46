namespace Bosun.Core.Yaml.Go;

/// <summary>
/// go-yaml's <c>map[interface{}]interface{}</c>: keys compare by Go type and value (1, 1.0 and "1" differ),
/// nil is a valid key; iteration follows first insertion.
/// </summary>
internal sealed class GoYamlMap
{
    private static readonly object s_nilKey = new();
    private readonly Dictionary<object, object?> _entries = new();

    public int Count => _entries.Count;

    public void Set(object? key, object? value) => _entries[key ?? s_nilKey] = value;

    public bool Contains(object? key) => _entries.ContainsKey(key ?? s_nilKey);

    public IEnumerable<KeyValuePair<object?, object?>> Entries
    {
        get
        {
            foreach (var pair in _entries)
            {
                yield return new KeyValuePair<object?, object?>(ReferenceEquals(pair.Key, s_nilKey) ? null : pair.Key, pair.Value);
            }
        }
    }
}
