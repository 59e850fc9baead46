using Bosun.Core.Yaml.Syntax;

namespace Bosun.Core.Yaml.Emitting;

/// <summary>
/// libyaml's emitter as go-yaml v2 runs it (<c>emitterc.go</c>): the same event look-ahead, state machine,
/// indentation, simple-key and scalar-style decisions and line folding at <c>best_width</c>, writing UTF-8.
/// Emitter errors (which go-yaml's encoder cannot trigger) throw <see cref="InvalidOperationException"/>.
/// </summary>
internal sealed partial class YamlEmitter
{
    private readonly ByteBuilder _out = new(256);
    private readonly List<YamlEvent> _events = new();
    private int _eventsHead;
    private readonly Stack<State> _states = new();
    private State _state = State.StreamStart;
    private readonly Stack<int> _indents = new();
    private readonly List<(byte[] Handle, byte[] Prefix)> _tagDirectives = new();

    private int _bestIndent;
    private int _bestWidth;
    private readonly bool _unicode = true;
    private readonly bool _canonical;
    private readonly YamlEmitterDialect _dialect;

    private int _indent;
    private int _flowLevel;
    private bool _rootContext;
    private bool _sequenceContext;
    private bool _mappingContext;
    private bool _simpleKeyContext;
    private int _line;
    private int _column;
    private bool _whitespace;
    private bool _indention;
    private bool _openEnded;

    // analysis of the current event
    private byte[]? _anchor;
    private bool _anchorIsAlias;
    private byte[]? _tagHandle;
    private byte[]? _tagSuffix;
    private byte[] _scalarValue = [];
    private bool _scalarMultiline;
    private bool _flowPlainAllowed;
    private bool _blockPlainAllowed;
    private bool _singleQuotedAllowed;
    private bool _blockAllowed;
    private YamlScalarStyle _scalarStyle;

    private static readonly (byte[] Handle, byte[] Prefix)[] s_defaultTagDirectives =
    [
        ("!"u8.ToArray(), "!"u8.ToArray()),
        ("!!"u8.ToArray(), "tag:yaml.org,2002:"u8.ToArray()),
    ];

    /// <param name="bestIndent">Indentation step (2..9, else 2).</param>
    /// <param name="bestWidth">Preferred line width; 0 picks 80; negative means unlimited.</param>
    /// <param name="canonical">libyaml's canonical output (never used by go-yaml's encoder).</param>
    /// <param name="dialect">go-yaml v2 or v3 behaviour.</param>
    public YamlEmitter(int bestIndent = 2, int bestWidth = 0, bool canonical = false, YamlEmitterDialect dialect = YamlEmitterDialect.V2)
    {
        _bestIndent = bestIndent;
        _bestWidth = bestWidth;
        _canonical = canonical;
        _dialect = dialect;
    }

    private bool V3 => _dialect == YamlEmitterDialect.V3;

    private enum State
    {
        StreamStart,
        FirstDocumentStart,
        DocumentStart,
        DocumentContent,
        DocumentEnd,
        FlowSequenceFirstItem,
        FlowSequenceItem,
        FlowMappingFirstKey,
        FlowMappingKey,
        FlowMappingSimpleValue,
        FlowMappingValue,
        BlockSequenceFirstItem,
        BlockSequenceItem,
        BlockMappingFirstKey,
        BlockMappingKey,
        BlockMappingSimpleValue,
        BlockMappingValue,
        End,
    }

    /// <summary>The UTF-8 output written so far.</summary>
    public ReadOnlySpan<byte> Output => _out.Span;

    /// <summary>Sets go-yaml's open_ended flag (its encoder clears it before STREAM-END).</summary>
    public bool OpenEnded
    {
        get => _openEnded;
        set => _openEnded = value;
    }

    public void Emit(YamlEvent ev)
    {
        _events.Add(ev);
        while (!NeedMoreEvents())
        {
            var current = _events[_eventsHead];
            Analyze(current);
            StateMachine(current);
            _eventsHead++;
        }

        if (_eventsHead == _events.Count)
        {
            _events.Clear();
            _eventsHead = 0;
        }
    }

    private static InvalidOperationException Error(string problem) => new(problem);

