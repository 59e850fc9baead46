namespace Bosun.Kube.Emulator.Protobuf;

/// <summary>A protobuf body that is truncated, malformed, or of a kind the emulator does not decode.</summary>
public sealed class ProtobufException(string message) : Exception(message);
