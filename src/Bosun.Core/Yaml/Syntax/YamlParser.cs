namespace Bosun.Core.Yaml.Syntax;

/// <summary>
/// libyaml's event parser (go-yaml v2's <c>parserc.go</c>): the same state machine, implicit documents,
/// indentless sequences, empty scalars and error texts. Errors are thrown as <see cref="YamlSyntaxException"/>.
/// </summary>
internal sealed partial class YamlParser
{
    private static readonly (byte[] Handle, byte[] Prefix)[] s_defaultTagDirectives =
    [
        ("!"u8.ToArray(), "!"u8.ToArray()),
        ("!!"u8.ToArray(), "tag:yaml.org,2002:"u8.ToArray()),
    ];

    private readonly YamlScanner _scanner;
    private State _state;
    private readonly Stack<State> _states = new();
    private readonly Stack<YamlMark> _marks = new();
    private readonly List<(byte[] Handle, byte[] Prefix)> _tagDirectives = new();

    public YamlParser(byte[] input)
    {
        _scanner = new YamlScanner(input);
    }

    private enum State
    {
        StreamStart,
        ImplicitDocumentStart,
        DocumentStart,
        DocumentContent,
        DocumentEnd,
        BlockNode,
        BlockNodeOrIndentlessSequence,
        FlowNode,
        BlockSequenceFirstEntry,
        BlockSequenceEntry,
        IndentlessSequenceEntry,
        BlockMappingFirstKey,
        BlockMappingKey,
        BlockMappingValue,
        FlowSequenceFirstEntry,
        FlowSequenceEntry,
        FlowSequenceEntryMappingKey,
        FlowSequenceEntryMappingValue,
        FlowSequenceEntryMappingEnd,
        FlowMappingFirstKey,
        FlowMappingKey,
        FlowMappingValue,
        FlowMappingEmptyValue,
        End,
    }

    /// <summary>
    /// The next event; <see cref="YamlEventKind.None"/> once the stream has ended (libyaml returns an empty
    /// event after STREAM-END).
    /// </summary>
    public YamlEvent Next()
    {
        if (_scanner.StreamEndProduced || _state == State.End)
        {
            return default;
        }

        return _state switch
        {
            State.StreamStart => ParseStreamStart(),
            State.ImplicitDocumentStart => ParseDocumentStart(implicitDocument: true),
            State.DocumentStart => ParseDocumentStart(implicitDocument: false),
            State.DocumentContent => ParseDocumentContent(),
            State.DocumentEnd => ParseDocumentEnd(),
            State.BlockNode => ParseNode(block: true, indentlessSequence: false),
            State.BlockNodeOrIndentlessSequence => ParseNode(block: true, indentlessSequence: true),
            State.FlowNode => ParseNode(block: false, indentlessSequence: false),
            State.BlockSequenceFirstEntry => ParseBlockSequenceEntry(first: true),
            State.BlockSequenceEntry => ParseBlockSequenceEntry(first: false),
            State.IndentlessSequenceEntry => ParseIndentlessSequenceEntry(),
            State.BlockMappingFirstKey => ParseBlockMappingKey(first: true),
            State.BlockMappingKey => ParseBlockMappingKey(first: false),
            State.BlockMappingValue => ParseBlockMappingValue(),
            State.FlowSequenceFirstEntry => ParseFlowSequenceEntry(first: true),
            State.FlowSequenceEntry => ParseFlowSequenceEntry(first: false),
            State.FlowSequenceEntryMappingKey => ParseFlowSequenceEntryMappingKey(),
            State.FlowSequenceEntryMappingValue => ParseFlowSequenceEntryMappingValue(),
            State.FlowSequenceEntryMappingEnd => ParseFlowSequenceEntryMappingEnd(),
            State.FlowMappingFirstKey => ParseFlowMappingKey(first: true),
            State.FlowMappingKey => ParseFlowMappingKey(first: false),
            State.FlowMappingValue => ParseFlowMappingValue(empty: false),
            State.FlowMappingEmptyValue => ParseFlowMappingValue(empty: true),
            _ => throw new InvalidOperationException("invalid parser state"),
        };
    }

    private static YamlSyntaxException ParserError(string problem, YamlMark problemMark) =>
        new(YamlErrorKind.Parser, problem, problemMark);

    private static YamlSyntaxException ParserError(string context, YamlMark contextMark, string problem, YamlMark problemMark) =>
        new(YamlErrorKind.Parser, problem, problemMark, context, contextMark);

    private YamlToken Peek() => _scanner.Peek();

    private void Skip() => _scanner.Skip();

    private State PopState() => _states.Pop();

