namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>BurntSushi/toml's ParseError: <c>toml: line N (last key "k"): message</c>.</summary>
internal sealed class TomlParseException : Exception
{
    public TomlParseException(string message, int line, string lastKey)
        : base(lastKey.Length == 0
            ? $"toml: line {line}: {message}"
            : $"toml: line {line} (last key {Bosun.Core.Values.GoStrconv.Quote(lastKey)}): {message}")
    {
        TomlMessage = message;
        Line = line;
        LastKey = lastKey;
    }

    public string TomlMessage { get; }

    public int Line { get; }

    public string LastKey { get; }
}
