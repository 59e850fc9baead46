namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// An object with named fields. Fields not declared use <see cref="Unknown"/>; they count as named fields (not owned
/// as map keys) unless <see cref="UnknownKeysAreMembers"/> (CRD <c>x-kubernetes-preserve-unknown-fields</c>).
/// An atomic struct (<c>+structType=atomic</c>) is owned and replaced whole.
/// </summary>
public sealed class StructSchema(
    IReadOnlyDictionary<string, MergeSchema> fields,
    bool atomic = false,
    MergeSchema? unknown = null,
    bool unknownKeysAreMembers = false,
    bool typed = false) : MergeSchema
{
    /// <summary>
    /// A Go struct of a built-in kind. Its value-struct fields (metadata, spec, status, template, strategy, …) exist
    /// even in an empty object on the server, so an Update that fills them does not own them themselves (no
    /// <c>".":{}</c>), unlike a custom resource's objects.
    /// </summary>
    public bool Typed { get; } = typed;

    public IReadOnlyDictionary<string, MergeSchema> Fields { get; } = fields;

    public bool Atomic { get; } = atomic;

    public MergeSchema Unknown { get; } = unknown ?? DeducedSchema.StructLike;

    public bool UnknownKeysAreMembers { get; } = unknownKeysAreMembers;

    /// <summary>The schema of a field and whether it is a named field (not a map key member).</summary>
    public (MergeSchema Schema, bool Named) Field(string name) =>
        Fields.TryGetValue(name, out var s) ? (s, true) : (Unknown, !UnknownKeysAreMembers);

    /// <summary>The root of a custom resource's schema.</summary>
    internal static StructSchema ForCustomResource(IReadOnlyDictionary<string, MergeSchema> fields, MergeSchema unknown, bool unknownKeysAreMembers) =>
        new(fields, false, unknown, unknownKeysAreMembers) { IsCustomResource = true };
}
