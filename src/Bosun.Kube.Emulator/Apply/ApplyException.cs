namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// An applied configuration the server refuses before merging. <see cref="StatusCode"/> is what kube-apiserver
/// answers: 400 BadRequest for <c>metadata.managedFields must be nil</c>, 500 InternalError for an object SMD cannot
/// type (<c>failed to create typed patch object (demo/web; apps/v1, Kind=Deployment): .spec.ports: duplicate entries
/// for key [containerPort=80,protocol="TCP"]</c>). <see cref="Exception.Message"/> is the Status message.
/// </summary>
public sealed class ApplyException(string message, int statusCode = 500) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
