using System.Globalization;
using System.Text.RegularExpressions;
using Bosun.Core.Versioning;

namespace Bosun.Engine.Charts;

/// <summary>
/// A Kubernetes version given with <c>--kube-version</c>, parsed as helm does: helm v4 with
/// apimachinery's <c>ParseGeneric</c> (the version kept as given, a normalized form for checks), helm v3
/// with Masterminds semver.
/// </summary>
public sealed partial record KubeVersionInfo(string Version, string? Normalized, string Major, string Minor)
{
    /// <summary>helm's <c>ParseKubeVersion</c>; throws <see cref="FormatException"/> with Go's message.</summary>
    public static KubeVersionInfo Parse(string version, int helmMajor)
    {
        if (helmMajor < 4)
        {
            SemanticVersion sv;
            try
            {
                sv = SemanticVersion.Parse(version, SemverDialect.V3_3);
            }
            catch (SemverException ex)
            {
                throw new FormatException(ex.Message, ex);
            }

            return new KubeVersionInfo("v" + sv, null, sv.Major.ToString(CultureInfo.InvariantCulture), sv.Minor.ToString(CultureInfo.InvariantCulture));
        }

        var match = GenericVersion().Match(version);
        if (!match.Success)
        {
            throw new FormatException($"could not parse \"{version}\" as version");
        }

        string[] components = match.Groups[1].Value.Split('.');
        if (components.Length < 2)
        {
            throw new FormatException($"illegal version string \"{version}\"");
        }

        var numbers = new ulong[components.Length];
        for (int i = 0; i < components.Length; i++)
        {
            string component = components[i];
            if (i == 0 && component.StartsWith('0') && component != "0")
            {
                throw new FormatException($"illegal zero-prefixed version component \"{component}\" in \"{version}\"");
            }

            if (!ulong.TryParse(component, NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                throw new FormatException(
                    $"illegal non-numeric version component \"{component}\" in \"{version}\": strconv.ParseUint: parsing \"{component}\": value out of range");
            }
        }

        string gitVersion = version.StartsWith('v') ? version : "v" + version;
        string normalized = "v" + string.Join('.', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        return new KubeVersionInfo(
            gitVersion,
            normalized,
            numbers[0].ToString(CultureInfo.InvariantCulture),
            numbers[1].ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>apimachinery's versionMatchRE.</summary>
    [GeneratedRegex(@"^[\t\n\f\r ]*v?([0-9]+(?:\.[0-9]+)*)(.*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex GenericVersion();
}
