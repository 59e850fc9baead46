using System.CommandLine;
using Bosun.Cli.Output;
using Bosun.Secrets.Diagnostics;
using Bosun.Secrets.Sops;

namespace Bosun.Cli.Commands.Secrets;

/// <summary><c>bosun secrets updatekeys FILE</c>: applies the recipients of the matching .sops.yaml rule (sops updatekeys).</summary>
internal static class SecretsUpdateKeysCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var file = SecretsSupport.FileArgument();
        var config = SecretsSupport.Config();
        var inputType = SecretsSupport.InputType();
        var yes = new Option<bool>("--yes", "-y") { Description = "Accepted for sops compatibility (bosun does not prompt)" };
        var command = new Command("updatekeys", "Re-wrap the data key for the recipients in .sops.yaml");
        command.Arguments.Add(file);
        command.Options.Add(config);
        command.Options.Add(inputType);
        command.Options.Add(yes);
        command.SetAction(parse =>
        {
            var output = new CommandOutput(context.Console, globals.Read(parse));
            string shown = parse.GetValue(file) ?? string.Empty;
            string path = context.ResolvePath(shown);
            byte[] input = SecretsSupport.ReadInput(path, shown);
            string format = SecretsSupport.Format(parse.GetValue(inputType), path);
            var (_, rule) = SecretsSupport.CreationRule(parse.GetValue(config), path, context);
            if (rule is null || rule.AgeRecipients.Count == 0)
            {
                throw SecretsErrors.ConfigError.Create("no .sops.yaml creation rule with age recipients matches " + shown).ToException();
            }

            var identities = SecretsSupport.Identities();
            var store = SecretsSupport.Store(format);
            var decrypted = SecretsSupport.Guard(shown, format, () => SopsFile.Decrypt(input, shown, store, identities));
            var before = decrypted.AgeRecipients.ToHashSet(StringComparer.Ordinal);
            var after = rule.AgeRecipients.ToHashSet(StringComparer.Ordinal);
            if (before.SetEquals(after))
            {
                output.WriteMessage($"{shown}: already up to date");
                return ExitCodes.Success;
            }

            foreach (string added in rule.AgeRecipients.Where(r => !before.Contains(r)))
            {
                output.WriteMessage("+++ " + added);
            }

            foreach (string removed in decrypted.AgeRecipients.Where(r => !after.Contains(r)))
            {
                output.WriteMessage("--- " + removed);
            }

            byte[] updated = SecretsSupport.Guard(shown, format, () => decrypted.UpdateKeys(rule.AgeRecipients));
            SecretsSupport.WriteFile(path, updated);
            output.WriteMessage($"{shown}: updated keys");
            return ExitCodes.Success;
        });
        return command;
    }
}