    private bool NeedMoreEvents()
    {
        if (_eventsHead == _events.Count)
        {
            return true;
        }

        int accumulate;
        switch (_events[_eventsHead].Kind)
        {
            case YamlEventKind.DocumentStart:
                accumulate = 1;
                break;
            case YamlEventKind.SequenceStart:
                accumulate = 2;
                break;
            case YamlEventKind.MappingStart:
                accumulate = 3;
                break;
            default:
                return false;
        }

        if (_events.Count - _eventsHead > accumulate)
        {
            return false;
        }

        int level = 0;
        for (int i = _eventsHead; i < _events.Count; i++)
        {
            switch (_events[i].Kind)
            {
                case YamlEventKind.StreamStart:
                case YamlEventKind.DocumentStart:
                case YamlEventKind.SequenceStart:
                case YamlEventKind.MappingStart:
                    level++;
                    break;
                case YamlEventKind.StreamEnd:
                case YamlEventKind.DocumentEnd:
                case YamlEventKind.SequenceEnd:
                case YamlEventKind.MappingEnd:
                    level--;
                    break;
            }

            if (level == 0)
            {
                return false;
            }
        }

        return true;
    }

    private void IncreaseIndent(bool flow, bool indentless)
    {
        _indents.Push(_indent);
        if (_indent < 0)
        {
            _indent = flow ? _bestIndent : 0;
        }
        else if (!indentless)
        {
            if (!V3)
            {
                _indent += _bestIndent;
            }
            else if (_states.Count > 0 && _states.Peek() == State.BlockSequenceItem)
            {
                // go-yaml v3: the first indent inside a sequence just skips the "- " indicator.
                _indent += 2;
            }
            else
            {
                // go-yaml v3: everything else aligns to the chosen indentation.
                _indent = _bestIndent * ((_indent + _bestIndent) / _bestIndent);
            }
        }
    }

    private void PopIndent() => _indent = _indents.Pop();

    private void PopState() => _state = _states.Pop();

    private void StateMachine(YamlEvent ev)
    {
        switch (_state)
        {
            case State.StreamStart:
                EmitStreamStart(ev);
                break;
            case State.FirstDocumentStart:
                EmitDocumentStart(ev, first: true);
                break;
            case State.DocumentStart:
                EmitDocumentStart(ev, first: false);
                break;
            case State.DocumentContent:
                _states.Push(State.DocumentEnd);
                EmitNode(ev, root: true, sequence: false, mapping: false, simpleKey: false);
                break;
            case State.DocumentEnd:
                EmitDocumentEnd(ev);
                break;
            case State.FlowSequenceFirstItem:
                EmitFlowSequenceItem(ev, first: true);
                break;
            case State.FlowSequenceItem:
                EmitFlowSequenceItem(ev, first: false);
                break;
            case State.FlowMappingFirstKey:
                EmitFlowMappingKey(ev, first: true);
                break;
            case State.FlowMappingKey:
                EmitFlowMappingKey(ev, first: false);
                break;
            case State.FlowMappingSimpleValue:
                EmitFlowMappingValue(ev, simple: true);
                break;
            case State.FlowMappingValue:
                EmitFlowMappingValue(ev, simple: false);
                break;
            case State.BlockSequenceFirstItem:
                EmitBlockSequenceItem(ev, first: true);
                break;
            case State.BlockSequenceItem:
                EmitBlockSequenceItem(ev, first: false);
                break;
            case State.BlockMappingFirstKey:
                EmitBlockMappingKey(ev, first: true);
                break;
            case State.BlockMappingKey:
                EmitBlockMappingKey(ev, first: false);
                break;
            case State.BlockMappingSimpleValue:
                EmitBlockMappingValue(ev, simple: true);
                break;
            case State.BlockMappingValue:
                EmitBlockMappingValue(ev, simple: false);
                break;
            default:
                throw Error("expected nothing after STREAM-END");
        }
    }

    private void EmitStreamStart(YamlEvent ev)
    {
        if (ev.Kind != YamlEventKind.StreamStart)
        {
            throw Error("expected STREAM-START");
        }

        if (_bestIndent < 2 || _bestIndent > 9)
        {
            _bestIndent = 2;
        }

        if (_bestWidth >= 0 && _bestWidth <= _bestIndent * 2)
        {
            _bestWidth = 80;
        }

        if (_bestWidth < 0)
        {
            _bestWidth = int.MaxValue;
        }

        _indent = -1;
        _line = 0;
        _column = 0;
        _whitespace = true;
        _indention = true;
        _state = State.FirstDocumentStart;
    }

