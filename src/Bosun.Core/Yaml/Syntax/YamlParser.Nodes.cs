namespace Bosun.Core.Yaml.Syntax;

/// <summary>Nodes and collections of the parser state machine.</summary>
internal sealed partial class YamlParser
{
    private YamlEvent ParseNode(bool block, bool indentlessSequence)
    {
        var token = Peek();
        if (token.Kind == YamlTokenKind.Alias)
        {
            _state = PopState();
            Skip();
            return new YamlEvent { Kind = YamlEventKind.Alias, Start = token.Start, End = token.End, Anchor = token.Value };
        }

        var start = token.Start;
        var end = token.Start;
        bool tagToken = false;
        byte[]? tagHandle = null;
        byte[]? tagSuffix = null;
        byte[]? anchor = null;
        var tagMark = default(YamlMark);

        if (token.Kind == YamlTokenKind.Anchor)
        {
            anchor = token.Value;
            start = token.Start;
            end = token.End;
            Skip();
            token = Peek();
            if (token.Kind == YamlTokenKind.Tag)
            {
                tagToken = true;
                tagHandle = token.Value;
                tagSuffix = token.Suffix;
                tagMark = token.Start;
                end = token.End;
                Skip();
                token = Peek();
            }
        }
        else if (token.Kind == YamlTokenKind.Tag)
        {
            tagToken = true;
            tagHandle = token.Value;
            tagSuffix = token.Suffix;
            start = token.Start;
            tagMark = token.Start;
            end = token.End;
            Skip();
            token = Peek();
            if (token.Kind == YamlTokenKind.Anchor)
            {
                anchor = token.Value;
                end = token.End;
                Skip();
                token = Peek();
            }
        }

        byte[]? tag = null;
        if (tagToken)
        {
            if (tagHandle is null || tagHandle.Length == 0)
            {
                tag = tagSuffix;
            }
            else
            {
                foreach (var directive in _tagDirectives)
                {
                    if (directive.Handle.AsSpan().SequenceEqual(tagHandle))
                    {
                        tag = [.. directive.Prefix, .. tagSuffix ?? []];
                        break;
                    }
                }

                if (tag is null || tag.Length == 0)
                {
                    throw ParserError("while parsing a node", start, "found undefined tag handle", tagMark);
                }
            }
        }

        if (tag is { Length: 0 })
        {
            tag = null;
        }

        bool implicitTag = tag is null;
        if (indentlessSequence && token.Kind == YamlTokenKind.BlockEntry)
        {
            end = token.End;
            _state = State.IndentlessSequenceEntry;
            return new YamlEvent
            {
                Kind = YamlEventKind.SequenceStart, Start = start, End = end, Anchor = anchor, Tag = tag,
                Implicit = implicitTag, CollectionStyle = YamlCollectionStyle.Block,
            };
        }

        if (token.Kind == YamlTokenKind.Scalar)
        {
            bool plainImplicit = false;
            bool quotedImplicit = false;
            end = token.End;
            if ((tag is null && token.Style == YamlScalarStyle.Plain) || (tag is { Length: 1 } && tag[0] == '!'))
            {
                plainImplicit = true;
            }
            else if (tag is null)
            {
                quotedImplicit = true;
            }

            _state = PopState();
            Skip();
            return new YamlEvent
            {
                Kind = YamlEventKind.Scalar, Start = start, End = end, Anchor = anchor, Tag = tag, Value = token.Value,
                Implicit = plainImplicit, QuotedImplicit = quotedImplicit, ScalarStyle = token.Style,
            };
        }

        if (token.Kind == YamlTokenKind.FlowSequenceStart)
        {
            _state = State.FlowSequenceFirstEntry;
            return new YamlEvent
            {
                Kind = YamlEventKind.SequenceStart, Start = start, End = token.End, Anchor = anchor, Tag = tag,
                Implicit = implicitTag, CollectionStyle = YamlCollectionStyle.Flow,
            };
        }

        if (token.Kind == YamlTokenKind.FlowMappingStart)
        {
            _state = State.FlowMappingFirstKey;
            return new YamlEvent
            {
                Kind = YamlEventKind.MappingStart, Start = start, End = token.End, Anchor = anchor, Tag = tag,
                Implicit = implicitTag, CollectionStyle = YamlCollectionStyle.Flow,
            };
        }

        if (block && token.Kind == YamlTokenKind.BlockSequenceStart)
        {
            _state = State.BlockSequenceFirstEntry;
            return new YamlEvent
            {
                Kind = YamlEventKind.SequenceStart, Start = start, End = token.End, Anchor = anchor, Tag = tag,
                Implicit = implicitTag, CollectionStyle = YamlCollectionStyle.Block,
            };
        }

        if (block && token.Kind == YamlTokenKind.BlockMappingStart)
        {
            _state = State.BlockMappingFirstKey;
            return new YamlEvent
            {
                Kind = YamlEventKind.MappingStart, Start = start, End = token.End, Anchor = anchor, Tag = tag,
                Implicit = implicitTag, CollectionStyle = YamlCollectionStyle.Block,
            };
        }

        if (anchor is { Length: > 0 } || tag is not null)
        {
            _state = PopState();
            return new YamlEvent
            {
                Kind = YamlEventKind.Scalar, Start = start, End = end, Anchor = anchor, Tag = tag, Value = [],
                Implicit = implicitTag, QuotedImplicit = false, ScalarStyle = YamlScalarStyle.Plain,
            };
        }

        throw ParserError(block ? "while parsing a block node" : "while parsing a flow node", start,
            "did not find expected node content", token.Start);
    }

