namespace Bosun.Cli.Output;

/// <summary>ANSI styling for diagnostics; every method returns the text unchanged when colour is off.</summary>
internal readonly record struct Ansi(bool Enabled)
{
    public string Bold(string text) => Wrap("1", text);

    public string Red(string text) => Wrap("1;31", text);

    public string Yellow(string text) => Wrap("1;33", text);

    public string Blue(string text) => Wrap("1;34", text);

    public string Cyan(string text) => Wrap("1;36", text);

    private string Wrap(string code, string text) =>
        Enabled && text.Length > 0 ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
}
