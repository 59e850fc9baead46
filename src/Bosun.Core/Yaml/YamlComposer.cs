using Bosun.Core.Text;
using Bosun.Core.Values;
using Bosun.Core.Yaml.Syntax;

namespace Bosun.Core.Yaml;

/// <summary>
/// Builds <see cref="YamlNode"/> trees from parser events, one document at a time, as go-yaml's decoder
/// does (anchors are registered when their node starts, so a node may alias itself; later anchors with the
/// same name replace earlier ones). Iterative, so deep nesting cannot overflow the stack.
/// </summary>
internal sealed class YamlComposer
{
    private readonly YamlParser _parser;
    private readonly SourceFile? _file;
    private readonly Action<YamlAliasNode>? _unknownAlias;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private YamlEvent _peeked;
    private bool _hasPeeked;
    private bool _started;

    /// <param name="input">UTF-8 (or BOM-marked UTF-16) input.</param>
    /// <param name="file">Source attached to the nodes, for locations.</param>
    /// <param name="unknownAlias">Called for an alias to an unknown anchor; when null, composing fails with go-yaml's error.</param>
    public YamlComposer(byte[] input, SourceFile? file, Action<YamlAliasNode>? unknownAlias)
    {
        _parser = new YamlParser(input);
        _file = file;
        _unknownAlias = unknownAlias;
    }

    private YamlEvent Peek()
    {
        if (!_hasPeeked)
        {
            _peeked = _parser.Next();
            _hasPeeked = true;
        }

        return _peeked;
    }

    private YamlEvent Next()
    {
        var ev = Peek();
        _hasPeeked = false;
        return ev;
    }

    /// <summary>The next document, or null at the end of the stream. Throws <see cref="YamlSyntaxException"/> and <see cref="GoYamlException"/>.</summary>
    public YamlDocument? NextDocument()
    {
        if (!_started)
        {
            var start = Next();
            if (start.Kind != YamlEventKind.StreamStart)
            {
                throw new GoYamlException($"yaml: expected stream start event but got {EventName(start.Kind)}");
            }

            _started = true;
        }

        var ev = Peek();
        if (ev.Kind is YamlEventKind.StreamEnd or YamlEventKind.None)
        {
            return null;
        }

        var docStart = Next();
        _anchors.Clear();
        var root = ComposeNode();
        var docEnd = Next();
        if (docEnd.Kind != YamlEventKind.DocumentEnd)
        {
            throw new GoYamlException($"yaml: expected document end event but got {EventName(docEnd.Kind)}");
        }

        return new YamlDocument(root, docStart.Start, docEnd.End, !docStart.Implicit, !docEnd.Implicit);
    }

    private static string EventName(YamlEventKind kind) => kind switch
    {
        YamlEventKind.None => "none",
        YamlEventKind.StreamStart => "stream start",
        YamlEventKind.StreamEnd => "stream end",
        YamlEventKind.DocumentStart => "document start",
        YamlEventKind.DocumentEnd => "document end",
        YamlEventKind.Alias => "alias",
        YamlEventKind.Scalar => "scalar",
        YamlEventKind.SequenceStart => "sequence start",
        YamlEventKind.SequenceEnd => "sequence end",
        YamlEventKind.MappingStart => "mapping start",
        _ => "mapping end",
    };

    private sealed class Frame
    {
        public required YamlNode Node;
        public List<YamlNode>? Items;
        public List<YamlMappingEntry>? Entries;
        public YamlNode? PendingKey;
    }

    private YamlNode ComposeNode()
    {
        var stack = new Stack<Frame>();
        while (true)
        {
            var ev = Next();
            YamlNode node;
            switch (ev.Kind)
            {
                case YamlEventKind.Scalar:
                    node = new YamlScalarNode(
                        GoJsonUtf8.Decode(ev.Value ?? []),
                        ev.ScalarStyle,
                        ev.Implicit,
                        Text(ev.Tag),
                        Text(ev.Anchor),
                        ev.Start,
                        ev.End,
                        _file);
                    Register(node);
                    break;

                case YamlEventKind.Alias:
                {
                    string name = GoJsonUtf8.Decode(ev.Anchor ?? []);
                    _anchors.TryGetValue(name, out var target);
                    var alias = new YamlAliasNode(name, target, ev.Start, ev.End, _file);
                    if (target is null)
                    {
                        if (_unknownAlias is null)
                        {
                            throw new GoYamlException($"yaml: unknown anchor '{name}' referenced", ev.Start.Line + 1, ev.Start.Column + 1);
                        }

                        _unknownAlias(alias);
                    }

                    node = alias;
                    break;
                }

                case YamlEventKind.SequenceStart:
                {
                    var seqItems = new List<YamlNode>();
                    var seq = new YamlSequenceNode(seqItems, ev.CollectionStyle, Text(ev.Tag), Text(ev.Anchor), ev.Start, ev.End, _file);
                    Register(seq);
                    stack.Push(new Frame { Node = seq, Items = seqItems });
                    continue;
                }

                case YamlEventKind.MappingStart:
                {
                    var mapEntries = new List<YamlMappingEntry>();
                    var map = new YamlMappingNode(mapEntries, ev.CollectionStyle, Text(ev.Tag), Text(ev.Anchor), ev.Start, ev.End, _file);
                    Register(map);
                    stack.Push(new Frame { Node = map, Entries = mapEntries });
                    continue;
                }

                case YamlEventKind.SequenceEnd:
                case YamlEventKind.MappingEnd:
                {
                    var frame = stack.Pop();
                    frame.Node.End = ev.End;
                    node = frame.Node;
                    break;
                }

                default:
                    throw new InvalidOperationException("attempted to parse unknown event: " + EventName(ev.Kind));
            }

            if (stack.Count == 0)
            {
                return node;
            }

            var top = stack.Peek();
            if (top.Items is { } items)
            {
                items.Add(node);
            }
            else if (top.PendingKey is null)
            {
                top.PendingKey = node;
            }
            else if (top.Entries is { } entries)
            {
                entries.Add(new YamlMappingEntry(top.PendingKey, node));
                top.PendingKey = null;
            }
        }
    }

    private void Register(YamlNode node)
    {
        if (node.Anchor is { } anchor)
        {
            _anchors[anchor] = node;
        }
    }

    private static string? Text(byte[]? bytes) => bytes is null ? null : GoJsonUtf8.Decode(bytes);
}
