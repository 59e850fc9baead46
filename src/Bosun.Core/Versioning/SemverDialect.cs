namespace Bosun.Core.Versioning;

/// <summary>
/// The Masterminds semver v3 release whose behaviour to reproduce: helm v3.17 vendors v3.3.0, helm v4.1
/// vendors v3.4.0. They differ in error wording (capitalised in v3.3.0), in prerelease handling of
/// constraint groups, and in rejecting empty prerelease/metadata identifiers.
/// </summary>
public enum SemverDialect
{
    /// <summary>Masterminds/semver v3.3.0 (helm 3).</summary>
    V3_3,

    /// <summary>Masterminds/semver v3.4.0 (helm 4).</summary>
    V3_4,
}
