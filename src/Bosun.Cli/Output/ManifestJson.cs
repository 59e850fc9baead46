namespace Bosun.Cli.Output;

/// <summary>One rendered document in <c>bosun template --output json</c>.</summary>
public sealed record ManifestJson(string Source, string Kind, bool Hook, string Content);
