using System.Text;
using Bosun.Core.Text;
using Bosun.Core.Values;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bosun.Secrets.Sops.Stores;

/// <summary>
/// Reads YAML documents into sops branches the way sops' YAML store does over yaml.v3 nodes: comments become
/// items where they stand (line comments before the value they follow), aliases are expanded into copies,
/// merge keys stay ordinary <c>&lt;&lt;</c> keys, scalars resolve as yaml.v3 does into <c>interface{}</c>.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly SourceFile _file;
    private readonly IParser _parser;
    private readonly Dictionary<string, object?> _anchors = new(StringComparer.Ordinal);
    private readonly List<(SopsComment Comment, int Column)> _pending = [];

    public YamlTreeReader(SourceFile file)
    {
        _file = file;
        _parser = new Parser(new Scanner(new StringReader(file.Text), skipComments: false));
    }

    public List<SopsBranch> ReadAll()
    {
        var documents = new List<SopsBranch>();
        try
        {
            _parser.Consume<StreamStart>();
            while (!_parser.TryConsume<StreamEnd>(out _))
            {
                if (_parser.TryConsume<Comment>(out var stray))
                {
                    AddPending(stray);
                    continue;
                }

                _parser.Consume<DocumentStart>();
                _anchors.Clear();
                var root = new SopsBranch();
                FlushPending(root, minColumn: 0);
                SkipComments(root);
                var start = _parser.Current;
                if (_parser.Accept<MappingStart>(out _))
                {
                    ReadMappingInto(root);
                }
                else if (_parser.TryConsume<Scalar>(out var scalar))
                {
                    if (!(scalar.IsPlainImplicit && ResolveScalar(scalar) is null))
                    {
                        throw Fail("YAML documents that are values are not supported", scalar.Start);
                    }
                }
                else if (_parser.Accept<SequenceStart>(out _))
                {
                    throw Fail("YAML documents that are sequences are not supported", start?.Start ?? Mark.Empty);
                }

                SkipComments(root);
                FlushPending(root, minColumn: 0);
                _parser.Consume<DocumentEnd>();
                documents.Add(root);
            }
        }
        catch (YamlException e) when (e is not SopsYamlException)
        {
            throw new SopsFormatException("Error unmarshaling input YAML: " + OneLine(e.Message), Locate(e.Start));
        }

        return documents;
    }

    private void SkipComments(SopsBranch target)
    {
        while (_parser.TryConsume<Comment>(out var comment))
        {
            AddComment(comment, target, null);
        }
    }

    private void ReadMappingInto(SopsBranch branch)
    {
        var start = _parser.Consume<MappingStart>();
        Register(start.Anchor, branch);
        int column = -1;
        var keys = new Dictionary<string, Mark>(StringComparer.Ordinal);
        while (true)
        {
            if (_parser.TryConsume<Comment>(out var comment))
            {
                AddComment(comment, branch, null);
                continue;
            }

            if (_parser.TryConsume<MappingEnd>(out _))
            {
                FlushPending(branch, Math.Max(column, 0));
                return;
            }

            var keyEvent = _parser.Current;
            if (keyEvent is not Scalar keyScalar)
            {
                throw Fail("only string keys are supported", keyEvent?.Start ?? Mark.Empty);
            }

            _parser.MoveNext();
            if (column < 0)
            {
                column = (int)keyScalar.Start.Column;
            }

            FlushPending(branch, 0);
            object? keyValue = ResolveScalar(keyScalar);
            if (keyValue is not string key)
            {
                throw Fail($"Tree contains a non-string key ({GoYamlType(keyValue)}): {keyScalar.Value}. Only string keys are supported", keyScalar.Start);
            }

            if (keys.TryGetValue(key, out var first))
            {
                throw Fail($"mapping key {GoStrconv.Quote(key)} already defined at line {first.Line}", keyScalar.Start);
            }

            keys[key] = keyScalar.Start;
            var valueStart = _parser.Current?.Start ?? keyScalar.Start;
            var item = new SopsItem(key, ReadValue(), Locate(valueStart));
            branch.Add(item);
            TakeLineComment(branch, item);
        }
    }

    private SopsList ReadSequence()
    {
        var start = _parser.Consume<SequenceStart>();
        var list = new SopsList();
        Register(start.Anchor, list);
        int column = -1;
        while (true)
        {
            if (_parser.TryConsume<Comment>(out var comment))
            {
                AddComment(comment, null, list);
                continue;
            }

            if (_parser.TryConsume<SequenceEnd>(out _))
            {
                foreach (var (c, _) in TakePending(Math.Max(column, 0)))
                {
                    list.Add(c);
                }

                return list;
            }

            if (column < 0)
            {
                column = (int)(_parser.Current?.Start.Column ?? 0) - 2;
            }

            foreach (var (c, _) in TakePending(0))
            {
                list.Add(c);
            }

            list.Add(ReadValue());
            if (_parser.Accept<Comment>(out var line) && line.IsInline)
            {
                _parser.MoveNext();
                list.Insert(list.Count - 1, new SopsComment(CommentText(line), Inline: true));
            }
        }
    }

    private object? ReadValue()
    {
        switch (_parser.Current)
        {
            case Scalar scalar:
            {
                _parser.MoveNext();
                object? value = ResolveScalar(scalar);
                Register(scalar.Anchor, value);
                return value;
            }

            case MappingStart:
            {
                var branch = new SopsBranch();
                ReadMappingInto(branch);
                return branch;
            }

            case SequenceStart:
                return ReadSequence();

            case AnchorAlias alias:
                _parser.MoveNext();
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw Fail($"unknown anchor '{alias.Value.Value}' referenced", alias.Start);
                }

                return Clone(target);

            default:
                throw Fail("unexpected YAML event", _parser.Current?.Start ?? Mark.Empty);
        }
    }

    private void TakeLineComment(SopsBranch branch, SopsItem item)
    {
        if (item.Value is SopsBranch or SopsList)
        {
            return;
        }

        if (_parser.Accept<Comment>(out var line) && line.IsInline)
        {
            _parser.MoveNext();
            branch.Insert(branch.Count - 1, new SopsItem(new SopsComment(CommentText(line), Inline: true), null));
        }
    }

    private void AddComment(Comment comment, SopsBranch? branch, SopsList? list)
    {
        if (comment.IsInline)
        {
            var c = new SopsComment(CommentText(comment), Inline: true);
            if (branch is not null)
            {
                branch.Add(new SopsItem(c, null));
            }
            else
            {
                list?.Add(c);
            }

            return;
        }

        AddPending(comment);
    }

    private void AddPending(Comment comment) => _pending.Add((new SopsComment(CommentText(comment)), (int)comment.Start.Column));

    /// <summary>The comment as yaml.v3 keeps it: everything after the <c>#</c> up to the end of the line.</summary>
    private string CommentText(Comment comment)
    {
        string text = _file.Text;
        int start = (int)Math.Min(comment.Start.Index, text.Length);
        int hash = text.IndexOf('#', start);
        if (hash < 0)
        {
            return comment.Value;
        }

        int end = text.IndexOf('\n', hash);
        string line = end < 0 ? text[(hash + 1)..] : text[(hash + 1)..end];
        return line.TrimEnd('\r');
    }

    private void FlushPending(SopsBranch branch, int minColumn)
    {
        foreach (var (c, _) in TakePending(minColumn))
        {
            branch.Add(new SopsItem(c, null));
        }
    }

    private List<(SopsComment, int)> TakePending(int minColumn)
    {
        var taken = _pending.Where(p => p.Column >= minColumn).ToList();
        _pending.RemoveAll(p => p.Column >= minColumn);
        return taken;
    }

    private object? ResolveScalar(Scalar scalar)
    {
        string? tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is null || tag == "!")
        {
            return scalar.Style is ScalarStyle.Plain && tag is null ? YamlResolver.ResolvePlain(scalar.Value) : scalar.Value;
        }

        switch (tag)
        {
            case "tag:yaml.org,2002:str":
                return scalar.Value;
            case "tag:yaml.org,2002:binary":
                try
                {
                    byte[] bytes = Convert.FromBase64String(scalar.Value);
                    return System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : bytes;
                }
                catch (FormatException)
                {
                    throw Fail("!!binary value contains invalid base64 data", scalar.Start);
                }

            case "tag:yaml.org,2002:timestamp":
                return SopsTimestamp.TryParse(scalar.Value, out var t) ? t : throw Fail($"cannot decode !!str `{scalar.Value}` as a !!timestamp", scalar.Start);
            case "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" or "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:null":
            {
                object? v = YamlResolver.ResolvePlain(scalar.Value);
                bool ok = tag switch
                {
                    "tag:yaml.org,2002:int" => v is long,
                    "tag:yaml.org,2002:float" => v is double or long,
                    "tag:yaml.org,2002:bool" => v is bool,
                    _ => v is null,
                };
                if (!ok)
                {
                    throw Fail($"cannot decode `{scalar.Value}` as a {tag.Replace("tag:yaml.org,2002:", "!!", StringComparison.Ordinal)}", scalar.Start);
                }

                return tag == "tag:yaml.org,2002:float" && v is long l ? (double)l : v;
            }

            default:
                return scalar.Value;
        }
    }

    private void Register(AnchorName anchor, object? value)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = value;
        }
    }

    private static object? Clone(object? value) => value switch
    {
        SopsBranch b => new SopsBranch(b.Select(i => new SopsItem(i.Key, Clone(i.Value), i.Location))),
        SopsList l => new SopsList(l.Select(Clone)),
        _ => value,
    };

    private static string GoYamlType(object? value) => value switch
    {
        null => "<nil>",
        long => "int",
        double => "float64",
        bool => "bool",
        _ => value.GetType().Name,
    };

    private SourceLocation? Locate(Mark mark) =>
        mark.Index < 0 ? null : new SourceLocation(_file, new TextSpan((int)Math.Min(mark.Index, _file.Text.Length), 0));

    private SopsYamlException Fail(string message, Mark mark) => new(message, mark, Locate(mark));

    private static string OneLine(string message)
    {
        int i = message.IndexOf('\n', StringComparison.Ordinal);
        return i < 0 ? message : message[..i];
    }

    private sealed class SopsYamlException : YamlException
    {
        public SopsYamlException(string message, Mark mark, SourceLocation? location)
            : base(mark, mark, message)
        {
            Location = location;
            RawMessage = message;
        }

        public string RawMessage { get; }

        public SourceLocation? Location { get; }
    }

    /// <summary>Converts reader failures into <see cref="SopsFormatException"/> with locations.</summary>
    public static List<SopsBranch> Read(SourceFile file)
    {
        try
        {
            return new YamlTreeReader(file).ReadAll();
        }
        catch (SopsYamlException e)
        {
            throw new SopsFormatException("Error unmarshaling input YAML: " + e.RawMessage, e.Location);
        }
    }
}
