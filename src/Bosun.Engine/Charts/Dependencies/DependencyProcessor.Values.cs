using Bosun.Core.Values;

namespace Bosun.Engine.Charts.Dependencies;

/// <summary>common.Values Table and PathValue, as the dependency processing reads values.</summary>
public static partial class DependencyProcessor
{
    /// <summary>Values.Table: the sub-table at a dotted path (the map itself, not a copy) or helm's ErrNoTable text.</summary>
    internal static (GoMap Table, string? Error) Table(GoMap values, string name)
    {
        GoMap table = values;
        foreach (string part in name.Split('.'))
        {
            if (!table.TryGetValue(part, out object? value))
            {
                return (table, $"{GoStrconv.Quote(part)} is not a table");
            }

            if (value is GoMap map && (ValuesLoader.IsPlainMap(map) || map.Type.Equals(GoType.CommonValues)))
            {
                table = map;
                continue;
            }

            return (new GoMap(), $"{GoStrconv.Quote(part)} is not a table");
        }

        return (table, null);
    }

    /// <summary>Values.PathValue: true with the value when the path ends at a non-table value (which may be nil).</summary>
    internal static bool PathValue(GoMap values, string path, out object? value)
    {
        value = null;
        string[] parts = path.Split('.');
        GoMap table = values;
        if (parts.Length > 1)
        {
            var (found, error) = Table(values, string.Join('.', parts[..^1]));
            if (error is not null)
            {
                return false;
            }

            table = found;
        }

        if (table.TryGetValue(parts[^1], out object? candidate) && !ValuesCoalescer.IsTable(candidate))
        {
            value = candidate;
            return true;
        }

        return false;
    }
}
