using System.Text;
using Bosun.Core.Values;

namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>
/// BurntSushi/toml's parser (parse.go): builds the key/value mapping from the lexer's items with the same
/// implicit-table, redefinition and value checks and error texts. Values: string, long, double, bool,
/// <see cref="TomlDateTime"/>, <c>List&lt;object?&gt;</c> (arrays), <c>Dictionary</c> (tables) and
/// <c>List&lt;Dictionary&gt;</c> (arrays of tables).
/// </summary>
internal sealed partial class TomlParser
{
    private readonly TomlLexer _lx;
    private readonly byte[] _input;
    private List<string> _context = [];
    private string _currentKey = string.Empty;
    private TomlPosition _pos;
    private readonly Dictionary<string, TomlType> _keyInfo = new(StringComparer.Ordinal);
    private readonly HashSet<string> _implicits = new(StringComparer.Ordinal);

    private TomlParser(byte[] input, bool tomlNext)
    {
        _input = input;
        _lx = new TomlLexer(input, tomlNext);
    }

    private enum TomlType
    {
        Primitive,
        Array,
        Hash,
        ArrayHash,
    }

    public Dictionary<string, object?> Mapping { get; } = new(StringComparer.Ordinal);

    /// <summary>Parses TOML text (v1.6 rules when <paramref name="tomlNext"/>, else v1.4). Throws <see cref="TomlParseException"/>.</summary>
    public static Dictionary<string, object?> Parse(string text, bool tomlNext)
    {
        byte[] data = Encoding.UTF8.GetBytes(text);
        int skip = 0;
        if (data.Length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        {
            skip = 2;
        }
        else if (data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        {
            skip = 3;
        }

        if (skip > 0)
        {
            data = data[skip..];
        }

        int ex = Math.Min(6, data.Length);
        if (Array.IndexOf(data, (byte)0, 0, ex) >= 0)
        {
            throw new TomlParseException("files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8", 1, string.Empty);
        }

        var parser = new TomlParser(data, tomlNext);
        while (true)
        {
            var item = parser.Next();
            if (item.Type == TomlItemType.Eof)
            {
                break;
            }

            parser.TopLevel(item);
        }

        return parser.Mapping;
    }

    private string Current()
    {
        if (_currentKey.Length == 0)
        {
            return KeyString(_context);
        }

        if (_context.Count == 0)
        {
            return _currentKey;
        }

        return KeyString(_context) + "." + _currentKey;
    }

    private TomlParseException Fail(TomlPosition pos, string message) => new(message, pos.Line, Current());

    private TomlParseException Failf(string message) => new(message, _pos.Line, Current());

    private TomlItem Next()
    {
        var it = _lx.NextItem();
        if (it.Type == TomlItemType.Error)
        {
            throw Fail(it.Position, it.Error ?? it.Value);
        }

        return it;
    }

    private TomlItem NextPos()
    {
        var it = Next();
        _pos = it.Position;
        return it;
    }

    private void Expect(TomlItemType type)
    {
        var it = Next();
        if (it.Type != type)
        {
            throw new InvalidOperationException($"BUG: Expected '{type}' but got '{it.Type}'.");
        }
    }

    private void TopLevel(TomlItem item)
    {
        switch (item.Type)
        {
            case TomlItemType.CommentStart:
                Expect(TomlItemType.Text);
                break;
            case TomlItemType.TableStart:
            case TomlItemType.ArrayTableStart:
            {
                bool array = item.Type == TomlItemType.ArrayTableStart;
                var end = array ? TomlItemType.ArrayTableEnd : TomlItemType.TableEnd;
                var name = NextPos();
                var key = new List<string>();
                for (; name.Type != end && name.Type != TomlItemType.Eof; name = Next())
                {
                    key.Add(KeyPart(name));
                }

                AddContext(key, array);
                SetType(string.Empty, array ? TomlType.ArrayHash : TomlType.Hash);
                break;
            }

            case TomlItemType.KeyStart:
            {
                var outerContext = _context;
                var k = NextPos();
                var key = new List<string>();
                for (; k.Type != TomlItemType.KeyEnd && k.Type != TomlItemType.Eof; k = Next())
                {
                    key.Add(KeyPart(k));
                }

                _currentKey = key[^1];
                var parent = key.GetRange(0, key.Count - 1);
                for (int i = 0; i < parent.Count; i++)
                {
                    AddImplicitContext([.. _context, parent[i]]);
                }

                var vItem = Next();
                var (val, typ) = Value(vItem, parentIsArray: false);
                SetValue(_currentKey, val);
                SetType(_currentKey, typ);
                _context = outerContext;
                _currentKey = string.Empty;
                break;
            }

            default:
                throw new InvalidOperationException($"BUG: Unexpected type at top level: {item.Type}");
        }
    }

    private string KeyPart(TomlItem it) => it.Type switch
    {
        TomlItemType.Text => it.Value,
        _ => (string)Value(it, parentIsArray: false).Value!,
    };

    /// <summary>BurntSushi's Key.String(): parts joined by '.', non-bare parts quoted.</summary>
    internal static string KeyString(IReadOnlyList<string> key)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < key.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('.');
            }

            string part = key[i];
            if (part.Length == 0)
            {
                sb.Append("\"\"");
            }
            else if (part.All(c => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            {
                sb.Append(part);
            }
            else
            {
                sb.Append(TomlEncoder.Quote(part));
            }
        }

        return sb.ToString();
    }

    private void AddContext(List<string> key, bool array)
    {
        var hashContext = Mapping;
        var keyContext = new List<string>(key.Count);
        for (int i = 0; i < key.Count - 1; i++)
        {
            string k = key[i];
            keyContext.Add(k);
            if (!hashContext.ContainsKey(k))
            {
                AddImplicit(keyContext);
                hashContext[k] = new Dictionary<string, object?>(StringComparer.Ordinal);
            }

            switch (hashContext[k])
            {
                case List<Dictionary<string, object?>> tables:
                    hashContext = tables[^1];
                    break;
                case Dictionary<string, object?> table:
                    hashContext = table;
                    break;
                default:
                    throw Failf($"Key '{KeyString(keyContext)}' was already created as a hash.");
            }
        }

        _context = keyContext;
        if (array)
        {
            string k = key[^1];
            if (!hashContext.ContainsKey(k))
            {
                hashContext[k] = new List<Dictionary<string, object?>>();
            }

            if (hashContext[k] is List<Dictionary<string, object?>> tables)
            {
                tables.Add(new Dictionary<string, object?>(StringComparer.Ordinal));
            }
            else
            {
                throw Failf($"Key '{KeyString(key)}' was already created and cannot be used as an array.");
            }
        }
        else
        {
            SetValue(key[^1], new Dictionary<string, object?>(StringComparer.Ordinal));
        }

        _context = [.. _context, key[^1]];
    }

    private void SetValue(string key, object? value)
    {
        var hash = Mapping;
        var keyContext = new List<string>(_context.Count + 1);
        foreach (string k in _context)
        {
            keyContext.Add(k);
            if (!hash.TryGetValue(k, out var tmp))
            {
                throw new InvalidOperationException($"BUG: Context for key '{KeyString(keyContext)}' has not been established.");
            }

            switch (tmp)
            {
                case List<Dictionary<string, object?>> tables:
                    hash = tables[^1];
                    break;
                case Dictionary<string, object?> table:
                    hash = table;
                    break;
                default:
                    throw Failf($"Key '{KeyString(keyContext)}' has already been defined.");
            }
        }

        keyContext.Add(key);
        if (hash.ContainsKey(key))
        {
            if (IsArray(keyContext))
            {
                if (_lx.TomlNext && !IsImplicit(keyContext))
                {
                    throw Failf($"Key '{KeyString(keyContext)}' has already been defined.");
                }

                RemoveImplicit(keyContext);
                hash[key] = value;
                return;
            }

            if (IsImplicit(keyContext))
            {
                RemoveImplicit(keyContext);
                return;
            }

            throw Failf($"Key '{KeyString(keyContext)}' has already been defined.");
        }

        hash[key] = value;
    }

    private void SetType(string key, TomlType type)
    {
        var keyContext = new List<string>(_context);
        if (key.Length > 0)
        {
            keyContext.Add(key);
        }

        if (keyContext.Count == 0)
        {
            keyContext.Add(string.Empty);
        }

        _keyInfo[KeyString(keyContext)] = type;
    }

    private void AddImplicit(List<string> key) => _implicits.Add(KeyString(key));

    private void RemoveImplicit(List<string> key) => _implicits.Remove(KeyString(key));

    private bool IsImplicit(List<string> key) => _implicits.Contains(KeyString(key));

    private bool IsArray(List<string> key) => _keyInfo.TryGetValue(KeyString(key), out var type) && type == TomlType.Array;

    private void AddImplicitContext(List<string> key)
    {
        AddImplicit(key);
        AddContext(key, array: false);
    }
}
