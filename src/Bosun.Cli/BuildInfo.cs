using System.Reflection;

namespace Bosun.Cli;

/// <summary>The version of this build of bosun.</summary>
public static class BuildInfo
{
    /// <summary>The informational version of the CLI assembly (<c>0.1.0</c>).</summary>
    public static string Version { get; } =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "0.0.0";
}
