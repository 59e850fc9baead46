using Bosun.Core.Secrets;
using Bosun.Core.Values;

namespace Bosun.Secrets;

/// <summary>One decrypted document: its values for the engine and the secret leaves (dotted path → secret).</summary>
public sealed record SecretDocument(GoMap Values, IReadOnlyList<(string Path, SecretValue Value)> Secrets);
