using Bosun.Core.Values;

namespace Bosun.Core.Yaml.Go;

/// <summary>
/// go-yaml v2's decoder into <c>interface{}</c>: mappings become <see cref="GoYamlMap"/>, sequences
/// <c>List&lt;object?&gt;</c>, scalars null/bool/long/ulong/double/string (timestamps stay text); merge keys
/// (later entries and merges override earlier ones, as in v2), aliases with the "contains itself" and
/// "excessive aliasing" checks, and the "invalid map key" error.
/// </summary>
internal sealed class GoYamlDecoder
{
    private const int AliasRatioRangeLow = 400000;
    private const int AliasRatioRangeHigh = 4000000;

    private readonly HashSet<YamlAliasNode> _aliases = new(ReferenceEqualityComparer.Instance);
    private int _decodeCount;
    private int _aliasCount;
    private int _aliasDepth;

    /// <summary>Decodes a document (counted as go-yaml counts its document node).</summary>
    public object? DecodeDocument(YamlDocument document)
    {
        Count();
        return Unmarshal(document.Root);
    }

    private static double AllowedAliasRatio(int decodeCount)
    {
        if (decodeCount <= AliasRatioRangeLow)
        {
            return 0.99;
        }

        if (decodeCount >= AliasRatioRangeHigh)
        {
            return 0.10;
        }

        return 0.99 - (0.89 * ((double)(decodeCount - AliasRatioRangeLow) / (AliasRatioRangeHigh - AliasRatioRangeLow)));
    }

    private void Count()
    {
        _decodeCount++;
        if (_aliasDepth > 0)
        {
            _aliasCount++;
        }

        if (_aliasCount > 100 && _decodeCount > 1000 && (double)_aliasCount / _decodeCount > AllowedAliasRatio(_decodeCount))
        {
            throw new GoYamlException("yaml: document contains excessive aliasing");
        }
    }

    private object? Unmarshal(YamlNode node)
    {
        EnsureStack();
        Count();
        switch (node)
        {
            case YamlAliasNode alias:
                return Alias(alias);
            case YamlScalarNode scalar:
                return Scalar(scalar);
            case YamlMappingNode mapping:
            {
                var map = new GoYamlMap();
                Mapping(mapping, map);
                return map;
            }

            case YamlSequenceNode sequence:
            {
                var list = new List<object?>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    list.Add(Unmarshal(item));
                }

                return list;
            }

            default:
                throw new InvalidOperationException("unknown node kind");
        }
    }

    private static void EnsureStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GoYamlException("yaml: document nesting too deep");
        }
    }

    private object? Alias(YamlAliasNode alias)
    {
        if (alias.Target is null)
        {
            throw new GoYamlException($"yaml: unknown anchor '{alias.Name}' referenced", alias.Line, alias.Column);
        }

        if (!_aliases.Add(alias))
        {
            throw new GoYamlException($"yaml: anchor '{alias.Name}' value contains itself", alias.Line, alias.Column);
        }

        _aliasDepth++;
        try
        {
            return Unmarshal(alias.Target);
        }
        finally
        {
            _aliasDepth--;
            _aliases.Remove(alias);
        }
    }

    /// <summary>Unmarshals a node into an existing map (a mapping, or a merge source).</summary>
    private void UnmarshalInto(YamlNode node, GoYamlMap target)
    {
        EnsureStack();
        Count();
        switch (node)
        {
            case YamlAliasNode alias:
                if (alias.Target is null)
                {
                    throw new GoYamlException($"yaml: unknown anchor '{alias.Name}' referenced", alias.Line, alias.Column);
                }

                if (!_aliases.Add(alias))
                {
                    throw new GoYamlException($"yaml: anchor '{alias.Name}' value contains itself", alias.Line, alias.Column);
                }

                _aliasDepth++;
                try
                {
                    UnmarshalInto(alias.Target, target);
                }
                finally
                {
                    _aliasDepth--;
                    _aliases.Remove(alias);
                }

                break;

            case YamlMappingNode mapping:
                Mapping(mapping, target);
                break;

            default:
                // Only reached through merge, which has checked the kind already.
                throw new GoYamlException("yaml: map merge requires map or sequence of maps as the value");
        }
    }

    private static bool IsMerge(YamlNode key) =>
        key is YamlScalarNode { Value: "<<" } scalar && (scalar.IsPlainImplicit || scalar.Tag == GoYamlTags.Merge);

    private void Mapping(YamlMappingNode node, GoYamlMap target)
    {
        foreach (var entry in node.Entries)
        {
            if (IsMerge(entry.Key))
            {
                Merge(entry.Value, target);
                continue;
            }

            object? key = Unmarshal(entry.Key);
            if (key is GoYamlMap or List<object?>)
            {
                throw new GoYamlException("yaml: invalid map key: " + GoYamlSyntaxFormatter.Format(key), entry.Key.Line, entry.Key.Column);
            }

            object? value = Unmarshal(entry.Value);
            target.Set(key, value);
        }
    }

    private void Merge(YamlNode node, GoYamlMap target)
    {
        switch (node)
        {
            case YamlMappingNode:
                UnmarshalInto(node, target);
                break;

            case YamlAliasNode alias:
                if (alias.Target is not null && alias.Target is not YamlMappingNode)
                {
                    throw FailWantMap(node);
                }

                UnmarshalInto(alias, target);
                break;

            case YamlSequenceNode sequence:
                for (int i = sequence.Items.Count - 1; i >= 0; i--)
                {
                    var item = sequence.Items[i];
                    if (item is YamlAliasNode itemAlias)
                    {
                        if (itemAlias.Target is not null && itemAlias.Target is not YamlMappingNode)
                        {
                            throw FailWantMap(item);
                        }
                    }
                    else if (item is not YamlMappingNode)
                    {
                        throw FailWantMap(item);
                    }

                    UnmarshalInto(item, target);
                }

                break;

            default:
                throw FailWantMap(node);
        }
    }

    private static GoYamlException FailWantMap(YamlNode node) =>
        new("yaml: map merge requires map or sequence of maps as the value", node.Line, node.Column);

    private static object? Scalar(YamlScalarNode node)
    {
        string tag = node.Tag ?? string.Empty;
        if (tag.Length == 0 && !node.IsPlainImplicit)
        {
            return node.Value;
        }

        var (rtag, resolved) = GoYamlResolver.Resolve(tag, node.Value);
        if (rtag == GoYamlTags.Binary)
        {
            if (!GoYamlBase64.TryDecode(node.Value, out byte[] data))
            {
                throw new GoYamlException("yaml: !!binary value contains invalid base64 data", node.Line, node.Column);
            }

            return GoJsonUtf8.Decode(data);
        }

        if (resolved is null)
        {
            return null;
        }

        if (ReferenceEquals(resolved, GoYamlResolver.TimestampMarker))
        {
            return node.Value;
        }

        return resolved;
    }
}
