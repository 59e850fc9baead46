using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Emulator.Patches;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Validation;

namespace Bosun.Kube.Emulator.Store;

/// <summary>Calls into the field-management engine (Apply/, Patches/, Validation/) and maps its errors to Statuses.</summary>
public sealed partial class ObjectStore
{
    private static MergeSchema Schema(ResourceType type) =>
        type.CrdName is null ? MergeSchema.ForBuiltIn(type.Group, type.Kind) : MergeSchema.FromOpenApiV3(type.OpenApiV3Schema);

    private ApplyContext Context(ResourceType type, WriteOptions o, bool force) =>
        new(o.Manager, force, o.Subresource, Schema(type), Now) { HasStatusSubresource = type.HasStatus };

    private ApplyResult RunApply(ResourceType type, JsonObject? live, JsonObject config, WriteOptions o)
    {
        try
        {
            return ServerSideApply.Apply(live, config, Context(type, o, o.Force));
        }
        catch (ApplyException ex)
        {
            throw ToApiError(ex.StatusCode, ex.Message);
        }
    }

    private JsonObject RunUpdate(ResourceType type, JsonObject? live, JsonObject updated, WriteOptions o)
    {
        try
        {
            return ServerSideApply.Update(live, updated, Context(type, o, force: false));
        }
        catch (ApplyException ex)
        {
            throw ToApiError(ex.StatusCode, ex.Message);
        }
    }

    private static JsonObject RunPatch(ResourceType type, JsonObject live, string contentType, JsonNode patch)
    {
        try
        {
            return PatchApplier.Apply(live, contentType, patch, Schema(type));
        }
        catch (PatchException ex)
        {
            throw ToApiError(ex.StatusCode, ex.Message);
        }
    }

    private static IReadOnlyList<FieldCause> RunImmutable(ResourceType type, JsonObject old, JsonObject updated) =>
        ImmutableFields.Check(type.Group, type.Kind, old, updated);

    /// <summary>The Status reason kube-apiserver gives each code of these errors (500: none, the raw message).</summary>
    private static ApiError ToApiError(int code, string message) => new(code, code switch
    {
        400 => "BadRequest",
        413 => "RequestEntityTooLarge",
        415 => "UnsupportedMediaType",
        422 => "Invalid",
        _ => string.Empty,
    }, message);
}
