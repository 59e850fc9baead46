namespace Bosun.Engine.Charts;

/// <summary>One entry of Chart.yaml's <c>maintainers</c>.</summary>
public sealed record ChartMaintainer(string Name, string Email, string Url);
