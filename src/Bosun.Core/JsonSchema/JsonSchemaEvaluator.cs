using System.Globalization;
using Bosun.Core.Values;

namespace Bosun.Core.JsonSchema;

/// <summary>
/// One step of santhosh-tekuri/jsonschema v6's validator: a schema applied to a value, collecting the
/// error tree its Validate returns (keyword order, grouping and instance locations as that library has them).
/// Object properties are visited in sorted key order (Go visits them in random map order).
/// </summary>
internal sealed partial class JsonSchemaEvaluator
{
    private readonly object? _v;
    private readonly List<string> _vloc;
    private readonly JsonSchemaNode _sch;
    private readonly JsonSchemaScope _scp;
    private readonly List<JsonSchemaError> _errors = [];
    private readonly bool _boolResult;
    private JsonSchemaUneval _uneval;

    internal JsonSchemaEvaluator(object? v, List<string> vloc, JsonSchemaNode sch, JsonSchemaScope scp, JsonSchemaUneval uneval, bool boolResult)
    {
        _v = v;
        _vloc = vloc;
        _sch = sch;
        _scp = scp;
        _uneval = uneval;
        _boolResult = boolResult;
    }

    /// <summary>Validates the root value; null when valid, else the Schema-kind root error.</summary>
    public static JsonSchemaError? ValidateRoot(JsonSchemaNode root, object? value, string documentUrl)
    {
        var vd = new JsonSchemaEvaluator(value, [], root, new JsonSchemaScope(root, string.Empty, 0, null), JsonSchemaUneval.From(value, root, false), false);
        var err = vd.Validate(out _);
        if (err is null)
        {
            return null;
        }

        var top = new JsonSchemaError(JsonSchemaErrorKind.Schema, [], "jsonschema validation failed with " + JsonSchemaText.Quote(documentUrl + "#"));
        if (err.Kind == JsonSchemaErrorKind.Group)
        {
            top.Causes.AddRange(err.Causes);
        }
        else
        {
            top.Causes.Add(err);
        }

        return top;
    }

    private JsonSchemaError? Validate(out JsonSchemaUneval? uneval)
    {
        uneval = null;
        var s = _sch;
        var v = _v;
        if (s.Bool is bool b)
        {
            if (b)
            {
                uneval = _uneval;
                return null;
            }

            return Error("false schema");
        }

        if (_scp.CheckCycle() is { } cyc)
        {
            return Error($"both {_scp.KeywordLocation()} and {cyc.KeywordLocation()} resolve to {GoStrconv.Quote(s.Location)} causing reference cycle");
        }

        string t = TypeOf(v);
        if (t.Length == 0)
        {
            return Error("invalid jsonType " + GoTypeName(v));
        }

        if (s.Types is { Count: > 0 } types)
        {
            bool matched = types.Contains(t) || (types.Contains("integer") && t == "number" && IsInteger(v));
            if (!matched)
            {
                return Error($"got {t}, want {string.Join(" or ", SortedTypes(types))}");
            }
        }

        if (s.HasConst && !JsonSchemaEquality.Equal(v, s.Const))
        {
            return Error(s.Const is GoMap or GoList ? "'const' failed" : "value must be " + JsonSchemaText.Display(s.Const));
        }

        if (s.Enum is { } en)
        {
            bool matched = en.Any(item => JsonSchemaEquality.Equal(v, item));
            if (!matched)
            {
                return Error(EnumMessage(en));
            }
        }

        if (s.Format is { } fmt && fmt.Validate(v) is { } ferr)
        {
            return Error($"{JsonSchemaText.Display(v)} is not valid {fmt.Name}: {ferr}");
        }

        if (s.Ref is { } refNode)
        {
            var err = ValidateRef(refNode, "$ref");
            if (s.Draft < 2019)
            {
                uneval = _uneval;
                return err;
            }

            AddErr(err);
        }

        switch (v)
        {
            case GoMap obj:
                ObjValidate(obj);
                break;
            case GoList arr:
                ArrValidate(arr);
                break;
            case string str:
                StrValidate(str);
                break;
            case null or bool:
                break;
            default:
                NumValidate(v);
                break;
        }

        if (_errors.Count == 0 || !_boolResult)
        {
            if (s.Draft >= 2019)
            {
                ValidateRefs();
            }

            CondValidate();
            if (s.Draft >= 2019)
            {
                UnevalValidate();
            }
        }

        switch (_errors.Count)
        {
            case 0:
                uneval = _uneval;
                return null;
            case 1:
                return _errors[0];
            default:
                var group = Error("validation failed", JsonSchemaErrorKind.Group);
                group.Causes.AddRange(_errors);
                return group;
        }
    }

