using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>not / allOf / anyOf / oneOf / if-then-else, dynamic references and unevaluated*.</summary>
internal sealed partial class JsonSchemaEvaluator
{
    private void CondValidate()
    {
        var s = _sch;
        if (s.Not is { } not && ValidateSelf(not, string.Empty, true) is null)
        {
            AddError("'not' failed");
        }

        if (s.AllOf is { Count: > 0 } allOf)
        {
            var errors = new List<JsonSchemaError>();
            foreach (var sch in allOf)
            {
                if (ValidateSelf(sch, string.Empty, false) is { } err)
                {
                    errors.Add(err);
                    if (_boolResult)
                    {
                        break;
                    }
                }
            }

            if (errors.Count > 0)
            {
                AddErrors(errors, "'allOf' failed");
            }
        }

        if (s.AnyOf is { Count: > 0 } anyOf)
        {
            bool matched = false;
            var errors = new List<JsonSchemaError>();
            foreach (var sch in anyOf)
            {
                if (ValidateSelf(sch, string.Empty, false) is { } err)
                {
                    errors.Add(err);
                }
                else
                {
                    matched = true;
                    if (_uneval.IsEmpty)
                    {
                        break;
                    }
                }
            }

            if (!matched)
            {
                AddErrors(errors, "'anyOf' failed");
            }
        }

        if (s.OneOf is { Count: > 0 } oneOf)
        {
            int matched = -1;
            var errors = new List<JsonSchemaError>();
            for (int i = 0; i < oneOf.Count; i++)
            {
                if (ValidateSelf(oneOf[i], string.Empty, matched != -1) is { } err)
                {
                    if (matched == -1)
                    {
                        errors.Add(err);
                    }
                }
                else if (matched == -1)
                {
                    matched = i;
                }
                else
                {
                    AddError($"'oneOf' failed, subschemas {JsonSchemaText.Int(matched)}, {JsonSchemaText.Int(i)} matched");
                    break;
                }
            }

            if (matched == -1)
            {
                AddErrors(errors, "'oneOf' failed, none matched");
            }
        }

        if (s.If is { } cond)
        {
            if (ValidateSelf(cond, string.Empty, true) is null)
            {
                if (s.Then is { } then)
                {
                    AddErr(ValidateSelf(then, string.Empty, false));
                }
            }
            else if (s.Else is { } els)
            {
                AddErr(ValidateSelf(els, string.Empty, false));
            }
        }
    }

    private void ValidateRefs()
    {
        if (_sch.RecursiveRef is { } rref)
        {
            var sch = rref;
            if (sch.RecursiveAnchor)
            {
                for (var scp = _scp; scp is not null; scp = scp.Parent)
                {
                    if (scp.Node.Resource.RecursiveAnchor)
                    {
                        sch = scp.Node;
                    }
                }
            }

            AddErr(ValidateRef(sch, "$recursiveRef"));
        }

        if (_sch.DynamicRef is { } dref)
        {
            var sch = dref;
            if (_sch.DynamicRefAnchor is { } anchor && sch.DynamicAnchor == anchor)
            {
                for (var scp = _scp; scp is not null; scp = scp.Parent)
                {
                    if (scp.Node.Resource.DynamicAnchorNodes.TryGetValue(anchor, out var d))
                    {
                        sch = d;
                    }
                }
            }

            AddErr(ValidateRef(sch, "$dynamicRef"));
        }
    }

    private void UnevalValidate()
    {
        var s = _sch;
        if (_v is GoMap obj && s.UnevaluatedProperties is { } up)
        {
            if (_uneval.Props is { } props)
            {
                foreach (var pname in props.Order(StringComparer.Ordinal))
                {
                    if (obj.TryGetValue(pname, out var pvalue))
                    {
                        AddErr(ValidateVal(up, pvalue, pname));
                    }
                }
            }

            _uneval.Props = null;
        }

        if (_v is GoList arr && s.UnevaluatedItems is { } ui)
        {
            if (_uneval.Items is { } items)
            {
                foreach (int i in items.Order())
                {
                    AddErr(ValidateVal(ui, arr[i], Itoa(i)));
                }
            }

            _uneval.Items = null;
        }
    }
}
