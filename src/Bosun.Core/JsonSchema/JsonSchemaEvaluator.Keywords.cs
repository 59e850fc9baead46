using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>The type-specific keywords (objValidate, arrValidate, strValidate, numValidate).</summary>
internal sealed partial class JsonSchemaEvaluator
{
    private void ObjValidate(GoMap obj)
    {
        var s = _sch;
        if (s.MinProperties is int minp && obj.Count < minp)
        {
            AddError($"minProperties: got {JsonSchemaText.Int(obj.Count)}, want {JsonSchemaText.Int(minp)}");
        }

        if (s.MaxProperties is int maxp && obj.Count > maxp)
        {
            AddError($"maxProperties: got {JsonSchemaText.Int(obj.Count)}, want {JsonSchemaText.Int(maxp)}");
        }

        if (s.Required is { Length: > 0 } req && FindMissing(obj, req) is { } missing)
        {
            AddError(missing.Count == 1 ? "missing property " + JsonSchemaText.Quote(missing[0]) : "missing properties " + JsonSchemaText.JoinQuoted(missing));
        }

        if (s.Dependencies is { } deps)
        {
            foreach (var (pname, dep) in deps)
            {
                if (!obj.ContainsKey(pname))
                {
                    continue;
                }

                if (dep is string[] names)
                {
                    if (FindMissing(obj, names) is { } m)
                    {
                        AddError($"properties {JsonSchemaText.JoinQuoted(m)} required, if {JsonSchemaText.Quote(pname)} exists");
                    }
                }
                else if (dep is JsonSchemaNode depSchema)
                {
                    AddErr(ValidateSelf(depSchema, string.Empty, false));
                }
            }
        }

        var additional = new List<string>();
        foreach (var pname in obj.SortedKeys())
        {
            var pvalue = obj[pname];
            bool evaluated = false;
            if (s.Properties is { } props)
            {
                foreach (var (name, sch) in props)
                {
                    if (name == pname)
                    {
                        evaluated = true;
                        AddErr(ValidateVal(sch, pvalue, pname));
                        break;
                    }
                }
            }

            if (s.PatternProperties is { } pats)
            {
                foreach (var (re, sch) in pats)
                {
                    if (re.IsMatch(pname))
                    {
                        evaluated = true;
                        AddErr(ValidateVal(sch, pvalue, pname));
                    }
                }
            }

            if (!evaluated && s.AdditionalProperties is not null)
            {
                evaluated = true;
                if (s.AdditionalProperties is false)
                {
                    additional.Add(pname);
                }
                else if (s.AdditionalProperties is JsonSchemaNode ap)
                {
                    AddErr(ValidateVal(ap, pvalue, pname));
                }
            }

            if (evaluated)
            {
                _uneval.Props?.Remove(pname);
            }
        }

        if (additional.Count > 0)
        {
            AddError($"additional properties {JsonSchemaText.JoinQuoted(additional)} not allowed");
        }

        if (s.Draft == 4)
        {
            return;
        }

        if (s.PropertyNames is { } pn)
        {
            foreach (var pname in obj.SortedKeys())
            {
                var sub = new JsonSchemaEvaluator(pname, [], pn, new JsonSchemaScope(pn, string.Empty, 0, null), JsonSchemaUneval.From(pname, pn, false), _boolResult);
                var err = sub.Validate(out _);
                if (err is not null)
                {
                    // The library reports the name at the empty instance location (the name is its own instance).
                    var wrapped = new JsonSchemaError(JsonSchemaErrorKind.Keyword, [], "invalid propertyName " + JsonSchemaText.Quote(pname));
                    if (err.Kind == JsonSchemaErrorKind.Group)
                    {
                        wrapped.Causes.AddRange(err.Causes);
                    }
                    else
                    {
                        wrapped.Causes.Add(err);
                    }

                    _errors.Add(wrapped);
                }
            }
        }

        if (s.Draft == 6)
        {
            return;
        }

        if (s.DependentSchemas is { } ds)
        {
            foreach (var (pname, sch) in ds)
            {
                if (obj.ContainsKey(pname))
                {
                    AddErr(ValidateSelf(sch, string.Empty, false));
                }
            }
        }

        if (s.DependentRequired is { } dr)
        {
            foreach (var (pname, reqd) in dr)
            {
                if (obj.ContainsKey(pname) && FindMissing(obj, reqd) is { } m)
                {
                    AddError($"properties {JsonSchemaText.JoinQuoted(m)} required, if {JsonSchemaText.Quote(pname)} exists");
                }
            }
        }
    }

    private static List<string>? FindMissing(GoMap obj, string[] required)
    {
        List<string>? missing = null;
        foreach (var name in required)
        {
            if (!obj.ContainsKey(name))
            {
                (missing ??= []).Add(name);
            }
        }

        return missing;
    }

