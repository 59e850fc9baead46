using System.Globalization;
using System.Numerics;
using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>gojsonschema's validateRecursive and its helpers, over Go values.</summary>
internal static partial class GoJsonSchemaEvaluator
{
    private const int MaxDepth = 500;

    private static string Field(string context) => context.StartsWith("(root).", StringComparison.Ordinal) ? context[7..] : context;

    private static void Add(GoJsonSchemaResult result, string context, string description) =>
        result.Add(Field(context), description);

    private static GoJsonSchemaResult Sub(JsonSchemaNode s, object? v, string context, int depth)
    {
        var r = new GoJsonSchemaResult();
        ValidateRecursive(s, v, r, context, depth + 1);
        return r;
    }

    public static void ValidateRecursive(JsonSchemaNode s, object? v, GoJsonSchemaResult result, string context, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new JsonSchemaException(JsonSchemaProblem.InvalidSchema, "schema references recurse without end");
        }

        if (s.Bool is bool pass)
        {
            if (!pass)
            {
                Add(result, context, "False always fails validation");
            }

            return;
        }

        if (s.Ref is { } target)
        {
            ValidateRecursive(target, v, result, context, depth + 1);
            return;
        }

        var types = s.Types ?? [];
        bool typed = types.Count > 0;
        string expected = typed ? (types.Count > 1 ? "[" + string.Join(",", types) + "]" : types[0]) : string.Empty;
        switch (v)
        {
            case null:
                if (typed && !types.Contains("null"))
                {
                    Add(result, context, $"Invalid type. Expected: {expected}, given: null");
                    return;
                }

                ValidateSchema(s, v, result, context, depth);
                ValidateCommon(s, v, result, context);
                break;
            case GoList arr:
                if (typed && !types.Contains("array"))
                {
                    Add(result, context, $"Invalid type. Expected: {expected}, given: array");
                    return;
                }

                ValidateSchema(s, v, result, context, depth);
                ValidateArray(s, arr, result, context, depth);
                ValidateCommon(s, v, result, context);
                break;
            case GoMap obj:
                if (typed && !types.Contains("object"))
                {
                    Add(result, context, $"Invalid type. Expected: {expected}, given: object");
                    return;
                }

                ValidateSchema(s, v, result, context, depth);
                ValidateObject(s, obj, result, context, depth);
                ValidateCommon(s, v, result, context);
                if (s.Properties is { } props)
                {
                    foreach (var (name, sch) in props)
                    {
                        if (obj.TryGetValue(name, out var next))
                        {
                            ValidateRecursive(sch, next, result, context + "." + name, depth + 1);
                        }
                    }
                }

                break;
            case bool:
                if (typed && !types.Contains("boolean"))
                {
                    Add(result, context, $"Invalid type. Expected: {expected}, given: boolean");
                    return;
                }

                ValidateSchema(s, v, result, context, depth);
                ValidateCommon(s, v, result, context);
                break;
            case string str:
                if (typed && !types.Contains("string"))
                {
                    Add(result, context, $"Invalid type. Expected: {expected}, given: string");
                    return;
                }

                ValidateSchema(s, v, result, context, depth);
                ValidateCommon(s, v, result, context);
                ValidateString(s, str, result, context);
                break;
            default:
                if (JsonSchemaEvaluator.Rational(v) is not { } num)
                {
                    return;
                }

                bool isInt = num.IsInteger;
                bool validType = types.Contains("number") || (isInt && types.Contains("integer"));
                if (typed && !validType)
                {
                    Add(result, context, $"Invalid type. Expected: {expected}, given: {(isInt ? "integer" : "number")}");
                    return;
                }

                ValidateSchema(s, v, result, context, depth);
                ValidateNumber(s, num, result, context);
                ValidateCommon(s, v, result, context);
                break;
        }

