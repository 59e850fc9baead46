namespace Bosun.Secrets.Age;

/// <summary>One recipient stanza of an age header: <c>-&gt; TYPE ARG…</c> and a wrapped file key body.</summary>
public sealed record AgeStanza(string Type, IReadOnlyList<string> Args, byte[] Body);
