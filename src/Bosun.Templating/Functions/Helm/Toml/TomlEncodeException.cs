namespace Bosun.Templating.Functions.Helm.Toml;

/// <summary>An error BurntSushi/toml's encoder returns (helm's <c>toToml</c> prints its text as the result).</summary>
internal sealed class TomlEncodeException : Exception
{
    public TomlEncodeException(string message)
        : base(message)
    {
    }
}
