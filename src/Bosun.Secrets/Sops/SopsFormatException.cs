using Bosun.Core.Text;

namespace Bosun.Secrets.Sops;

/// <summary>A file could not be read as the given format or has malformed sops metadata. Never quotes values.</summary>
public sealed class SopsFormatException : Exception
{
    public SopsFormatException(string message, SourceLocation? location = null)
        : base(message)
    {
        Location = location;
    }

    /// <summary>Where in the file, when known.</summary>
    public SourceLocation? Location { get; }
}
