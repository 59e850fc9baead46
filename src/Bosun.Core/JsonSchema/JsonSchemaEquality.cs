using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>JSON equality as the Go validators compare values: numbers by exact value, objects by keys.</summary>
internal static class JsonSchemaEquality
{
    public static bool Equal(object? a, object? b)
    {
        switch (a)
        {
            case GoMap ma:
                if (b is not GoMap mb || ma.Count != mb.Count)
                {
                    return false;
                }

                foreach (var (k, va) in ma)
                {
                    if (!mb.TryGetValue(k, out var vb) || !Equal(va, vb))
                    {
                        return false;
                    }
                }

                return true;
            case GoList la:
                if (b is not GoList lb || la.Count != lb.Count)
                {
                    return false;
                }

                for (int i = 0; i < la.Count; i++)
                {
                    if (!Equal(la[i], lb[i]))
                    {
                        return false;
                    }
                }

                return true;
            case null:
                return b is null;
            case bool ba:
                return b is bool bb && ba == bb;
            case string sa:
                return b is string sb && sa == sb;
            default:
                var ra = JsonSchemaEvaluator.Rational(a);
                var rb = JsonSchemaEvaluator.Rational(b);
                return ra is not null && rb is not null && ra.Value == rb.Value;
        }
    }
}
