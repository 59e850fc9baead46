namespace Bosun.Kube.Emulator.Protobuf;

/// <summary>A well-formed protobuf body of a kind the emulator does not decode (answered with 415).</summary>
public sealed class UnsupportedProtobufKindException(string message) : Exception(message);
