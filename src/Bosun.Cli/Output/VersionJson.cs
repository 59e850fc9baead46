namespace Bosun.Cli.Output;

/// <summary><c>bosun version --output json</c>.</summary>
public sealed record VersionJson(string Version);
