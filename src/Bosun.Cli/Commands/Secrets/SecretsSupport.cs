using System.CommandLine;
using Bosun.Core.Diagnostics;
using Bosun.Secrets;
using Bosun.Secrets.Age;
using Bosun.Secrets.Diagnostics;
using Bosun.Secrets.Sops;
using Bosun.Secrets.Sops.Stores;

namespace Bosun.Cli.Commands.Secrets;

/// <summary>What the secrets commands share: file and format options, key discovery, writing results.</summary>
internal static class SecretsSupport
{
    private static readonly AsyncLocal<Func<string, string?>?> s_environment = new();

    /// <summary>Tests replace the process environment (SOPS_AGE_KEY…, EDITOR, HOME) for the current async flow.</summary>
    internal static Func<string, string?>? EnvironmentOverride
    {
        get => s_environment.Value;
        set => s_environment.Value = value;
    }

    public static string? Env(string name) => EnvironmentOverride is { } env ? env(name) : Environment.GetEnvironmentVariable(name);

    public static Argument<string> FileArgument() => new("FILE") { Description = "The file" };

    public static Option<bool> InPlace() => new("--in-place", "-i") { Description = "Write the result back to FILE instead of stdout" };

    public static Option<string?> InputType() => TypeOption("--input-type", "Format of the input (yaml, json, dotenv, ini, binary); by default from the file extension");

    public static Option<string?> OutputType() => TypeOption("--output-type", "Format of the output; by default the input format");

    public static Option<string?> Config() => new("--config") { Description = "Path to .sops.yaml (default: searched upwards from the file)", HelpName = "FILE" };

    private static Option<string?> TypeOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "TYPE" };
        option.AcceptOnlyFromAmong("yaml", "json", "dotenv", "ini", "binary");
        return option;
    }

    public static string Format(string? explicitType, string path) => explicitType ?? SopsStores.FormatForPath(path);

    public static ISopsStore Store(string format, int yamlIndent = 4) =>
        SopsStores.ForName(format, yamlIndent) ?? throw SecretsErrors.UnsupportedInput.Create("unknown format " + format).ToException();

    public static byte[] ReadInput(string path, string shown)
    {
        if (!File.Exists(path))
        {
            throw CoreErrors.FileNotFound.Create(shown).ToException();
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CoreErrors.FileUnreadable.Create(shown, e.Message).ToException();
        }
    }

    /// <summary>The age identities sops would use, from the environment and default files.</summary>
    public static IReadOnlyList<IAgeIdentity> Identities()
    {
        string home = Env("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Guard(string.Empty, string.Empty, () => SopsKeySources.Discover(Env, home));
    }

    /// <summary>Runs a secrets operation; its exceptions become coded diagnostics.</summary>
    public static T Guard<T>(string file, string format, Func<T> action) => SecretsDiagnostics.Guard(file, format, action);

    /// <summary>
    /// As <see cref="Guard{T}"/> for operations on plaintext: a position is kept as <c>file:line:col</c> but
    /// the source line is not quoted (it may hold a secret).
    /// </summary>
    public static T GuardPlaintext<T>(string file, string format, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (SecretsDiagnostics.From(e, file, format) is { } diagnostic)
        {
            throw (diagnostic.Location is { } location ? diagnostic with { Location = null, Subject = location.ToString() } : diagnostic).ToException();
        }
    }

    /// <summary>Loads .sops.yaml (explicit or found from the file's folder) and the creation rule for the file.</summary>
    public static (SopsConfig? Config, SopsCreationRule? Rule) CreationRule(string? configOption, string fullPath, CliContext context)
    {
        string? configPath = configOption is null ? SopsConfig.Find(Path.GetDirectoryName(fullPath) ?? context.WorkingDirectory) : context.ResolvePath(configOption);
        if (configPath is null)
        {
            return (null, null);
        }

        if (!File.Exists(configPath))
        {
            throw CoreErrors.FileNotFound.Create(configOption ?? configPath).ToException();
        }

        var config = GuardPlaintext(configPath, "yaml", () => SopsConfig.Load(configPath));
        string relative = Path.GetRelativePath(Path.GetDirectoryName(configPath) ?? ".", fullPath);
        var rule = Guard(configPath, "yaml", () => config.Match(relative));
        if (rule is { HasKeyGroups: true })
        {
            throw SecretsErrors.ConfigError.Create($"{configPath}: key_groups in creation rules are not supported; list age recipients with `age:`").ToException();
        }

        return (config, rule);
    }

    /// <summary>Writes bytes to a file atomically (temp file in the same folder, then rename), keeping the mode.</summary>
    public static void WriteFile(string path, byte[] data)
    {
        string temp = Path.Combine(Path.GetDirectoryName(path) ?? ".", "." + Path.GetFileName(path) + ".bosun-" + Guid.NewGuid().ToString("N")[..8]);
        UnixFileMode? mode = File.Exists(path) && !OperatingSystem.IsWindows() ? File.GetUnixFileMode(path) : null;
        File.WriteAllBytes(temp, data);
        if (mode is { } m && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, m);
        }

        File.Move(temp, path, overwrite: true);
    }

    public static void WriteStdout(CliContext context, byte[] data) => context.Console.Out.Write(System.Text.Encoding.UTF8.GetString(data));
}
