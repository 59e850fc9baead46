namespace Bosun.Kube.Emulator.Validation;

/// <summary>One cause of a 422 Invalid Status: <c>{"reason":"FieldValueInvalid","message":"…","field":"spec.selector"}</c>.</summary>
public sealed record FieldCause(string Reason, string Message, string Field);
