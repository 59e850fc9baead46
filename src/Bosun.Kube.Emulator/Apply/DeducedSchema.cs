using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// SMD's deduced type: objects are granular, lists atomic, everything else scalar. <see cref="MapLike"/> owns each
/// object key as a member (CRDs without a schema); <see cref="StructLike"/> treats keys as named fields, which is how
/// fields a built-in table does not list behave on a real server (they are struct fields there).
/// </summary>
public sealed class DeducedSchema : MergeSchema
{
    private readonly bool _structLike;

    private DeducedSchema(bool structLike)
    {
        _structLike = structLike;
    }

    public static DeducedSchema MapLike { get; } = new(false);

    public static DeducedSchema StructLike { get; } = new(true);

    private static readonly StructSchema s_struct = new(new Dictionary<string, MergeSchema>(), unknown: null, typed: true);

    private static readonly ListSchema s_structList = ListSchema.AtomicOf(new DeducedSchema(true));

    private static readonly ListSchema s_mapList = ListSchema.AtomicOf(new DeducedSchema(false));

    public override MergeSchema Resolve(JsonNode? value) => value switch
    {
        JsonObject => _structLike ? s_struct : MapStruct,
        JsonArray => _structLike ? s_structList : s_mapList,
        _ => ScalarSchema.Instance,
    };

    private static StructSchema MapStruct => s_mapStruct ??= new StructSchema(new Dictionary<string, MergeSchema>(), unknown: MapLike, unknownKeysAreMembers: true);

    private static StructSchema? s_mapStruct;
}
