using System.Globalization;
using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>gojsonschema's validateArray, validateObject, validateString and validateNumber.</summary>
internal static partial class GoJsonSchemaEvaluator
{
    private static readonly HashSet<string> s_legacyFormats = new(StringComparer.Ordinal)
    {
        "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "date-time", "date", "time", "uri",
        "uri-reference", "iri", "iri-reference", "uri-template", "uuid", "regex", "json-pointer", "relative-json-pointer",
    };

    private static string Itoa(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static void ValidateArray(JsonSchemaNode s, GoList arr, GoJsonSchemaResult result, string context, int depth)
    {
        int n = arr.Count;
        if (s.Items is JsonSchemaNode single)
        {
            for (int i = 0; i < n; i++)
            {
                result.Merge(Sub(single, arr[i], context + "." + Itoa(i), depth));
            }
        }
        else if (s.Items is List<JsonSchemaNode> { Count: > 0 } list)
        {
            for (int i = 0; i != list.Count && i != n; i++)
            {
                result.Merge(Sub(list[i], arr[i], context + "." + Itoa(i), depth));
            }

            if (list.Count < n)
            {
                if (s.AdditionalItems is false)
                {
                    Add(result, context, "No additional items allowed on array");
                }
                else if (s.AdditionalItems is JsonSchemaNode ai)
                {
                    for (int i = list.Count; i != n; i++)
                    {
                        result.Merge(Sub(ai, arr[i], context + "." + Itoa(i), depth));
                    }
                }
            }
        }

        if (s.MinItems is int min && n < min)
        {
            Add(result, context, $"Array must have at least {min} items");
        }

        if (s.MaxItems is int max && n > max)
        {
            Add(result, context, $"Array must have at most {max} items");
        }

        if (s.UniqueItems)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int j = 0; j < n; j++)
            {
                string key = Marshal(arr[j]);
                if (seen.TryGetValue(key, out int i))
                {
                    Add(result, context, $"array items[{i},{j}] must be unique");
                }

                seen[key] = j;
            }
        }

        if (s.Contains is { } contains)
        {
            bool one = false;
            GoJsonSchemaResult? best = null;
            for (int i = 0; i < n; i++)
            {
                var r = Sub(contains, arr[i], context + "." + Itoa(i), depth);
                if (r.Valid)
                {
                    one = true;
                    break;
                }

                if (best is null || r.Score > best.Score)
                {
                    best = r;
                }
            }

            if (!one)
            {
                Add(result, context, "At least one of the items must match");
                if (best is not null)
                {
                    result.Merge(best);
                }
            }
        }

        result.Score++;
    }

    private static void ValidateObject(JsonSchemaNode s, GoMap obj, GoJsonSchemaResult result, string context, int depth)
    {
        if (s.MinProperties is int min && obj.Count < min)
        {
            Add(result, context, $"Must have at least {min} properties");
        }

        if (s.MaxProperties is int max && obj.Count > max)
        {
            Add(result, context, $"Must have at most {max} properties");
        }

        foreach (var req in s.Required ?? [])
        {
            if (obj.ContainsKey(req))
            {
                result.Score++;
            }
            else
            {
                Add(result, context, req + " is required");
            }
        }

        foreach (var pk in obj.SortedKeys())
        {
            bool found = s.Properties?.Any(p => p.Key == pk) ?? false;
            bool matched = false;
            if (s.PatternProperties is { } pats)
            {
                foreach (var (re, sch) in pats)
                {
                    if (re.IsMatch(pk))
                    {
                        matched = true;
                        result.Merge(Sub(sch, obj[pk], context + "." + pk, depth));
                    }
                }

                if (matched)
                {
                    result.Score++;
                }
            }

            if (!found && !matched)
            {
                if (s.AdditionalProperties is false)
                {
                    Add(result, context, $"Additional property {pk} is not allowed");
                }
                else if (s.AdditionalProperties is JsonSchemaNode ap)
                {
                    result.Merge(Sub(ap, obj[pk], context + "." + pk, depth));
                }
            }
        }

        if (s.PropertyNames is { } pn)
        {
            foreach (var pk in obj.SortedKeys())
            {
                var r = Sub(pn, pk, context, depth);
                if (!r.Valid)
                {
                    Add(result, context, $"Property name of \"{pk}\" does not match");
                    result.Merge(r);
                }
            }
        }

        result.Score++;
    }

    private static void ValidateString(JsonSchemaNode s, string str, GoJsonSchemaResult result, string context)
    {
        if (s.MinLength is int min && JsonSchemaEvaluator.RuneCount(str) < min)
        {
            Add(result, context, $"String length must be greater than or equal to {min}");
        }

        if (s.MaxLength is int max && JsonSchemaEvaluator.RuneCount(str) > max)
        {
            Add(result, context, $"String length must be less than or equal to {max}");
        }

        if (s.Pattern is { } re && !re.IsMatch(str))
        {
            Add(result, context, $"Does not match pattern '{re.Expression}'");
        }

        if (s.Format is { } f && f.Validate(str) is not null)
        {
            Add(result, context, $"Does not match format '{f.Name}'");
        }

        result.Score++;
    }

    private static void ValidateNumber(JsonSchemaNode s, JsonRational num, GoJsonSchemaResult result, string context)
    {
        if (s.MultipleOf is { } mul && !num.IsMultipleOf(mul.Value))
        {
            Add(result, context, "Must be a multiple of " + BigFloat(mul));
        }

        if (s.Maximum is { } max && num > max.Value)
        {
            Add(result, context, "Must be less than or equal to " + BigFloat(max));
        }

        if (s.ExclusiveMaximum is { } xmax && num >= xmax.Value)
        {
            Add(result, context, "Must be less than " + BigFloat(xmax));
        }

        if (s.Minimum is { } min && num < min.Value)
        {
            Add(result, context, "Must be greater than or equal to " + BigFloat(min));
        }

        if (s.ExclusiveMinimum is { } xmin && num <= xmin.Value)
        {
            Add(result, context, "Must be greater than " + BigFloat(xmin));
        }

        // gojsonschema's format checkers accept strings only: a number fails every format they know.
        if (s.FormatName is { } format && s_legacyFormats.Contains(format))
        {
            Add(result, context, $"Does not match format '{format}'");
        }

        result.Score++;
    }
}
