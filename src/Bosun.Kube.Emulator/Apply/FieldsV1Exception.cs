namespace Bosun.Kube.Emulator.Apply;

/// <summary>A <c>managedFields[].fieldsV1</c> value that is not a valid field set.</summary>
public sealed class FieldsV1Exception(string message) : Exception(message);
