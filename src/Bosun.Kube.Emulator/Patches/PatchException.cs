namespace Bosun.Kube.Emulator.Patches;

/// <summary>A patch that cannot be applied; <see cref="Exception.Message"/> is the API server's text (HTTP 422 or 400).</summary>
public sealed class PatchException(string message, int statusCode = 422) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
