using System.CommandLine;
using Bosun.Secrets.Sops;

namespace Bosun.Cli.Commands.Secrets;

/// <summary><c>bosun secrets rotate FILE</c>: re-encrypts with a new data key (sops rotate).</summary>
internal static class SecretsRotateCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var file = SecretsSupport.FileArgument();
        var inPlace = SecretsSupport.InPlace();
        var inputType = SecretsSupport.InputType();
        var command = new Command("rotate", "Generate a new data key and re-encrypt every value");
        command.Arguments.Add(file);
        command.Options.Add(inPlace);
        command.Options.Add(inputType);
        command.SetAction(parse =>
        {
            string shown = parse.GetValue(file) ?? string.Empty;
            string path = context.ResolvePath(shown);
            byte[] input = SecretsSupport.ReadInput(path, shown);
            string format = SecretsSupport.Format(parse.GetValue(inputType), path);
            var identities = SecretsSupport.Identities();
            var store = SecretsSupport.Store(format);
            byte[] rotated = SecretsSupport.Guard(shown, format, () => SopsFile.Decrypt(input, shown, store, identities).Rotate());
            if (parse.GetValue(inPlace))
            {
                SecretsSupport.WriteFile(path, rotated);
            }
            else
            {
                SecretsSupport.WriteStdout(context, rotated);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