    private void ArrValidate(GoList arr)
    {
        var s = _sch;
        if (s.MinItems is int min && arr.Count < min)
        {
            AddError($"minItems: got {JsonSchemaText.Int(arr.Count)}, want {JsonSchemaText.Int(min)}");
        }

        if (s.MaxItems is int max && arr.Count > max)
        {
            AddError($"maxItems: got {JsonSchemaText.Int(arr.Count)}, want {JsonSchemaText.Int(max)}");
        }

        if (s.UniqueItems && arr.Count > 1)
        {
            for (int i = 1; i < arr.Count; i++)
            {
                int dup = -1;
                for (int j = 0; j < i; j++)
                {
                    if (JsonSchemaEquality.Equal(arr[i], arr[j]))
                    {
                        dup = j;
                        break;
                    }
                }

                if (dup >= 0)
                {
                    AddError($"items at {JsonSchemaText.Int(dup)} and {JsonSchemaText.Int(i)} are equal");
                    break;
                }
            }
        }

        if (s.Draft < 2020)
        {
            int evaluated = 0;
            if (s.Items is JsonSchemaNode items)
            {
                for (int i = 0; i < arr.Count; i++)
                {
                    AddErr(ValidateVal(items, arr[i], Itoa(i)));
                }

                evaluated = arr.Count;
            }
            else if (s.Items is List<JsonSchemaNode> list)
            {
                int n = Math.Min(arr.Count, list.Count);
                for (int i = 0; i < n; i++)
                {
                    AddErr(ValidateVal(list[i], arr[i], Itoa(i)));
                }

                evaluated = n;
            }

            if (s.AdditionalItems is false && evaluated != arr.Count)
            {
                AddError($"last {JsonSchemaText.Int(arr.Count - evaluated)} additionalItem(s) not allowed");
            }
            else if (s.AdditionalItems is JsonSchemaNode ai)
            {
                // The library reports these at their index within the additional items, not the array.
                for (int i = evaluated; i < arr.Count; i++)
                {
                    AddErr(ValidateVal(ai, arr[i], Itoa(i - evaluated)));
                }
            }
        }
        else
        {
            var prefix = s.PrefixItems ?? [];
            int evaluated = Math.Min(prefix.Count, arr.Count);
            for (int i = 0; i < evaluated; i++)
            {
                AddErr(ValidateVal(prefix[i], arr[i], Itoa(i)));
            }

            if (s.Items2020 is { } items)
            {
                // As in the library, the location counts from the first item after prefixItems.
                for (int i = evaluated; i < arr.Count; i++)
                {
                    AddErr(ValidateVal(items, arr[i], Itoa(i - evaluated)));
                }
            }
        }

        if (s.Contains is { } contains)
        {
            var errors = new List<JsonSchemaError>();
            var matched = new List<int>();
            for (int i = 0; i < arr.Count; i++)
            {
                var err = ValidateVal(contains, arr[i], Itoa(i));
                if (err is not null)
                {
                    errors.Add(err);
                }
                else
                {
                    matched.Add(i);
                    if (s.Draft >= 2020)
                    {
                        _uneval.Items?.Remove(i);
                    }
                }
            }

            if (s.MinContains is int minc)
            {
                if (matched.Count < minc)
                {
                    AddErrors(errors, matched.Count == 0
                        ? $"min {JsonSchemaText.Int(minc)} items required to match contains schema, but none matched"
                        : $"min {JsonSchemaText.Int(minc)} items required to match contains schema, but matched {JsonSchemaText.Int(matched.Count)} items at {string.Join(' ', matched)}");
                }
            }
            else if (matched.Count == 0)
            {
                AddErrors(errors, "no items match contains schema");
            }

            if (s.MaxContains is int maxc && matched.Count > maxc)
            {
                AddError($"max {JsonSchemaText.Int(maxc)} items required to match contains schema, but matched {JsonSchemaText.Int(matched.Count)} items at {string.Join(' ', matched)}");
            }
        }
    }

    private void StrValidate(string str)
    {
        var s = _sch;
        if (s.MinLength is not null || s.MaxLength is not null)
        {
            int len = RuneCount(str);
            if (s.MinLength is int min && len < min)
            {
                AddError($"minLength: got {JsonSchemaText.Int(len)}, want {JsonSchemaText.Int(min)}");
            }

            if (s.MaxLength is int max && len > max)
            {
                AddError($"maxLength: got {JsonSchemaText.Int(len)}, want {JsonSchemaText.Int(max)}");
            }
        }

        if (s.Pattern is { } re && !re.IsMatch(str))
        {
            AddError($"{JsonSchemaText.Quote(str)} does not match pattern {JsonSchemaText.Quote(re.Expression)}");
        }
    }

    /// <summary>utf8.RuneCountInString: each code point (a lone surrogate counts as one) is one rune.</summary>
    internal static int RuneCount(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }

            n++;
        }

        return n;
    }

    private void NumValidate(object? v)
    {
        var s = _sch;
        if (Rational(v) is not { } num)
        {
            return;
        }

        string Got() => JsonSchemaText.Float(num.ToDouble());
        static string Want(JsonNumber n) => JsonSchemaText.Float(n.Value.ToDouble());

        if (s.Minimum is { } min && num < min.Value)
        {
            AddError($"minimum: got {Got()}, want {Want(min)}");
        }

        if (s.Maximum is { } max && num > max.Value)
        {
            AddError($"maximum: got {Got()}, want {Want(max)}");
        }

        if (s.ExclusiveMinimum is { } xmin && num <= xmin.Value)
        {
            AddError($"exclusiveMinimum: got {Got()}, want {Want(xmin)}");
        }

        if (s.ExclusiveMaximum is { } xmax && num >= xmax.Value)
        {
            AddError($"exclusiveMaximum: got {Got()}, want {Want(xmax)}");
        }

        if (s.MultipleOf is { } mul && !num.IsMultipleOf(mul.Value))
        {
            AddError($"multipleOf: got {Got()}, want {Want(mul)}");
        }
    }
}
