using System.CommandLine;
using Bosun.Cli.Output;
using Bosun.Core.Diagnostics;
using Bosun.Secrets.Age;

namespace Bosun.Cli.Commands.Secrets;

/// <summary><c>bosun secrets keygen [-o FILE]</c> / <c>keygen -y [FILE]</c>: like age-keygen.</summary>
internal static class SecretsKeygenCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var input = new Argument<string?>("INPUT") { Description = "With -y: the identity file (default stdin is not supported; give a file)", Arity = ArgumentArity.ZeroOrOne };
        var outFile = new Option<string?>("--output-file", "-o") { Description = "Write to FILE (created with mode 0600) instead of stdout", HelpName = "FILE" };
        var convert = new Option<bool>("-y") { Description = "Print the recipients of the identity file INPUT" };
        var command = new Command("keygen", "Generate an age key pair (like age-keygen)");
        command.Arguments.Add(input);
        command.Options.Add(outFile);
        command.Options.Add(convert);
        command.SetAction(parse =>
        {
            var output = new CommandOutput(context.Console, globals.Read(parse));
            string text;
            if (parse.GetValue(convert))
            {
                string shown = parse.GetValue(input) ?? throw CoreErrors.Usage.Create("keygen -y needs an identity file").ToException();
                byte[] data = SecretsSupport.ReadInput(context.ResolvePath(shown), shown);
                text = SecretsSupport.Guard(shown, string.Empty, () => AgeKeygen.ToRecipients(data));
            }
            else
            {
                if (parse.GetValue(input) is not null)
                {
                    throw CoreErrors.Usage.Create("too many arguments").ToException();
                }

                var (identity, fileText) = AgeKeygen.Generate(DateTimeOffset.Now);
                text = fileText;
                output.WriteMessage("Public key: " + identity.Recipient);
            }

            if (parse.GetValue(outFile) is { } target)
            {
                string path = context.ResolvePath(target);
                if (File.Exists(path) && !parse.GetValue(convert))
                {
                    throw CoreErrors.Usage.Create($"failed to open output file \"{target}\": file exists").ToException();
                }

                var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var stream = new FileStream(path, options);
                stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
            }
            else
            {
                output.WriteData(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