    private YamlEvent ParseBlockSequenceEntry(bool first)
    {
        if (first)
        {
            _marks.Push(Peek().Start);
            Skip();
        }

        var token = Peek();
        if (token.Kind == YamlTokenKind.BlockEntry)
        {
            var mark = token.End;
            Skip();
            token = Peek();
            if (token.Kind != YamlTokenKind.BlockEntry && token.Kind != YamlTokenKind.BlockEnd)
            {
                _states.Push(State.BlockSequenceEntry);
                return ParseNode(block: true, indentlessSequence: false);
            }

            _state = State.BlockSequenceEntry;
            return EmptyScalar(mark);
        }

        if (token.Kind == YamlTokenKind.BlockEnd)
        {
            _state = PopState();
            _marks.Pop();
            Skip();
            return new YamlEvent { Kind = YamlEventKind.SequenceEnd, Start = token.Start, End = token.End };
        }

        var contextMark = _marks.Pop();
        throw ParserError("while parsing a block collection", contextMark, "did not find expected '-' indicator", token.Start);
    }

    private YamlEvent ParseIndentlessSequenceEntry()
    {
        var token = Peek();
        if (token.Kind == YamlTokenKind.BlockEntry)
        {
            var mark = token.End;
            Skip();
            token = Peek();
            if (token.Kind is not (YamlTokenKind.BlockEntry or YamlTokenKind.Key or YamlTokenKind.Value or YamlTokenKind.BlockEnd))
            {
                _states.Push(State.IndentlessSequenceEntry);
                return ParseNode(block: true, indentlessSequence: false);
            }

            _state = State.IndentlessSequenceEntry;
            return EmptyScalar(mark);
        }

        _state = PopState();
        return new YamlEvent { Kind = YamlEventKind.SequenceEnd, Start = token.Start, End = token.Start };
    }

    private YamlEvent ParseBlockMappingKey(bool first)
    {
        if (first)
        {
            _marks.Push(Peek().Start);
            Skip();
        }

        var token = Peek();
        if (token.Kind == YamlTokenKind.Key)
        {
            var mark = token.End;
            Skip();
            token = Peek();
            if (token.Kind is not (YamlTokenKind.Key or YamlTokenKind.Value or YamlTokenKind.BlockEnd))
            {
                _states.Push(State.BlockMappingValue);
                return ParseNode(block: true, indentlessSequence: true);
            }

            _state = State.BlockMappingValue;
            return EmptyScalar(mark);
        }

        if (token.Kind == YamlTokenKind.BlockEnd)
        {
            _state = PopState();
            _marks.Pop();
            Skip();
            return new YamlEvent { Kind = YamlEventKind.MappingEnd, Start = token.Start, End = token.End };
        }

        var contextMark = _marks.Pop();
        throw ParserError("while parsing a block mapping", contextMark, "did not find expected key", token.Start);
    }

    private YamlEvent ParseBlockMappingValue()
    {
        var token = Peek();
        if (token.Kind == YamlTokenKind.Value)
        {
            var mark = token.End;
            Skip();
            token = Peek();
            if (token.Kind is not (YamlTokenKind.Key or YamlTokenKind.Value or YamlTokenKind.BlockEnd))
            {
                _states.Push(State.BlockMappingKey);
                return ParseNode(block: true, indentlessSequence: true);
            }

            _state = State.BlockMappingKey;
            return EmptyScalar(mark);
        }

        _state = State.BlockMappingKey;
        return EmptyScalar(token.Start);
    }