    private YamlEvent ParseStreamStart()
    {
        var token = Peek();
        if (token.Kind != YamlTokenKind.StreamStart)
        {
            throw ParserError("did not find expected <stream-start>", token.Start);
        }

        _state = State.ImplicitDocumentStart;
        Skip();
        return new YamlEvent { Kind = YamlEventKind.StreamStart, Start = token.Start, End = token.End };
    }

    private YamlEvent ParseDocumentStart(bool implicitDocument)
    {
        var token = Peek();
        if (!implicitDocument)
        {
            while (token.Kind == YamlTokenKind.DocumentEnd)
            {
                Skip();
                token = Peek();
            }
        }

        if (implicitDocument && token.Kind != YamlTokenKind.VersionDirective && token.Kind != YamlTokenKind.TagDirective
            && token.Kind != YamlTokenKind.DocumentStart && token.Kind != YamlTokenKind.StreamEnd)
        {
            ProcessDirectives(out _, out _);
            _states.Push(State.DocumentEnd);
            _state = State.BlockNode;
            return new YamlEvent { Kind = YamlEventKind.DocumentStart, Start = token.Start, End = token.End, Implicit = true };
        }

        if (token.Kind != YamlTokenKind.StreamEnd)
        {
            var start = token.Start;
            ProcessDirectives(out bool hasVersion, out var tagDirectives);
            token = Peek();
            if (token.Kind != YamlTokenKind.DocumentStart)
            {
                throw ParserError("did not find expected <document start>", token.Start);
            }

            _states.Push(State.DocumentEnd);
            _state = State.DocumentContent;
            var ev = new YamlEvent
            {
                Kind = YamlEventKind.DocumentStart,
                Start = start,
                End = token.End,
                HasVersionDirective = hasVersion,
                TagDirectives = tagDirectives,
                Implicit = false,
            };
            Skip();
            return ev;
        }

        _state = State.End;
        Skip();
        return new YamlEvent { Kind = YamlEventKind.StreamEnd, Start = token.Start, End = token.End };
    }

    private YamlEvent ParseDocumentContent()
    {
        var token = Peek();
        if (token.Kind is YamlTokenKind.VersionDirective or YamlTokenKind.TagDirective or YamlTokenKind.DocumentStart
            or YamlTokenKind.DocumentEnd or YamlTokenKind.StreamEnd)
        {
            _state = PopState();
            return EmptyScalar(token.Start);
        }

        return ParseNode(block: true, indentlessSequence: false);
    }

    private YamlEvent ParseDocumentEnd()
    {
        var token = Peek();
        var start = token.Start;
        var end = token.Start;
        bool implicitEnd = true;
        if (token.Kind == YamlTokenKind.DocumentEnd)
        {
            end = token.End;
            Skip();
            implicitEnd = false;
        }

        _tagDirectives.Clear();
        _state = State.DocumentStart;
        return new YamlEvent { Kind = YamlEventKind.DocumentEnd, Start = start, End = end, Implicit = implicitEnd };
    }

    private static YamlEvent EmptyScalar(YamlMark mark) => new()
    {
        Kind = YamlEventKind.Scalar,
        Start = mark,
        End = mark,
        Value = [],
        Implicit = true,
        ScalarStyle = YamlScalarStyle.Plain,
    };

    private void ProcessDirectives(out bool hasVersion, out List<(byte[] Handle, byte[] Prefix)>? tagDirectives)
    {
        hasVersion = false;
        tagDirectives = null;
        var token = Peek();
        while (token.Kind is YamlTokenKind.VersionDirective or YamlTokenKind.TagDirective)
        {
            if (token.Kind == YamlTokenKind.VersionDirective)
            {
                if (hasVersion)
                {
                    throw ParserError("found duplicate %YAML directive", token.Start);
                }

                if (token.Major != 1 || token.Minor != 1)
                {
                    throw ParserError("found incompatible YAML document", token.Start);
                }

                hasVersion = true;
            }
            else
            {
                var value = (token.Value ?? [], token.Suffix ?? []);
                AppendTagDirective(value, allowDuplicates: false, token.Start);
                (tagDirectives ??= new()).Add(value);
            }

            Skip();
            token = Peek();
        }

        foreach (var directive in s_defaultTagDirectives)
        {
            AppendTagDirective(directive, allowDuplicates: true, token.Start);
        }
    }

    private void AppendTagDirective((byte[] Handle, byte[] Prefix) value, bool allowDuplicates, YamlMark mark)
    {
        foreach (var existing in _tagDirectives)
        {
            if (existing.Handle.AsSpan().SequenceEqual(value.Handle))
            {
                if (allowDuplicates)
                {
                    return;
                }

                throw ParserError("found duplicate %TAG directive", mark);
            }
        }

        _tagDirectives.Add(value);
    }
}