    private void EmitDocumentStart(YamlEvent ev, bool first)
    {
        if (ev.Kind == YamlEventKind.DocumentStart)
        {
            if (ev.TagDirectives is { } directives)
            {
                foreach (var directive in directives)
                {
                    AppendTagDirective(directive, allowDuplicates: false);
                }
            }

            foreach (var directive in s_defaultTagDirectives)
            {
                AppendTagDirective(directive, allowDuplicates: true);
            }

            bool implicitStart = ev.Implicit;
            if (!first || _canonical)
            {
                implicitStart = false;
            }

            if (_openEnded && (ev.HasVersionDirective || ev.TagDirectives is { Count: > 0 }))
            {
                WriteIndicator("..."u8, needWhitespace: true, isWhitespace: false, isIndention: false);
                WriteIndent();
            }

            if (ev.HasVersionDirective)
            {
                implicitStart = false;
                WriteIndicator("%YAML"u8, true, false, false);
                WriteIndicator("1.1"u8, true, false, false);
                WriteIndent();
            }

            if (ev.TagDirectives is { Count: > 0 } tags)
            {
                implicitStart = false;
                foreach (var directive in tags)
                {
                    WriteIndicator("%TAG"u8, true, false, false);
                    WriteTagHandle(directive.Handle);
                    WriteTagContent(directive.Prefix, needWhitespace: true);
                    WriteIndent();
                }
            }

            if (!implicitStart)
            {
                WriteIndent();
                WriteIndicator("---"u8, true, false, false);
                if (_canonical || V3)
                {
                    WriteIndent();
                }
            }

            _state = State.DocumentContent;
            return;
        }

        if (ev.Kind == YamlEventKind.StreamEnd)
        {
            if (_openEnded)
            {
                WriteIndicator("..."u8, true, false, false);
                WriteIndent();
            }

            _state = State.End;
            return;
        }

        throw Error("expected DOCUMENT-START or STREAM-END");
    }

    private void AppendTagDirective((byte[] Handle, byte[] Prefix) value, bool allowDuplicates)
    {
        foreach (var existing in _tagDirectives)
        {
            if (existing.Handle.AsSpan().SequenceEqual(value.Handle))
            {
                if (allowDuplicates)
                {
                    return;
                }

                throw Error("duplicate %TAG directive");
            }
        }

        _tagDirectives.Add(value);
    }

    private void EmitDocumentEnd(YamlEvent ev)
    {
        if (ev.Kind != YamlEventKind.DocumentEnd)
        {
            throw Error("expected DOCUMENT-END");
        }

        WriteIndent();
        if (!ev.Implicit)
        {
            WriteIndicator("..."u8, true, false, false);
            WriteIndent();
        }

        _state = State.DocumentStart;
        _tagDirectives.Clear();
    }

    private void EmitFlowSequenceItem(YamlEvent ev, bool first)
    {
        if (first)
        {
            WriteIndicator("["u8, true, true, false);
            IncreaseIndent(flow: true, indentless: false);
            _flowLevel++;
        }

        if (ev.Kind == YamlEventKind.SequenceEnd)
        {
            _flowLevel--;
            PopIndent();
            if (_canonical && !first)
            {
                WriteIndicator(","u8, false, false, false);
                WriteIndent();
            }

            WriteIndicator("]"u8, false, false, false);
            PopState();
            return;
        }

        if (!first)
        {
            WriteIndicator(","u8, false, false, false);
        }

        if (_canonical || _column > _bestWidth)
        {
            WriteIndent();
        }

        _states.Push(State.FlowSequenceItem);
        EmitNode(ev, root: false, sequence: true, mapping: false, simpleKey: false);
    }

    private void EmitFlowMappingKey(YamlEvent ev, bool first)
    {
        if (first)
        {
            WriteIndicator("{"u8, true, true, false);
            IncreaseIndent(flow: true, indentless: false);
            _flowLevel++;
        }

        if (ev.Kind == YamlEventKind.MappingEnd)
        {
            _flowLevel--;
            PopIndent();
            if (_canonical && !first)
            {
                WriteIndicator(","u8, false, false, false);
                WriteIndent();
            }

            WriteIndicator("}"u8, false, false, false);
            PopState();
            return;
        }

        if (!first)
        {
            WriteIndicator(","u8, false, false, false);
        }

        if (_canonical || _column > _bestWidth)
        {
            WriteIndent();
        }

        if (!_canonical && CheckSimpleKey())
        {
            _states.Push(State.FlowMappingSimpleValue);
            EmitNode(ev, root: false, sequence: false, mapping: true, simpleKey: true);
            return;
        }

        WriteIndicator("?"u8, true, false, false);
        _states.Push(State.FlowMappingValue);
        EmitNode(ev, root: false, sequence: false, mapping: true, simpleKey: false);
    }

