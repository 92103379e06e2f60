using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Metrics;

/// <summary>The words and colour of a <see cref="MetricStatus"/>; the words carry the meaning, colour only repeats it.</summary>
public static class StatusMarker
{
    public static string Text(MetricStatus status) => status switch
    {
        MetricStatus.DecisionNeeded => "\u26A0 Decision needed",
        MetricStatus.OffTarget => "Off target",
        MetricStatus.NoData => "No data",
        MetricStatus.OnTrack => "On track",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static TextColor Color(MetricStatus status) => status switch
    {
        MetricStatus.DecisionNeeded => TextColor.Attention,
        MetricStatus.OffTarget => TextColor.Warning,
        MetricStatus.NoData => TextColor.Default,
        MetricStatus.OnTrack => TextColor.Good,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    internal static TextBlock Block(MetricStatus status, TextSize? size = null) =>
        new() { Text = Text(status), Color = Color(status), Weight = TextWeight.Bolder, Size = size, Wrap = true };
}
