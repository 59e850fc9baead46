namespace Bosun.Core.Values;

/// <summary>A method of a host value (<c>.Files.Get</c>, <c>.Capabilities.APIVersions.Has</c>, <c>(semver "1.2").Major</c>).</summary>
public sealed class GoMethod
{
    public GoMethod(GoSignature signature, Func<object?[], object?> invoke)
    {
        Signature = signature;
        Invoke = invoke;
    }

    public GoSignature Signature { get; }

    /// <summary>Called with arguments already converted to <see cref="GoSignature.Parameters"/>; fails with <see cref="GoFailure"/>.</summary>
    public Func<object?[], object?> Invoke { get; }
}