    private YamlEvent ParseFlowSequenceEntry(bool first)
    {
        if (first)
        {
            _marks.Push(Peek().Start);
            Skip();
        }

        var token = Peek();
        if (token.Kind != YamlTokenKind.FlowSequenceEnd)
        {
            if (!first)
            {
                if (token.Kind == YamlTokenKind.FlowEntry)
                {
                    Skip();
                    token = Peek();
                }
                else
                {
                    var contextMark = _marks.Pop();
                    throw ParserError("while parsing a flow sequence", contextMark, "did not find expected ',' or ']'", token.Start);
                }
            }

            if (token.Kind == YamlTokenKind.Key)
            {
                _state = State.FlowSequenceEntryMappingKey;
                Skip();
                return new YamlEvent
                {
                    Kind = YamlEventKind.MappingStart, Start = token.Start, End = token.End, Implicit = true,
                    CollectionStyle = YamlCollectionStyle.Flow,
                };
            }

            if (token.Kind != YamlTokenKind.FlowSequenceEnd)
            {
                _states.Push(State.FlowSequenceEntry);
                return ParseNode(block: false, indentlessSequence: false);
            }
        }

        _state = PopState();
        _marks.Pop();
        Skip();
        return new YamlEvent { Kind = YamlEventKind.SequenceEnd, Start = token.Start, End = token.End };
    }

    private YamlEvent ParseFlowSequenceEntryMappingKey()
    {
        var token = Peek();
        if (token.Kind is not (YamlTokenKind.Value or YamlTokenKind.FlowEntry or YamlTokenKind.FlowSequenceEnd))
        {
            _states.Push(State.FlowSequenceEntryMappingValue);
            return ParseNode(block: false, indentlessSequence: false);
        }

        var mark = token.End;
        Skip();
        _state = State.FlowSequenceEntryMappingValue;
        return EmptyScalar(mark);
    }

    private YamlEvent ParseFlowSequenceEntryMappingValue()
    {
        var token = Peek();
        if (token.Kind == YamlTokenKind.Value)
        {
            Skip();
            var next = Peek();
            if (next.Kind is not (YamlTokenKind.FlowEntry or YamlTokenKind.FlowSequenceEnd))
            {
                _states.Push(State.FlowSequenceEntryMappingEnd);
                return ParseNode(block: false, indentlessSequence: false);
            }
        }

        _state = State.FlowSequenceEntryMappingEnd;
        return EmptyScalar(token.Start);
    }

    private YamlEvent ParseFlowSequenceEntryMappingEnd()
    {
        var token = Peek();
        _state = State.FlowSequenceEntry;
        return new YamlEvent { Kind = YamlEventKind.MappingEnd, Start = token.Start, End = token.Start };
    }

    private YamlEvent ParseFlowMappingKey(bool first)
    {
        if (first)
        {
            _marks.Push(Peek().Start);
            Skip();
        }

        var token = Peek();
        if (token.Kind != YamlTokenKind.FlowMappingEnd)
        {
            if (!first)
            {
                if (token.Kind == YamlTokenKind.FlowEntry)
                {
                    Skip();
                    token = Peek();
                }
                else
                {
                    var contextMark = _marks.Pop();
                    throw ParserError("while parsing a flow mapping", contextMark, "did not find expected ',' or '}'", token.Start);
                }
            }

            if (token.Kind == YamlTokenKind.Key)
            {
                Skip();
                token = Peek();
                if (token.Kind is not (YamlTokenKind.Value or YamlTokenKind.FlowEntry or YamlTokenKind.FlowMappingEnd))
                {
                    _states.Push(State.FlowMappingValue);
                    return ParseNode(block: false, indentlessSequence: false);
                }

                _state = State.FlowMappingValue;
                return EmptyScalar(token.Start);
            }

            if (token.Kind != YamlTokenKind.FlowMappingEnd)
            {
                _states.Push(State.FlowMappingEmptyValue);
                return ParseNode(block: false, indentlessSequence: false);
            }
        }

        _state = PopState();
        _marks.Pop();
        Skip();
        return new YamlEvent { Kind = YamlEventKind.MappingEnd, Start = token.Start, End = token.End };
    }

    private YamlEvent ParseFlowMappingValue(bool empty)
    {
        var token = Peek();
        if (empty)
        {
            _state = State.FlowMappingKey;
            return EmptyScalar(token.Start);
        }

        if (token.Kind == YamlTokenKind.Value)
        {
            Skip();
            token = Peek();
            if (token.Kind is not (YamlTokenKind.FlowEntry or YamlTokenKind.FlowMappingEnd))
            {
                _states.Push(State.FlowMappingKey);
                return ParseNode(block: false, indentlessSequence: false);
            }
        }

        _state = State.FlowMappingKey;
        return EmptyScalar(token.Start);
    }
}
