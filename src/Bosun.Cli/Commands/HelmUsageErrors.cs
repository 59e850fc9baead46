using System.Text.RegularExpressions;

namespace Bosun.Cli.Commands;

/// <summary>
/// <c>bosun template</c> is a drop-in for <c>helm template</c>, so its usage errors read as helm's (cobra's)
/// and exit with helm's status 1: an unknown <c>--flag</c> is "unknown flag: --flag", an unknown short
/// flag "unknown shorthand flag: 'x' in -x", a missing chart "\"bosun template\" requires at least 1 argument".
/// </summary>
internal static partial class HelmUsageErrors
{
    /// <summary>The commands whose usage errors follow helm's wording and exit status.</summary>
    public static bool Applies(string commandName) => commandName == "template";

    /// <summary>Rewrites one System.CommandLine message in cobra's words; other messages are kept.</summary>
    public static string Translate(string message, string commandPath)
    {
        var unknown = UnknownToken().Match(message);
        if (unknown.Success)
        {
            string token = unknown.Groups["token"].Value;
            if (token.StartsWith("--", StringComparison.Ordinal))
            {
                int equals = token.IndexOf('=', StringComparison.Ordinal);
                return "unknown flag: " + (equals < 0 ? token : token[..equals]);
            }

            if (token.Length > 1)
            {
                return $"unknown shorthand flag: '{token[1]}' in {token}";
            }
        }

        return MissingArgument().IsMatch(message) ? $"\"{commandPath}\" requires at least 1 argument" : message;
    }

    [GeneratedRegex("^Unrecognized (?:command or argument|option) '(?<token>-[^']*)'\\.$")]
    private static partial Regex UnknownToken();

    [GeneratedRegex("^Required argument (?:.[^ ]* )?missing for command: '[^']*'\\.$")]
    private static partial Regex MissingArgument();
}
