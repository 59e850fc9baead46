using System.Text;

namespace Bosun.Engine.Charts;

/// <summary>A file of a chart: its slash-separated path relative to the chart root and its bytes.</summary>
public sealed record ChartFile(string Name, byte[] Data)
{
    /// <summary>The contents as text (UTF-8, byte-order mark already removed by the loader).</summary>
    public string Text => Encoding.UTF8.GetString(Data);
}
