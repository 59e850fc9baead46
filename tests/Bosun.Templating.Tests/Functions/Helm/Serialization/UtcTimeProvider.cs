namespace Bosun.Templating.Tests.Functions.Helm.Serialization;

/// <summary>The system clock with UTC as the local zone, as in the environment the helm cases were recorded in.</summary>
internal sealed class UtcTimeProvider : TimeProvider
{
    public static readonly UtcTimeProvider Instance = new();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Helm's template options for a major version, with this clock.</summary>
    public static TemplateOptions HelmOptions(int helmMajor)
    {
        var helm = TemplateOptions.Helm(helmMajor);
        return new TemplateOptions
        {
            Functions = helm.Functions,
            MissingKey = helm.MissingKey,
            StripNoValue = helm.StripNoValue,
            HelmMajor = helm.HelmMajor,
            Time = Instance,
        };
    }
}
