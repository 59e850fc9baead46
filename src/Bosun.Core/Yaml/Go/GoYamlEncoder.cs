using System.Globalization;
using Bosun.Core.Values;
using Bosun.Core.Yaml.Emitting;
using Bosun.Core.Yaml.Syntax;

namespace Bosun.Core.Yaml.Go;

/// <summary>
/// go-yaml v2's Marshal (encode.go) of go-yaml values — null, bool, long (int), ulong (uint64), double
/// (float64), string, <c>List&lt;object?&gt;</c> and <see cref="GoYamlMap"/> with string keys — to events for
/// the emitter: block collections, keys in keyList order, strings quoted when they would resolve to another
/// type, multi-line strings as literal blocks.
/// </summary>
internal sealed class GoYamlEncoder
{
    private readonly YamlEmitter _emitter = new();

    public static byte[] Marshal(object? value)
    {
        var encoder = new GoYamlEncoder();
        encoder._emitter.Emit(new YamlEvent { Kind = YamlEventKind.StreamStart });
        encoder._emitter.Emit(new YamlEvent { Kind = YamlEventKind.DocumentStart, Implicit = true });
        encoder.Encode(value);
        encoder._emitter.Emit(new YamlEvent { Kind = YamlEventKind.DocumentEnd, Implicit = true });
        encoder._emitter.OpenEnded = false;
        encoder._emitter.Emit(new YamlEvent { Kind = YamlEventKind.StreamEnd });
        return encoder._emitter.Output.ToArray();
    }

    private void Encode(object? value)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoYamlException("yaml: document nesting too deep");
        }

        switch (value)
        {
            case null:
                Scalar("null", YamlScalarStyle.Plain);
                break;
            case bool b:
                Scalar(b ? "true" : "false", YamlScalarStyle.Plain);
                break;
            case long l:
                Scalar(l.ToString(CultureInfo.InvariantCulture), YamlScalarStyle.Plain);
                break;
            case ulong u:
                Scalar(u.ToString(CultureInfo.InvariantCulture), YamlScalarStyle.Plain);
                break;
            case double d:
                Scalar(FormatFloat(d), YamlScalarStyle.Plain);
                break;
            case string s:
                StringValue(s);
                break;
            case List<object?> list:
                _emitter.Emit(new YamlEvent { Kind = YamlEventKind.SequenceStart, Implicit = true, CollectionStyle = YamlCollectionStyle.Block });
                foreach (var item in list)
                {
                    Encode(item);
                }

                _emitter.Emit(new YamlEvent { Kind = YamlEventKind.SequenceEnd });
                break;
            case GoYamlMap map:
            {
                _emitter.Emit(new YamlEvent { Kind = YamlEventKind.MappingStart, Implicit = true, CollectionStyle = YamlCollectionStyle.Block });
                foreach (var (key, item) in GoYamlKeyOrder.Sort(map.Entries))
                {
                    Encode(key);
                    Encode(item);
                }

                _emitter.Emit(new YamlEvent { Kind = YamlEventKind.MappingEnd });
                break;
            }

            default:
                throw new InvalidOperationException("cannot marshal type: " + value.GetType().Name);
        }
    }

    /// <summary>go-yaml's floatv: 'g' shortest, with .inf/-.inf/.nan.</summary>
    public static string FormatFloat(double d) => GoJsonFloat.FormatG(d, 64) switch
    {
        "+Inf" => ".inf",
        "-Inf" => "-.inf",
        "NaN" => ".nan",
        var s => s,
    };

    private void StringValue(string s)
    {
        var (rtag, _) = GoYamlResolver.Resolve(string.Empty, s);
        bool canUsePlain = rtag == GoYamlTags.Str && !GoYamlResolver.IsBase60Float(s);
        YamlScalarStyle style;
        if (s.Contains('\n', StringComparison.Ordinal))
        {
            style = YamlScalarStyle.Literal;
        }
        else if (canUsePlain)
        {
            style = YamlScalarStyle.Plain;
        }
        else
        {
            style = YamlScalarStyle.DoubleQuoted;
        }

        Scalar(s, style);
    }

    private void Scalar(string value, YamlScalarStyle style) =>
        _emitter.Emit(new YamlEvent
        {
            Kind = YamlEventKind.Scalar,
            Value = GoJsonUtf8.Encode(value),
            Implicit = true,
            QuotedImplicit = true,
            ScalarStyle = style,
        });
}
