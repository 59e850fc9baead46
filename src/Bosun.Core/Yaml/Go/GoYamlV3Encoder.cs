using System.Globalization;
using Bosun.Core.Values;
using Bosun.Core.Yaml.Emitting;
using Bosun.Core.Yaml.Syntax;

namespace Bosun.Core.Yaml.Go;

/// <summary>
/// go-yaml v3's Encoder with SetIndent(2) over the value model directly (helm's <c>toYamlPretty</c>): no JSON
/// round trip, so float64 prints in 'g' form (<c>1e+06</c>), []byte as a sequence of numbers, host objects
/// as mappings of their lowercased field names; v3's indentation and key order.
/// </summary>
internal sealed class GoYamlV3Encoder
{
    private readonly YamlEmitter _emitter = new(bestIndent: 2, bestWidth: -1, dialect: YamlEmitterDialect.V3);

    public static byte[] Marshal(object? value)
    {
        var encoder = new GoYamlV3Encoder();
        encoder._emitter.Emit(new YamlEvent { Kind = YamlEventKind.StreamStart });
        encoder._emitter.Emit(new YamlEvent { Kind = YamlEventKind.DocumentStart, Implicit = true });
        encoder.Encode(value);
        encoder._emitter.Emit(new YamlEvent { Kind = YamlEventKind.DocumentEnd, Implicit = true });
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
            case GoInt i:
                Scalar(i.ToString(), YamlScalarStyle.Plain);
                break;
            case double d:
                Scalar(GoYamlEncoder.FormatFloat(d), YamlScalarStyle.Plain);
                break;
            case string s:
                StringValue(s);
                break;
            case byte[] bytes:
                StartSequence();
                foreach (byte b in bytes)
                {
                    Scalar(b.ToString(CultureInfo.InvariantCulture), YamlScalarStyle.Plain);
                }

                EndSequence();
                break;
            case GoList list:
                StartSequence();
                foreach (var item in list.Items)
                {
                    Encode(item);
                }

                EndSequence();
                break;
            case GoMap map:
            {
                _emitter.Emit(new YamlEvent { Kind = YamlEventKind.MappingStart, Implicit = true, CollectionStyle = YamlCollectionStyle.Block });
                var entries = map.Select(e => new KeyValuePair<object?, object?>(e.Key, e.Value));
                foreach (var (key, item) in GoYamlKeyOrder.Sort(entries, v3: true))
                {
                    Encode(key);
                    Encode(item);
                }

                _emitter.Emit(new YamlEvent { Kind = YamlEventKind.MappingEnd });
                break;
            }

            case IGoObject obj when obj.Type.Name is "time.Time" or "*time.Time" && GoJsonMarshalers.MarshalText(obj) is { } time:
                Scalar(time, YamlScalarStyle.Plain);
                break;
            case IGoObject obj when GoJsonMarshalers.MarshalText(obj) is { } text:
                StringValue(text);
                break;
            case IGoObject obj:
                _emitter.Emit(new YamlEvent { Kind = YamlEventKind.MappingStart, Implicit = true, CollectionStyle = YamlCollectionStyle.Block });
                foreach (string name in obj.FieldNames)
                {
                    if (obj.TryGetField(name, out object? field))
                    {
                        StringValue(name.ToLowerInvariant());
                        Encode(field);
                    }
                }

                _emitter.Emit(new YamlEvent { Kind = YamlEventKind.MappingEnd });
                break;
            default:
                throw new GoYamlException("cannot marshal type: " + value.GetType().Name);
        }
    }

    private void StartSequence() =>
        _emitter.Emit(new YamlEvent { Kind = YamlEventKind.SequenceStart, Implicit = true, CollectionStyle = YamlCollectionStyle.Block });

    private void EndSequence() => _emitter.Emit(new YamlEvent { Kind = YamlEventKind.SequenceEnd });

    private void StringValue(string s)
    {
        // v3 resolves with YAML 1.2 booleans but still quotes the YAML 1.1 ones (isOldBool): the same
        // decision as v2's resolver.
        var (rtag, _) = GoYamlResolver.Resolve(string.Empty, s);
        bool canUsePlain = rtag == GoYamlTags.Str && !GoYamlResolver.IsBase60Float(s);
        var style = s.Contains('\n', StringComparison.Ordinal) ? YamlScalarStyle.Literal
            : canUsePlain ? YamlScalarStyle.Plain
            : YamlScalarStyle.DoubleQuoted;
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
