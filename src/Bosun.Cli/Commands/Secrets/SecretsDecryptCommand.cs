using System.CommandLine;
using Bosun.Secrets.Sops;

namespace Bosun.Cli.Commands.Secrets;

/// <summary><c>bosun secrets decrypt FILE</c>: decrypts a sops file (MAC verified) like <c>sops decrypt</c>.</summary>
internal static class SecretsDecryptCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var file = SecretsSupport.FileArgument();
        var inPlace = SecretsSupport.InPlace();
        var inputType = SecretsSupport.InputType();
        var outputType = SecretsSupport.OutputType();
        var ignoreMac = new Option<bool>("--ignore-mac") { Description = "Do not verify the MAC (dangerous)" };
        var command = new Command("decrypt", "Decrypt a file (prints to stdout unless --in-place)");
        command.Arguments.Add(file);
        command.Options.Add(inPlace);
        command.Options.Add(inputType);
        command.Options.Add(outputType);
        command.Options.Add(ignoreMac);
        command.SetAction(parse =>
        {
            string shown = parse.GetValue(file) ?? string.Empty;
            string path = context.ResolvePath(shown);
            byte[] input = SecretsSupport.ReadInput(path, shown);
            string inFormat = SecretsSupport.Format(parse.GetValue(inputType), path);
            string outFormat = parse.GetValue(outputType) ?? inFormat;
            var identities = SecretsSupport.Identities();
            var store = SecretsSupport.Store(inFormat);
            var decrypted = SecretsSupport.Guard(shown, inFormat, () => SopsFile.Decrypt(input, shown, store, identities, parse.GetValue(ignoreMac)));
            byte[] plain = SecretsSupport.Guard(shown, outFormat, () => decrypted.EmitPlain(SecretsSupport.Store(outFormat)));
            if (parse.GetValue(inPlace))
            {
                SecretsSupport.WriteFile(path, plain);
            }
            else
            {
                SecretsSupport.WriteStdout(context, plain);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
