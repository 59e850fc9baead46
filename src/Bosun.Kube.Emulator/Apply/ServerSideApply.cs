using System.Text.Json.Nodes;

namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// Field ownership as kube-apiserver's structured-merge-diff does it: server-side apply of an applied
/// configuration, and the ownership bookkeeping of ordinary writes (create, update, patch).
/// CONTRACT STUB (owner: kube-ssa). Keep these signatures: the store and HTTP layer (kube-emu) call them.
/// </summary>
public static class ServerSideApply
{
    /// <summary>
    /// Applies <paramref name="config"/> (the whole applied configuration, as sent in an
    /// <c>application/apply-patch+yaml</c> body, already parsed) onto <paramref name="live"/> (null when the object
    /// does not exist yet) for <see cref="ApplyContext.Manager"/>. Returns the merged object with rewritten
    /// <c>metadata.managedFields</c>, or the conflicts (when not forced) and no object.
    /// </summary>
    public static ApplyResult Apply(JsonObject? live, JsonObject config, ApplyContext context) =>
        throw new NotImplementedException("CONTRACT STUB: ServerSideApply.Apply");

    /// <summary>
    /// Ownership for a non-apply write: the fields that differ between <paramref name="live"/> (null on create)
    /// and <paramref name="updated"/> move to <see cref="ApplyContext.Manager"/> with operation <c>Update</c>.
    /// Returns <paramref name="updated"/> with its <c>metadata.managedFields</c> rewritten.
    /// </summary>
    public static JsonObject Update(JsonObject? live, JsonObject updated, ApplyContext context) =>
        throw new NotImplementedException("CONTRACT STUB: ServerSideApply.Update");
}