    private void EmitFlowMappingValue(YamlEvent ev, bool simple)
    {
        if (simple)
        {
            WriteIndicator(":"u8, false, false, false);
        }
        else
        {
            if (_canonical || _column > _bestWidth)
            {
                WriteIndent();
            }

            WriteIndicator(":"u8, true, false, false);
        }

        _states.Push(State.FlowMappingKey);
        EmitNode(ev, root: false, sequence: false, mapping: true, simpleKey: false);
    }

    private void EmitBlockSequenceItem(YamlEvent ev, bool first)
    {
        if (first)
        {
            IncreaseIndent(flow: false, indentless: !V3 && _mappingContext && !_indention);
        }

        if (ev.Kind == YamlEventKind.SequenceEnd)
        {
            PopIndent();
            PopState();
            return;
        }

        WriteIndent();
        WriteIndicator("-"u8, true, false, true);
        _states.Push(State.BlockSequenceItem);
        EmitNode(ev, root: false, sequence: true, mapping: false, simpleKey: false);
    }

    private void EmitBlockMappingKey(YamlEvent ev, bool first)
    {
        if (first)
        {
            IncreaseIndent(flow: false, indentless: false);
        }

        if (ev.Kind == YamlEventKind.MappingEnd)
        {
            PopIndent();
            PopState();
            return;
        }

        WriteIndent();
        if (CheckSimpleKey())
        {
            _states.Push(State.BlockMappingSimpleValue);
            EmitNode(ev, root: false, sequence: false, mapping: true, simpleKey: true);
            return;
        }

        WriteIndicator("?"u8, true, false, true);
        _states.Push(State.BlockMappingValue);
        EmitNode(ev, root: false, sequence: false, mapping: true, simpleKey: false);
    }

    private void EmitBlockMappingValue(YamlEvent ev, bool simple)
    {
        if (simple)
        {
            WriteIndicator(":"u8, false, false, false);
        }
        else
        {
            WriteIndent();
            WriteIndicator(":"u8, true, false, true);
        }

        _states.Push(State.BlockMappingKey);
        EmitNode(ev, root: false, sequence: false, mapping: true, simpleKey: false);
    }

    private void EmitNode(YamlEvent ev, bool root, bool sequence, bool mapping, bool simpleKey)
    {
        _rootContext = root;
        _sequenceContext = sequence;
        _mappingContext = mapping;
        _simpleKeyContext = simpleKey;
        switch (ev.Kind)
        {
            case YamlEventKind.Alias:
                ProcessAnchor();
                PopState();
                break;
            case YamlEventKind.Scalar:
                EmitScalar(ev);
                break;
            case YamlEventKind.SequenceStart:
                ProcessAnchor();
                ProcessTag();
                _state = _flowLevel > 0 || _canonical || ev.CollectionStyle == YamlCollectionStyle.Flow || CheckEmptySequence()
                    ? State.FlowSequenceFirstItem
                    : State.BlockSequenceFirstItem;
                break;
            case YamlEventKind.MappingStart:
                ProcessAnchor();
                ProcessTag();
                _state = _flowLevel > 0 || _canonical || ev.CollectionStyle == YamlCollectionStyle.Flow || CheckEmptyMapping()
                    ? State.FlowMappingFirstKey
                    : State.BlockMappingFirstKey;
                break;
            default:
                throw Error($"expected SCALAR, SEQUENCE-START, MAPPING-START, or ALIAS, but got {ev.Kind}");
        }
    }

    private void EmitScalar(YamlEvent ev)
    {
        SelectScalarStyle(ev);
        ProcessAnchor();
        ProcessTag();
        IncreaseIndent(flow: true, indentless: false);
        ProcessScalar();
        PopIndent();
        PopState();
    }

    private bool CheckEmptySequence() =>
        _events.Count - _eventsHead >= 2
        && _events[_eventsHead].Kind == YamlEventKind.SequenceStart
        && _events[_eventsHead + 1].Kind == YamlEventKind.SequenceEnd;

    private bool CheckEmptyMapping() =>
        _events.Count - _eventsHead >= 2
        && _events[_eventsHead].Kind == YamlEventKind.MappingStart
        && _events[_eventsHead + 1].Kind == YamlEventKind.MappingEnd;

