using System.CommandLine;
using System.Diagnostics;
using Bosun.Cli.Output;
using Bosun.Secrets.Diagnostics;
using Bosun.Secrets.Sops;

namespace Bosun.Cli.Commands.Secrets;

/// <summary>
/// <c>bosun secrets edit FILE</c>: decrypts into a private temp folder (0700, file 0600), runs
/// <c>$SOPS_EDITOR</c>/<c>$EDITOR</c> (default <c>vi</c>), and re-encrypts only if the text changed, keeping the
/// ciphertext of unchanged values. The temp folder is removed afterwards, also on failure.
/// </summary>
internal static class SecretsEditCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var file = SecretsSupport.FileArgument();
        var inputType = SecretsSupport.InputType();
        var config = SecretsSupport.Config();
        var command = new Command("edit", "Edit an encrypted file in $EDITOR");
        command.Arguments.Add(file);
        command.Options.Add(inputType);
        command.Options.Add(config);
        command.SetAction(parse =>
        {
            var output = new CommandOutput(context.Console, globals.Read(parse));
            string shown = parse.GetValue(file) ?? string.Empty;
            string path = context.ResolvePath(shown);
            string format = SecretsSupport.Format(parse.GetValue(inputType), path);
            byte[] input = SecretsSupport.ReadInput(path, shown);
            var identities = SecretsSupport.Identities();
            var store = SecretsSupport.Store(format);
            var decrypted = SecretsSupport.Guard(shown, format, () => SopsFile.Decrypt(input, shown, store, identities));
            byte[] plain = decrypted.EmitPlain();

            var dir = Directory.CreateTempSubdirectory("bosun-secrets-");
            try
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(dir.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }

                string temp = Path.Combine(dir.FullName, Path.GetFileName(path));
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using (var stream = new FileStream(temp, options))
                {
                    stream.Write(plain);
                }

                RunEditor(temp);
                byte[] edited = File.ReadAllBytes(temp);
                if (edited.AsSpan().SequenceEqual(plain))
                {
                    output.WriteMessage("File has not changed, exiting.");
                    return ExitCodes.Success;
                }

                byte[] encrypted = SecretsSupport.GuardPlaintext(shown, format, () => decrypted.Reencrypt(store.LoadPlain(edited, shown)));
                SecretsSupport.WriteFile(path, encrypted);
                return ExitCodes.Success;
            }
            finally
            {
                Scrub(dir);
            }
        });
        return command;
    }

    private static void RunEditor(string path)
    {
        string editor = SecretsSupport.Env("SOPS_EDITOR") is { Length: > 0 } s ? s : SecretsSupport.Env("EDITOR") is { Length: > 0 } e ? e : "vi";
        string[] parts = editor.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(parts[0]) { UseShellExecute = false };
        foreach (string arg in parts.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(path);
        try
        {
            using var process = Process.Start(start) ?? throw SecretsErrors.EditFailed.Create("could not start the editor " + parts[0]).ToException();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw SecretsErrors.EditFailed.Create($"the editor {parts[0]} exited with status {process.ExitCode}").ToException();
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw SecretsErrors.EditFailed.Create("could not start the editor " + parts[0]).ToException();
        }
    }

    /// <summary>Overwrites the plaintext copies with zeros, then removes the folder.</summary>
    private static void Scrub(DirectoryInfo dir)
    {
        try
        {
            foreach (var f in dir.EnumerateFiles("*", SearchOption.AllDirectories))
            {
                try
                {
                    File.WriteAllBytes(f.FullName, new byte[f.Length]);
                }
                catch (IOException)
                {
                    // Removal below still runs.
                }
            }

            dir.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Best effort; nothing else can be done.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort.
        }
    }
}
