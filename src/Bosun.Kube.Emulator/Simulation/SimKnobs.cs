using System.Globalization;
using System.Text.Json.Nodes;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Kube.Emulator.Simulation;

/// <summary>
/// The per-object annotations that steer the controller simulator through real kubectl:
/// <c>bosun.dev/sim-ready-after: 2s</c>, <c>bosun.dev/sim-fail: "true"</c>, <c>bosun.dev/sim-fail-reason</c>,
/// <c>bosun.dev/sim-never-ready: "true"</c>, <c>bosun.dev/sim-finalize-after: 1s</c>
/// (the design's <c>emu.k8s.io/…</c> spellings work too).
/// </summary>
public static class SimKnobs
{
    public const string ReadyAfter = "bosun.dev/sim-ready-after";
    public const string Fail = "bosun.dev/sim-fail";
    public const string FailReason = "bosun.dev/sim-fail-reason";
    public const string NeverReady = "bosun.dev/sim-never-ready";
    public const string FinalizeAfter = "bosun.dev/sim-finalize-after";

    internal static string? Annotation(JsonObject obj, string key)
    {
        var annotations = obj["metadata"]?["annotations"] as JsonObject;
        if (annotations is null)
        {
            return null;
        }

        if (annotations[key] is { } value)
        {
            return Json.Str(value);
        }

        string alias = "emu.k8s.io/" + key["bosun.dev/sim-".Length..];
        return annotations[alias] is { } aliased ? Json.Str(aliased) : null;
    }

    /// <summary>Parses <c>2s</c>, <c>500ms</c>, <c>1m</c>, <c>1h</c> or plain seconds; null when malformed.</summary>
    public static TimeSpan? ParseDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        (string number, double scale) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) => (text[..^2], 0.001),
            _ when text.EndsWith('s') => (text[..^1], 1),
            _ when text.EndsWith('m') => (text[..^1], 60),
            _ when text.EndsWith('h') => (text[..^1], 3600),
            _ => (text, 1),
        };
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value >= 0
            ? TimeSpan.FromSeconds(value * scale)
            : null;
    }
}