    private bool CheckSimpleKey()
    {
        int length;
        var ev = _events[_eventsHead];
        switch (ev.Kind)
        {
            case YamlEventKind.Alias:
                length = _anchor?.Length ?? 0;
                break;
            case YamlEventKind.Scalar:
                if (_scalarMultiline)
                {
                    return false;
                }

                length = (_anchor?.Length ?? 0) + (_tagHandle?.Length ?? 0) + (_tagSuffix?.Length ?? 0) + _scalarValue.Length;
                break;
            case YamlEventKind.SequenceStart:
                if (!CheckEmptySequence())
                {
                    return false;
                }

                length = (_anchor?.Length ?? 0) + (_tagHandle?.Length ?? 0) + (_tagSuffix?.Length ?? 0);
                break;
            case YamlEventKind.MappingStart:
                if (!CheckEmptyMapping())
                {
                    return false;
                }

                length = (_anchor?.Length ?? 0) + (_tagHandle?.Length ?? 0) + (_tagSuffix?.Length ?? 0);
                break;
            default:
                return false;
        }

        return length <= 128;
    }

    private void SelectScalarStyle(YamlEvent ev)
    {
        bool noTag = (_tagHandle is null || _tagHandle.Length == 0) && (_tagSuffix is null || _tagSuffix.Length == 0);
        if (noTag && !ev.Implicit && !ev.QuotedImplicit)
        {
            throw Error("neither tag nor implicit flags are specified");
        }

        var style = ev.ScalarStyle;
        if (style == YamlScalarStyle.Any)
        {
            style = YamlScalarStyle.Plain;
        }

        if (_canonical)
        {
            style = YamlScalarStyle.DoubleQuoted;
        }

        if (_simpleKeyContext && _scalarMultiline)
        {
            style = YamlScalarStyle.DoubleQuoted;
        }

        if (style == YamlScalarStyle.Plain)
        {
            if ((_flowLevel > 0 && !_flowPlainAllowed) || (_flowLevel == 0 && !_blockPlainAllowed))
            {
                style = YamlScalarStyle.SingleQuoted;
            }

            if (_scalarValue.Length == 0 && (_flowLevel > 0 || _simpleKeyContext))
            {
                style = YamlScalarStyle.SingleQuoted;
            }

            if (noTag && !ev.Implicit)
            {
                style = YamlScalarStyle.SingleQuoted;
            }
        }

        if (style == YamlScalarStyle.SingleQuoted && !_singleQuotedAllowed)
        {
            style = YamlScalarStyle.DoubleQuoted;
        }

        if (style is YamlScalarStyle.Literal or YamlScalarStyle.Folded
            && (!_blockAllowed || _flowLevel > 0 || _simpleKeyContext))
        {
            style = YamlScalarStyle.DoubleQuoted;
        }

        if (noTag && !ev.QuotedImplicit && style != YamlScalarStyle.Plain)
        {
            _tagHandle = "!"u8.ToArray();
        }

        _scalarStyle = style;
    }

    private void ProcessAnchor()
    {
        if (_anchor is null)
        {
            return;
        }

        WriteIndicator(_anchorIsAlias ? "*"u8 : "&"u8, true, false, false);
        WriteAll(_anchor);
        _whitespace = false;
        _indention = false;
    }

    private void ProcessTag()
    {
        bool hasHandle = _tagHandle is { Length: > 0 };
        bool hasSuffix = _tagSuffix is { Length: > 0 };
        if (!hasHandle && !hasSuffix)
        {
            return;
        }

        if (hasHandle)
        {
            WriteTagHandle(_tagHandle ?? []);
            if (hasSuffix)
            {
                WriteTagContent(_tagSuffix ?? [], needWhitespace: false);
            }
        }
        else
        {
            WriteIndicator("!<"u8, true, false, false);
            WriteTagContent(_tagSuffix ?? [], needWhitespace: false);
            WriteIndicator(">"u8, false, false, false);
        }
    }

    private void ProcessScalar()
    {
        switch (_scalarStyle)
        {
            case YamlScalarStyle.Plain:
                WritePlainScalar(_scalarValue, allowBreaks: !_simpleKeyContext);
                break;
            case YamlScalarStyle.SingleQuoted:
                WriteSingleQuotedScalar(_scalarValue, allowBreaks: !_simpleKeyContext);
                break;
            case YamlScalarStyle.DoubleQuoted:
                WriteDoubleQuotedScalar(_scalarValue, allowBreaks: !_simpleKeyContext);
                break;
            case YamlScalarStyle.Literal:
                WriteLiteralScalar(_scalarValue);
                break;
            case YamlScalarStyle.Folded:
                WriteFoldedScalar(_scalarValue);
                break;
        }
    }
}