        result.Score++;
    }

    private static void ValidateSchema(JsonSchemaNode s, object? v, GoJsonSchemaResult result, string context, int depth)
    {
        if (s.AnyOf is { Count: > 0 } anyOf)
        {
            bool ok = false;
            GoJsonSchemaResult? best = null;
            foreach (var sch in anyOf)
            {
                var r = Sub(sch, v, context, depth);
                ok = r.Valid;
                if (ok)
                {
                    break;
                }

                if (best is null || r.Score > best.Score)
                {
                    best = r;
                }
            }

            if (!ok)
            {
                Add(result, context, "Must validate at least one schema (anyOf)");
                if (best is not null)
                {
                    result.Merge(best);
                }
            }
        }

        if (s.OneOf is { Count: > 0 } oneOf)
        {
            int n = 0;
            GoJsonSchemaResult? best = null;
            foreach (var sch in oneOf)
            {
                var r = Sub(sch, v, context, depth);
                if (r.Valid)
                {
                    n++;
                }
                else if (n == 0 && (best is null || r.Score > best.Score))
                {
                    best = r;
                }
            }

            if (n != 1)
            {
                Add(result, context, "Must validate one and only one schema (oneOf)");
                if (n == 0 && best is not null)
                {
                    result.Merge(best);
                }
            }
        }

        if (s.AllOf is { Count: > 0 } allOf)
        {
            int n = 0;
            foreach (var sch in allOf)
            {
                var r = Sub(sch, v, context, depth);
                if (r.Valid)
                {
                    n++;
                }

                result.Merge(r);
            }

            if (n != allOf.Count)
            {
                Add(result, context, "Must validate all the schemas (allOf)");
            }
        }

        if (s.Not is { } not && Sub(not, v, context, depth).Valid)
        {
            Add(result, context, "Must not validate the schema (not)");
        }

        if (s.Dependencies is { Count: > 0 } deps && v is GoMap obj)
        {
            foreach (var key in obj.SortedKeys())
            {
                foreach (var (name, dep) in deps)
                {
                    if (name != key)
                    {
                        continue;
                    }

                    if (dep is string[] names)
                    {
                        foreach (var d in names)
                        {
                            if (!obj.ContainsKey(d))
                            {
                                Add(result, context, "Has a dependency on " + d);
                            }
                        }
                    }
                    else if (dep is JsonSchemaNode ds)
                    {
                        ValidateRecursive(ds, v, result, context, depth + 1);
                    }
                }
            }
        }

        if (s.If is { } cond)
        {
            bool ifValid = Sub(cond, v, context, depth).Valid;
            if (s.Then is { } then && ifValid)
            {
                var r = Sub(then, v, context, depth);
                if (!r.Valid)
                {
                    Add(result, context, "Must validate \"then\" as \"if\" was valid");
                    result.Merge(r);
                }
            }

            if (s.Else is { } els && !ifValid)
            {
                var r = Sub(els, v, context, depth);
                if (!r.Valid)
                {
                    Add(result, context, "Must validate \"else\" as \"if\" was not valid");
                    result.Merge(r);
                }
            }
        }

        result.Score++;
    }

    private static void ValidateCommon(JsonSchemaNode s, object? v, GoJsonSchemaResult result, string context)
    {
        if (s.HasConst)
        {
            string want = Marshal(s.Const);
            if (Marshal(v) != want)
            {
                Add(result, context, $"{Field(context)} does not match: {want}");
            }
        }

        if (s.Enum is { Count: > 0 } en)
        {
            var allowed = en.Select(Marshal).ToList();
            if (!allowed.Contains(Marshal(v)))
            {
                Add(result, context, $"{Field(context)} must be one of the following: {string.Join(", ", allowed)}");
            }
        }

        result.Score++;
    }

    /// <summary>marshalWithoutNumber: JSON of the value with every number normalised through float64.</summary>
    internal static string Marshal(object? v) => GoJson.Serialize(Normalize(v), escapeHtml: true);

    private static object? Normalize(object? v) => v switch
    {
        GoMap m => new GoMap(GoType.MapOfInterface, m.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value))),
        GoList l => new GoList(GoType.SliceOfInterface, l.Select(Normalize).ToList()),
        JsonNumber or long or GoInt or int => JsonSchemaEvaluator.Rational(v)?.ToDouble(),
        _ => v,
    };

    /// <summary>A schema number as a *big.Float prints with %v (shortest digits, exponent from 1e+06 and below 1e-04).</summary>
    internal static string BigFloat(JsonNumber n)
    {
        var r = n.Value;
        bool neg = r.Numerator.Sign < 0;
        string digits;
        int exp;
        if (r.IsInteger)
        {
            digits = BigInteger.Abs(r.Numerator).ToString(CultureInfo.InvariantCulture);
            exp = digits.Length;
        }
        else
        {
            // A terminating decimal: scale the numerator up to an integer.
            int k = 0;
            var num = BigInteger.Abs(r.Numerator);
            var den = r.Denominator;
            while (!(num % den).IsZero && k < 400)
            {
                num *= 10;
                k++;
            }

            digits = (num / den).ToString(CultureInfo.InvariantCulture);
            exp = digits.Length - k;
        }

        string trimmed = digits.TrimEnd('0');
        if (trimmed.Length == 0)
        {
            return "0";
        }

        int lead = digits.Length - digits.TrimStart('0').Length;
        trimmed = trimmed.TrimStart('0');
        exp -= lead;
        var sb = new System.Text.StringBuilder(neg ? "-" : string.Empty);
        int e = exp - 1;
        if (e < -4 || e >= 6)
        {
            sb.Append(trimmed[0]);
            if (trimmed.Length > 1)
            {
                sb.Append('.').Append(trimmed, 1, trimmed.Length - 1);
            }

            sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString("D2", CultureInfo.InvariantCulture));
        }
        else if (exp <= 0)
        {
            sb.Append("0.").Append('0', -exp).Append(trimmed);
        }
        else if (trimmed.Length <= exp)
        {
            sb.Append(trimmed).Append('0', exp - trimmed.Length);
        }
        else
        {
            sb.Append(trimmed, 0, exp).Append('.').Append(trimmed, exp, trimmed.Length - exp);
        }

        return sb.ToString();
    }
}
