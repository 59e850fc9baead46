using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Apply;
using Bosun.Kube.Emulator.Http;
using Bosun.Kube.Emulator.Patches;
using Bosun.Kube.Emulator.Registry;
using Bosun.Kube.Emulator.Validation;

namespace Bosun.Kube.Emulator.Store;

/// <summary>Calls into kube-ssa's contracts, with the temporary fallback while they are stubs.</summary>
public sealed partial class ObjectStore
{
    private static MergeSchema? TrySchema(ResourceType type)
    {
        try
        {
            return type.CrdName is null ? MergeSchema.ForBuiltIn(type.Group, type.Kind) : MergeSchema.FromOpenApiV3(type.OpenApiV3Schema);
        }
        catch (NotImplementedException)
        {
            return null;
        }
    }

    private ApplyResult RunApply(ResourceType type, JsonObject? live, JsonObject config, WriteOptions o)
    {
        if (TrySchema(type) is { } schema)
        {
            try
            {
                return Emulator.Apply.ServerSideApply.Apply(live, config, new ApplyContext(o.Manager, o.Force, o.Subresource, schema, Now));
            }
            catch (NotImplementedException)
            {
            }
        }

        return FallbackFieldManager.Apply(live, config, o.Manager, o.Force, o.Subresource, Now);
    }

    private JsonObject RunUpdate(ResourceType type, JsonObject? live, JsonObject updated, WriteOptions o)
    {
        if (TrySchema(type) is { } schema)
        {
            try
            {
                return Emulator.Apply.ServerSideApply.Update(live, updated, new ApplyContext(o.Manager, false, o.Subresource, schema, Now));
            }
            catch (NotImplementedException)
            {
            }
        }

        return FallbackFieldManager.Update(live, updated, o.Manager, o.Subresource, Now);
    }

    private static JsonObject RunPatch(ResourceType type, JsonObject live, string contentType, JsonNode patch)
    {
        try
        {
            if (TrySchema(type) is { } schema)
            {
                try
                {
                    return PatchApplier.Apply(live, contentType, patch, schema);
                }
                catch (NotImplementedException)
                {
                }
            }

            return FallbackPatch.Apply(live, contentType, patch);
        }
        catch (PatchException ex)
        {
            throw new ApiError(ex.StatusCode, ex.StatusCode == 400 ? "BadRequest" : "Invalid", ex.Message);
        }
    }

    private static IReadOnlyList<FieldCause> RunImmutable(ResourceType type, JsonObject old, JsonObject updated)
    {
        try
        {
            return ImmutableFields.Check(type.Group, type.Kind, old, updated);
        }
        catch (NotImplementedException)
        {
            return [];
        }
    }
}
