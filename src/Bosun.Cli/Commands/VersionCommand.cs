using System.CommandLine;
using Bosun.Cli.Output;

namespace Bosun.Cli.Commands;

/// <summary><c>bosun version</c>: prints the version of bosun.</summary>
internal static class VersionCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var command = new Command("version", "Print the version of bosun");
        command.SetAction(parse =>
        {
            var output = new CommandOutput(context.Console, globals.Read(parse));
            if (output.IsJson)
            {
                output.WriteJson(new VersionJson(BuildInfo.Version), CliJsonContext.Output.VersionJson);
            }
            else
            {
                output.WriteData("bosun " + BuildInfo.Version + "\n");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
