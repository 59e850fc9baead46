using System.CommandLine;
using System.CommandLine.Help;

namespace Bosun.Cli.Commands;

/// <summary>Builds the <c>bosun</c> command tree: global options and every subcommand.</summary>
internal static class BosunRootCommand
{
    /// <summary>Help is wrapped at this width whatever the terminal, so it is the same everywhere.</summary>
    public const int HelpWidth = 100;

    /// <summary>The subcommands, in help order.</summary>
    private static readonly (string Name, Func<CliContext, GlobalOptions, Command> Create)[] s_subcommands =
    [
        ("template", TemplateCommand.Create),
        ("version", VersionCommand.Create),
        ("secrets", Secrets.SecretsCommand.Create),
        ("sim", SimCommand.Create),
    ];

    /// <summary>The tokens System.CommandLine's <see cref="HelpOption"/> answers to.</summary>
    private static readonly string[] s_helpTokens = ["-h", "--help", "-?", "/h", "/?"];

    /// <summary>The whole tree.</summary>
    public static Command Create(CliContext context, GlobalOptions globals) => Create(context, globals, args: null);

    /// <summary>
    /// The tree for <paramref name="args"/>: when the first argument names a subcommand only that subcommand is
    /// built, and then the help option only when a help token is present. Building every command and option costs a
    /// cold <c>bosun template</c> several milliseconds; what a command line never reaches cannot change its parse.
    /// </summary>
    public static Command Create(CliContext context, GlobalOptions globals, IReadOnlyList<string>? args)
    {
        // A plain Command named "bosun" rather than RootCommand, whose name comes from the host executable
        // (it would be "testhost" under the test runner).
        var root = new Command("bosun", "GitOps for Kubernetes in one binary; renders Helm charts exactly as helm does");
        string? first = args is { Count: > 0 } ? args[0] : null;
        bool known = first is not null && Array.Exists(s_subcommands, c => c.Name == first);
        if (!known || args is null || args.Any(a => s_helpTokens.Contains(a, StringComparer.Ordinal)))
        {
            var help = new HelpOption();
            if (help.Action is HelpAction helpAction)
            {
                helpAction.MaxWidth = HelpWidth;
            }

            root.Options.Add(help);
        }

        foreach (var option in globals.All)
        {
            root.Options.Add(option);
        }

        foreach (var (name, create) in s_subcommands)
        {
            if (!known || name == first)
            {
                root.Subcommands.Add(create(context, globals));
            }
        }

        return root;
    }
}
