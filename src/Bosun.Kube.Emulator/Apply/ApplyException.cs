namespace Bosun.Kube.Emulator.Apply;

/// <summary>
/// An applied configuration or object the merge engine cannot type (duplicate list keys, an item missing every key
/// field, a list item that is not an object). The API server answers these with 500 InternalError for apply
/// (<c>failed to create typed patch object (…): …</c>) and 422/500 for updates; <see cref="Exception.Message"/>
/// carries SMD's text, e.g. <c>.spec.ports: duplicate entries for key [containerPort=80,protocol="TCP"]</c>.
/// </summary>
public sealed class ApplyException(string message) : Exception(message);
