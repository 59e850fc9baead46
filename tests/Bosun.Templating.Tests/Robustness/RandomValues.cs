using Bosun.Core.Values;

namespace Bosun.Templating.Tests.Robustness;

/// <summary>Random values of the Go value model, the shape helm gives templates (<c>.Values</c>, <c>.Release</c>...).</summary>
internal sealed class RandomValues
{
    private static readonly string[] s_keys = ["a", "b", "list", "map", "k", "text", "count", "nested", "inner", "value", "tpl", "labels"];

    private readonly Random _random;

    public RandomValues(Random random)
    {
        _random = random;
    }

    /// <summary>A helm-like top-level object with random <c>.Values</c>.</summary>
    public GoMap Top()
    {
        var top = new GoMap(GoType.CommonValues);
        top["Values"] = new GoMap(GoType.CommonValues, Map(0).Entries);
        top["Release"] = new GoMap { ["Name"] = "rel", ["Namespace"] = "ns", ["Service"] = "Helm", ["Revision"] = 1L };
        top["Chart"] = new GoMap { ["Name"] = "chart", ["Version"] = "1.0.0", ["AppVersion"] = "2.0" };
        top["Template"] = new GoMap(GoType.CommonValues) { ["Name"] = "fuzz", ["BasePath"] = "chart/templates" };
        return top;
    }

    private GoMap Map(int depth)
    {
        var map = new GoMap();
        int count = _random.Next(0, depth == 0 ? 8 : 4);
        for (int i = 0; i < count; i++)
        {
            map[s_keys[_random.Next(s_keys.Length)]] = Value(depth + 1);
        }

        return map;
    }

    private object? Value(int depth)
    {
        switch (_random.Next(depth >= 3 ? 7 : 9))
        {
            case 0: return null;
            case 1: return GoValue.Bool(_random.Next(2) == 0);
            case 2: return (double)_random.Next(-1000, 1000) / (_random.Next(3) + 1);
            case 3: return GoInt.Int64(_random.Next(-50, 50));
            case 4: return GoValue.Int(_random.Next(-50, 50));
            case 5: return new[] { "", "a", "hello world", "{{ .Values.a }}", "a,b,c", "123", "true", "ünïcødé", "x-y-z-" }[_random.Next(9)];
            case 6: return new byte[] { 1, 2, 3 };
            case 7: return new GoList(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Value(depth + 1)));
            default: return Map(depth);
        }
    }
}