    private static IEnumerable<string> SortedTypes(List<string> types)
    {
        // jsonType.ToStrings lists the types in the library's bit order.
        string[] order = ["null", "boolean", "number", "integer", "string", "array", "object"];
        return order.Where(types.Contains);
    }

    private static string EnumMessage(List<object?> want)
    {
        if (want.Any(w => w is GoMap or GoList))
        {
            return "'enum' failed";
        }

        return want.Count == 1
            ? "value must be " + JsonSchemaText.Display(want[0])
            : "value must be one of " + string.Join(", ", want.Select(JsonSchemaText.Display));
    }

    internal static string TypeOf(object? v) => v switch
    {
        null => "null",
        bool => "boolean",
        string => "string",
        long or GoInt or double or JsonNumber or int => "number",
        GoMap => "object",
        GoList => "array",
        _ => string.Empty,
    };

    private static string GoTypeName(object? v) => v switch
    {
        byte[] => "[]uint8",
        _ => v?.GetType().Name ?? "<nil>",
    };

    internal static JsonRational? Rational(object? v) => v switch
    {
        long l => JsonRational.FromInt64(l),
        int i => JsonRational.FromInt64(i),
        GoInt gi => gi.Type.Name.StartsWith("uint", StringComparison.Ordinal) ? JsonRational.FromUInt64(gi.AsUnsigned) : JsonRational.FromInt64(gi.Bits),
        double d => JsonRational.FromDouble(d),
        JsonNumber n => n.Value,
        _ => null,
    };

    private static bool IsInteger(object? v) => Rational(v) is { IsInteger: true };

    private JsonSchemaError Error(string message, JsonSchemaErrorKind kind = JsonSchemaErrorKind.Keyword) =>
        new(kind, [.. _vloc], message);

    private void AddErr(JsonSchemaError? err)
    {
        if (err is not null)
        {
            _errors.Add(err);
        }
    }

    private void AddError(string message) => _errors.Add(Error(message));

    private void AddErrors(List<JsonSchemaError> causes, string message)
    {
        var err = Error(message);
        err.Causes.AddRange(causes);
        _errors.Add(err);
    }

    private JsonSchemaError? ValidateSelf(JsonSchemaNode sch, string refKw, bool boolResult)
    {
        var scp = _scp.Child(sch, refKw, _scp.Vid);
        var uneval = JsonSchemaUneval.From(_v, sch, !_uneval.IsEmpty);
        var sub = new JsonSchemaEvaluator(_v, _vloc, sch, scp, uneval, _boolResult || boolResult);
        var err = sub.Validate(out var subUneval);
        if (err is null && subUneval is not null)
        {
            _uneval.Merge(subUneval);
        }

        return err;
    }

    private JsonSchemaError? ValidateVal(JsonSchemaNode sch, object? v, string vtok)
    {
        var vloc = new List<string>(_vloc) { vtok };
        var scp = _scp.Child(sch, string.Empty, _scp.Vid + 1);
        var sub = new JsonSchemaEvaluator(v, vloc, sch, scp, JsonSchemaUneval.From(v, sch, false), _boolResult);
        return sub.Validate(out _);
    }

    private JsonSchemaError? ValidateRef(JsonSchemaNode sch, string kw)
    {
        var err = ValidateSelf(sch, kw, false);
        if (err is null)
        {
            return null;
        }

        var refErr = Error("validation failed", JsonSchemaErrorKind.Reference);
        if (err.Kind == JsonSchemaErrorKind.Group)
        {
            refErr.Causes.AddRange(err.Causes);
        }
        else
        {
            refErr.Causes.Add(err);
        }

        return refErr;
    }

    private static string Itoa(int i) => i.ToString(CultureInfo.InvariantCulture);
}
