using System.CommandLine;
using Bosun.Cli.Output;
using Bosun.Secrets.Diagnostics;
using Bosun.Secrets.Sops;

namespace Bosun.Cli.Commands.Secrets;

/// <summary><c>bosun secrets encrypt [--age R1,R2] FILE</c>: encrypts a plaintext file like <c>sops encrypt</c>.</summary>
internal static class SecretsEncryptCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var file = SecretsSupport.FileArgument();
        var age = new Option<string?>("--age", "-a") { Description = "Comma-separated age recipients (age1…, ssh-ed25519 …, ssh-rsa …)", HelpName = "RECIPIENTS" };
        var inPlace = SecretsSupport.InPlace();
        var inputType = SecretsSupport.InputType();
        var outputType = SecretsSupport.OutputType();
        var config = SecretsSupport.Config();
        var rules = new[]
        {
            new Option<string?>("--unencrypted-suffix") { Description = "Leave values whose key ends with this unencrypted", HelpName = "SUFFIX" },
            new Option<string?>("--encrypted-suffix") { Description = "Encrypt only values whose key ends with this", HelpName = "SUFFIX" },
            new Option<string?>("--unencrypted-regex") { Description = "Leave values whose key matches unencrypted", HelpName = "REGEX" },
            new Option<string?>("--encrypted-regex") { Description = "Encrypt only values whose key matches", HelpName = "REGEX" },
            new Option<string?>("--unencrypted-comment-regex") { Description = "Leave values after a matching comment unencrypted", HelpName = "REGEX" },
            new Option<string?>("--encrypted-comment-regex") { Description = "Encrypt only values after a matching comment", HelpName = "REGEX" },
        };
        var macOnly = new Option<bool>("--mac-only-encrypted") { Description = "Compute the MAC only over encrypted values" };
        var command = new Command("encrypt", "Encrypt a file (prints to stdout unless --in-place)");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { age, inPlace, inputType, outputType, config, macOnly })
        {
            command.Options.Add(option);
        }

        foreach (var option in rules)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            string shown = parse.GetValue(file) ?? string.Empty;
            string path = context.ResolvePath(shown);
            byte[] input = SecretsSupport.ReadInput(path, shown);
            string inFormat = SecretsSupport.Format(parse.GetValue(inputType), path);
            string outFormat = parse.GetValue(outputType) ?? inFormat;
            var (cfg, rule) = SecretsSupport.CreationRule(parse.GetValue(config), path, context);
            string[] values = [.. rules.Select(r => parse.GetValue(r) ?? string.Empty)];
            bool anyFlagRule = values.Any(v => v.Length > 0);
            var recipients = parse.GetValue(age) is { Length: > 0 } list
                ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : rule?.AgeRecipients.ToArray() ?? [];
            if (recipients.Length == 0)
            {
                throw SecretsErrors.KeyUnavailable.Create("no age recipients: give --age or a .sops.yaml creation rule that matches " + shown).ToException();
            }

            var options = new SopsEncryptOptions
            {
                AgeRecipients = recipients,
                UnencryptedSuffix = anyFlagRule ? values[0] : rule?.UnencryptedSuffix ?? string.Empty,
                EncryptedSuffix = anyFlagRule ? values[1] : rule?.EncryptedSuffix ?? string.Empty,
                UnencryptedRegex = anyFlagRule ? values[2] : rule?.UnencryptedRegex ?? string.Empty,
                EncryptedRegex = anyFlagRule ? values[3] : rule?.EncryptedRegex ?? string.Empty,
                UnencryptedCommentRegex = anyFlagRule ? values[4] : string.Empty,
                EncryptedCommentRegex = anyFlagRule ? values[5] : string.Empty,
                MacOnlyEncrypted = parse.GetValue(macOnly) || rule?.MacOnlyEncrypted == true,
            };
            var inStore = SecretsSupport.Store(inFormat, cfg?.YamlIndent ?? 4);
            var outStore = SecretsSupport.Store(outFormat, cfg?.YamlIndent ?? 4);
            byte[] encrypted = SecretsSupport.GuardPlaintext(shown, inFormat, () =>
            {
                var branches = inStore.LoadPlain(input, shown);
                byte[] plainInOutFormat = ReferenceEquals(inStore, outStore) || inFormat == outFormat ? input : outStore.EmitPlain(branches);
                return SopsFile.Encrypt(plainInOutFormat, shown, outStore, options);
            });
            if (parse.GetValue(inPlace))
            {
                SecretsSupport.WriteFile(path, encrypted);
            }
            else
            {
                SecretsSupport.WriteStdout(context, encrypted);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
