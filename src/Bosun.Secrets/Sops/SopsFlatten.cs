using System.Globalization;

namespace Bosun.Secrets.Sops;

/// <summary>sops' flattening of metadata for dotenv and INI: nested maps join with <c>__map_</c>, list indices with <c>__list_N</c>.</summary>
internal static class SopsFlatten
{
    private const string MapSeparator = "__map_";
    private const string ListSeparator = "__list_";

    public static SopsBranch Flatten(SopsBranch branch, string prefix)
    {
        var result = new SopsBranch();
        FlattenMap(branch, prefix, result);
        return result;
    }

    private static void FlattenValue(object? value, string key, SopsBranch result)
    {
        switch (value)
        {
            case SopsBranch map:
                FlattenMap(map, key + MapSeparator, result);
                break;
            case SopsList list:
                int i = 0;
                foreach (var item in list.Where(x => x is not SopsComment))
                {
                    FlattenValue(item, key + ListSeparator + i.ToString(CultureInfo.InvariantCulture), result);
                    i++;
                }

                break;
            default:
                if (result.Find(key) is not null)
                {
                    throw new SopsFormatException($"Found key collision \"{key}\" while flattening");
                }

                result.Add(new SopsItem(key, value));
                break;
        }
    }

    private static void FlattenMap(SopsBranch branch, string prefix, SopsBranch result)
    {
        foreach (var item in branch)
        {
            if (item.Key is string key)
            {
                FlattenValue(item.Value, prefix + key, result);
            }
        }
    }

    /// <summary>Rebuilds nested metadata from flat keys (sorted map keys, complete lists).</summary>
    public static SopsBranch Unflatten(SopsBranch flat)
    {
        var root = new Node();
        foreach (var item in flat)
        {
            if (item.Key is not string key)
            {
                continue;
            }

            var node = root;
            foreach (var token in Tokenize(key))
            {
                node = token.Index is { } index
                    ? (node.Indices ??= []).TryGetValue(index, out var n) ? n : node.Indices[index] = new Node()
                    : (node.Keys ??= new(StringComparer.Ordinal)).TryGetValue(token.Key, out var m) ? m : node.Keys[token.Key] = new Node();
            }

            if (node.HasValue)
            {
                throw new SopsFormatException($"Error while unflattening \"{key}\": Duplicate value");
            }

            node.HasValue = true;
            node.Value = item.Value;
        }

        return Convert(root) as SopsBranch ?? throw new SopsFormatException("Internal error: cannot find root");
    }

    private static object? Convert(Node node)
    {
        int kinds = (node.HasValue ? 1 : 0) + (node.Keys is { Count: > 0 } ? 1 : 0) + (node.Indices is { Count: > 0 } ? 1 : 0);
        if (kinds > 1)
        {
            throw new SopsFormatException("Error while unflattening: Type mismatch");
        }

        if (node.HasValue)
        {
            return node.Value;
        }

        if (node.Keys is { Count: > 0 } keys)
        {
            return new SopsBranch(keys.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => new SopsItem(k.Key, Convert(k.Value))));
        }

        if (node.Indices is { Count: > 0 } indices)
        {
            if (indices.Keys.Min() != 0 || indices.Keys.Max() + 1 != indices.Count)
            {
                throw new SopsFormatException("Error while unflattening: Incomplete list");
            }

            return new SopsList(indices.OrderBy(i => i.Key).Select(i => Convert(i.Value)));
        }

        return new SopsBranch();
    }

    private static List<(string Key, int? Index)> Tokenize(string path)
    {
        var tokens = new List<(string, int?)>();
        int state = 0;
        int last = 0;
        int i = 0;
        void Finish()
        {
            switch (state)
            {
                case 0: tokens.Add((path[last..i], null)); break;
                case 1: tokens.Add((path[(last + MapSeparator.Length)..i], null)); break;
                default:
                    int.TryParse(path[(last + ListSeparator.Length)..i], NumberStyles.Integer, CultureInfo.InvariantCulture, out int pos);
                    tokens.Add((string.Empty, pos));
                    break;
            }

            last = i;
        }

        while (i < path.Length)
        {
            if (string.CompareOrdinal(path, i, MapSeparator, 0, MapSeparator.Length) == 0)
            {
                Finish();
                state = 1;
                i += MapSeparator.Length;
            }
            else if (string.CompareOrdinal(path, i, ListSeparator, 0, ListSeparator.Length) == 0)
            {
                Finish();
                state = 2;
                i += ListSeparator.Length;
            }
            else
            {
                i++;
            }
        }

        Finish();
        return tokens;
    }

    private sealed class Node
    {
        public bool HasValue;
        public object? Value;
        public Dictionary<string, Node>? Keys;
        public Dictionary<int, Node>? Indices;
    }
}
