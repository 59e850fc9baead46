using System.CommandLine;

namespace Bosun.Cli.Commands.Secrets;

/// <summary><c>bosun secrets</c>: sops- and age-compatible encryption of files with age keys.</summary>
internal static class SecretsCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var command = new Command("secrets", "Encrypt, decrypt and edit sops files with age keys (sops-compatible flags)");
        command.Subcommands.Add(SecretsEncryptCommand.Create(context, globals));
        command.Subcommands.Add(SecretsDecryptCommand.Create(context, globals));
        command.Subcommands.Add(SecretsEditCommand.Create(context, globals));
        command.Subcommands.Add(SecretsRotateCommand.Create(context, globals));
        command.Subcommands.Add(SecretsUpdateKeysCommand.Create(context, globals));
        command.Subcommands.Add(SecretsKeygenCommand.Create(context, globals));
        return command;
    }
}
