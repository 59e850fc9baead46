using Bosun.Cli.Commands.Secrets;
using Bosun.Secrets.Age;
using Bosun.Testing;

namespace Bosun.Cli.Tests.Secrets;

#pragma warning disable CA1416 // Unix-only test (file modes, shell editors)

/// <summary>`bosun secrets …` in-process: round trips, edits, key changes, and diagnostics for bad input.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretsCommandTests : IDisposable
{
    private const string Secret = "PLANTED-s3cret-VALUE-9f8e";
    private readonly TempDirectory _dir = new();
    private readonly X25519Identity _identity = X25519Identity.Generate();
    private readonly Dictionary<string, string> _env = [];

    public SecretsCommandTests()
    {
        _env["SOPS_AGE_KEY"] = _identity.Encode();
        _env["HOME"] = _dir.Path;
    }

    public void Dispose() => _dir.Dispose();

    private CliRun Run(params string[] args)
    {
        SecretsSupport.EnvironmentOverride = name => _env.TryGetValue(name, out string? v) ? v : null;
        try
        {
            return CliRunner.Run(args, _dir.Path);
        }
        finally
        {
            SecretsSupport.EnvironmentOverride = null;
        }
    }

    private string Recipient => _identity.Recipient.ToString();

    [Theory]
    [InlineData("app.yaml", "password: " + Secret + "\n# note\nuser_unencrypted: bob\nlist:\n    - 1\n    - \"yes\"\n")]
    [InlineData("app.json", "{\n\t\"password\": \"" + Secret + "\",\n\t\"n\": 3\n}\n")]
    [InlineData("app.env", "PASSWORD=" + Secret + "\n#comment\nUSER=bob\n")]
    [InlineData("app.ini", "[db]\npassword = " + Secret + "\n\n")]
    public void EncryptThenDecrypt_GivesBackTheFile(string name, string content)
    {
        _dir.Write(name, content);
        var encrypted = Run("secrets", "encrypt", "--age", Recipient, name);
        Assert.Equal(string.Empty, encrypted.StandardError);
        Assert.Equal(0, encrypted.ExitCode);
        Assert.DoesNotContain(Secret, encrypted.StandardOutput, StringComparison.Ordinal);
        _dir.Write("enc-" + name, encrypted.StandardOutput);
        var decrypted = Run("secrets", "decrypt", "enc-" + name);
        Assert.Equal(0, decrypted.ExitCode);
        Assert.Equal(content, decrypted.StandardOutput);
    }

    [Fact]
    public void Decrypt_TamperedValue_ReportsMacMismatch()
    {
        _dir.Write("a.yaml", "password: " + Secret + "\nnote_unencrypted: x\n");
        string enc = Run("secrets", "encrypt", "--age", Recipient, "a.yaml").StandardOutput;
        _dir.Write("a.enc.yaml", enc.Replace("note_unencrypted: x", "note_unencrypted: y", StringComparison.Ordinal));
        var run = Run("secrets", "decrypt", "a.enc.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error BOSUN4006: a.enc.yaml: MAC mismatch", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.StandardOutput);
    }

    [Fact]
    public void Decrypt_WrongKey_ReportsNoMatchingKey()
    {
        _dir.Write("a.yaml", "password: " + Secret + "\n");
        _dir.Write("a.enc.yaml", Run("secrets", "encrypt", "--age", X25519Identity.Generate().Recipient.ToString(), "a.yaml").StandardOutput);
        var run = Run("secrets", "decrypt", "a.enc.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error BOSUN4008: Error getting data key", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Encrypt_MalformedYaml_ReportsPositionWithoutQuotingTheLine()
    {
        _dir.Write("bad.yaml", "a: 1\npassword: [" + Secret + "\n");
        var run = Run("secrets", "encrypt", "--age", Recipient, "bad.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^bad\.yaml:\d+:\d+: error BOSUN4005: cannot read bad\.yaml as sops yaml: ", run.StandardError);
        Assert.DoesNotContain(Secret, run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_ChangedValue_ReencryptsKeepingUnchangedCiphertext()
    {
        _dir.Write("a.yaml", "keep: same\npassword: old\n");
        _dir.Write("a.enc.yaml", Run("secrets", "encrypt", "--age", Recipient, "a.yaml").StandardOutput);
        string before = File.ReadAllText(Path.Combine(_dir.Path, "a.enc.yaml"));
        string log = Path.Combine(_dir.Path, "editor.log");
        string editor = _dir.Write("editor.sh", $"#!/bin/sh\necho \"$1\" > {log}\nsed -i 's/old/new/' \"$1\"\n");
        File.SetUnixFileMode(editor, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _env["EDITOR"] = editor;
        var run = Run("secrets", "edit", "a.enc.yaml");
        Assert.Equal(0, run.ExitCode);
        string after = File.ReadAllText(Path.Combine(_dir.Path, "a.enc.yaml"));
        string KeepLine(string s) => s.Split('\n').Single(l => l.StartsWith("keep:", StringComparison.Ordinal));
        Assert.Equal(KeepLine(before), KeepLine(after));
        Assert.Equal("keep: same\npassword: new\n", Run("secrets", "decrypt", "a.enc.yaml").StandardOutput);
        string tempFile = File.ReadAllText(log).Trim();
        Assert.False(File.Exists(tempFile));
        Assert.False(Directory.Exists(Path.GetDirectoryName(tempFile)));
    }

    [Fact]
    public void Edit_NoChange_LeavesFileUntouched()
    {
        _dir.Write("a.yaml", "password: x\n");
        _dir.Write("a.enc.yaml", Run("secrets", "encrypt", "--age", Recipient, "a.yaml").StandardOutput);
        string before = File.ReadAllText(Path.Combine(_dir.Path, "a.enc.yaml"));
        _env["EDITOR"] = "true";
        var run = Run("secrets", "edit", "a.enc.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("File has not changed, exiting.\n", run.StandardError);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_dir.Path, "a.enc.yaml")));
    }

    [Fact]
    public void Rotate_NewDataKey_StillDecrypts()
    {
        _dir.Write("a.yaml", "password: x\n");
        _dir.Write("a.enc.yaml", Run("secrets", "encrypt", "--age", Recipient, "a.yaml").StandardOutput);
        string before = File.ReadAllText(Path.Combine(_dir.Path, "a.enc.yaml"));
        Assert.Equal(0, Run("secrets", "rotate", "-i", "a.enc.yaml").ExitCode);
        string after = File.ReadAllText(Path.Combine(_dir.Path, "a.enc.yaml"));
        Assert.NotEqual(before.Split('\n')[0], after.Split('\n')[0]);
        Assert.Equal("password: x\n", Run("secrets", "decrypt", "a.enc.yaml").StandardOutput);
    }

    [Fact]
    public void UpdateKeys_AddsRecipientFromSopsYaml()
    {
        var other = X25519Identity.Generate();
        _dir.Write("a.yaml", "password: x\n");
        _dir.Write("a.enc.yaml", Run("secrets", "encrypt", "--age", Recipient, "a.yaml").StandardOutput);
        _dir.Write(".sops.yaml", $"creation_rules:\n  - path_regex: \\.yaml$\n    age: {Recipient},{other.Recipient}\n");
        var run = Run("secrets", "updatekeys", "-y", "a.enc.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"+++ {other.Recipient}\na.enc.yaml: updated keys\n", run.StandardError);
        _env["SOPS_AGE_KEY"] = other.Encode();
        Assert.Equal("password: x\n", Run("secrets", "decrypt", "a.enc.yaml").StandardOutput);
    }

    [Fact]
    public void Encrypt_UsesCreationRuleRecipientsAndRegex()
    {
        _dir.Write(".sops.yaml", $"creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    encrypted_regex: ^(data|stringData)$\n    age: {Recipient}\n");
        _dir.Write("secrets/s.yaml", "kind: Secret\nstringData:\n    password: x\n");
        var run = Run("secrets", "encrypt", "secrets/s.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("kind: Secret\nstringData:\n    password: ENC[AES256_GCM,", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("    encrypted_regex: ^(data|stringData)$\n", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Keygen_WritesKeyFileAndConvertsIt()
    {
        var run = Run("secrets", "keygen", "-o", "key.txt");
        Assert.Equal(0, run.ExitCode);
        string file = File.ReadAllText(Path.Combine(_dir.Path, "key.txt"));
        Assert.Matches("^# created: .+\n# public key: age1[a-z0-9]+\nAGE-SECRET-KEY-1[A-Z0-9]+\n$", file);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_dir.Path, "key.txt")));
        string recipient = file.Split('\n')[1]["# public key: ".Length..];
        Assert.Equal("Public key: " + recipient + "\n", run.StandardError);
        Assert.Equal(recipient + "\n", Run("secrets", "keygen", "-y", "key.txt").StandardOutput);
    }

    [Fact]
    public void PlantedSecret_AppearsNowhere_AfterEveryCommandAndFailure()
    {
        _dir.Write("s.yaml", "password: " + Secret + "\nnote_unencrypted: nval\n");
        var outputs = new List<CliRun>();
        var enc = Run("secrets", "encrypt", "--age", Recipient, "s.yaml");
        outputs.Add(enc);
        _dir.Write("s.enc.yaml", enc.StandardOutput);
        _dir.Write("tampered.enc.yaml", enc.StandardOutput.Replace("note_unencrypted: nval", "note_unencrypted: mval", StringComparison.Ordinal));
        _dir.Write("bad.yaml", "password: [" + Secret + "\n");
        _dir.Write("bad.json", "{\"password\": \"" + Secret + "\"");
        _dir.Write("bad.env", Secret + "\n");
        _dir.Write("nested.env", "A=1\n");
        string failingEditor = _dir.Write("fail.sh", "#!/bin/sh\nexit 3\n");
        File.SetUnixFileMode(failingEditor, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string breakingEditor = _dir.Write("break.sh", "#!/bin/sh\nprintf 'password: [" + Secret + "\\n' > \"$1\"\n");
        File.SetUnixFileMode(breakingEditor, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        outputs.Add(Run("secrets", "encrypt", "--age", Recipient, "bad.yaml"));
        outputs.Add(Run("secrets", "encrypt", "--age", Recipient, "bad.json"));
        outputs.Add(Run("secrets", "encrypt", "--age", Recipient, "bad.env"));
        outputs.Add(Run("secrets", "encrypt", "--age", _identity.Encode(), "s.yaml"));
        outputs.Add(Run("secrets", "encrypt", "s.yaml"));
        outputs.Add(Run("secrets", "decrypt", "tampered.enc.yaml"));
        outputs.Add(Run("secrets", "decrypt", "missing.enc.yaml"));
        outputs.Add(Run("secrets", "decrypt", "--input-type", "json", "s.enc.yaml"));
        outputs.Add(Run("secrets", "rotate", "s.enc.yaml"));
        outputs.Add(Run("secrets", "updatekeys", "s.enc.yaml"));
        _env["EDITOR"] = failingEditor;
        outputs.Add(Run("secrets", "edit", "s.enc.yaml"));
        _env["EDITOR"] = breakingEditor;
        outputs.Add(Run("secrets", "edit", "s.enc.yaml"));
        _env["EDITOR"] = "true";
        outputs.Add(Run("secrets", "edit", "s.enc.yaml"));
        outputs.Add(Run("secrets", "keygen", "-y", "s.enc.yaml"));
        _env["SOPS_AGE_KEY"] = X25519Identity.Generate().Encode();
        outputs.Add(Run("secrets", "decrypt", "s.enc.yaml"));
        outputs.Add(Run("secrets", "edit", "s.enc.yaml"));
        _env["SOPS_AGE_KEY"] = "AGE-SECRET-KEY-1" + Secret;
        outputs.Add(Run("secrets", "decrypt", "s.enc.yaml"));

        Assert.Contains(outputs, o => o.ExitCode == 1);
        foreach (var output in outputs)
        {
            Assert.False(output.StandardOutput.Contains(Secret, StringComparison.Ordinal), "stdout of run " + outputs.IndexOf(output) + ": " + output.StandardError);
            Assert.False(output.StandardError.Contains(Secret, StringComparison.Ordinal), "stderr of run " + outputs.IndexOf(output) + ": " + output.StandardError);
            Assert.DoesNotContain("Exception", output.StandardError, StringComparison.Ordinal);
            Assert.NotEqual(70, output.ExitCode);
        }

        foreach (string dir in Directory.EnumerateDirectories(Path.GetTempPath(), "bosun-secrets-*"))
        {
            foreach (string file in SafeFiles(dir))
            {
                Assert.DoesNotContain(Secret, File.ReadAllText(file), StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain(Secret, File.ReadAllText(Path.Combine(_dir.Path, "s.enc.yaml")), StringComparison.Ordinal);
    }

    private static IEnumerable<string> SafeFiles(string dir)
    {
        try
        {
            return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToList();
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }
}
