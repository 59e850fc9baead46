using System.CommandLine;
using System.CommandLine.Help;

namespace Bosun.Cli.Commands;

/// <summary>Builds the <c>bosun</c> command tree: global options and every subcommand.</summary>
internal static class BosunRootCommand
{
    /// <summary>Help is wrapped at this width whatever the terminal, so it is the same everywhere.</summary>
    public const int HelpWidth = 100;

    public static Command Create(CliContext context, GlobalOptions globals)
    {
        // A plain Command named "bosun" rather than RootCommand, whose name comes from the host executable
        // (it would be "testhost" under the test runner).
        var root = new Command("bosun", "GitOps for Kubernetes in one binary; renders Helm charts exactly as helm does");
        var help = new HelpOption();
        if (help.Action is HelpAction helpAction)
        {
            helpAction.MaxWidth = HelpWidth;
        }

        root.Options.Add(help);
        foreach (var option in globals.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(TemplateCommand.Create(context, globals));
        root.Subcommands.Add(VersionCommand.Create(context, globals));
        root.Subcommands.Add(Secrets.SecretsCommand.Create(context, globals));
        root.Subcommands.Add(SimCommand.Create(context, globals));
        return root;
    }
}
