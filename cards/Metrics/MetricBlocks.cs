using System.Globalization;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Metrics;

/// <summary>The texts and elements a metric is shown with, shared by the agenda and owners cards.</summary>
internal static class MetricBlocks
{
    public const int NameLength = 60;

    /// <summary>Trends show at most this many recent periods, so a long history cannot grow the card.</summary>
    public const int MaxTrendPoints = 12;

    // Metric names come from import files, so they pass through the markdown escape.
    public static string Name(MetricLine metric) => CardText.EscapeMarkdown(CardText.Snippet(metric.Name, NameLength));

    public static string Value(MetricLine metric) => MetricFormat.Value(metric.Unit, metric.Value);

    /// <summary>"▲ 1.5 vs previous", or null when either value is missing.</summary>
    public static string? Change(MetricLine metric)
    {
        var change = metric.Change ?? metric.Value - metric.Previous;
        return change is { } c ? MetricFormat.Change(metric.Unit, c) + " vs previous" : null;
    }

    /// <summary>"3.0 below target 45.0", "target 45.0" without a value, or "no target".</summary>
    public static string Target(MetricLine metric)
    {
        if (metric.Target is not { } target)
        {
            return "no target";
        }

        var gap = metric.VsTarget ?? metric.Value - target;
        var targetText = MetricFormat.Value(metric.Unit, target);
        return gap is { } g
            ? MetricFormat.VsTarget(metric.Unit, g) + " " + targetText
            : "target " + targetText;
    }

    /// <summary>The trend as an image (with alt text) when a chart service is configured, else as block characters; null without data.</summary>
    public static CardElement? Trend(MetricLine metric, Uri? sparklineBaseUrl)
    {
        IReadOnlyList<double?> points = [.. metric.Trend.TakeLast(MaxTrendPoints)];
        var text = Sparkline.Text(points);
        if (text.Length == 0)
        {
            return null;
        }

        if (sparklineBaseUrl is null)
        {
            return new TextBlock { Text = "Trend " + text, Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None };
        }

        return new Image
        {
            Url = ImageUrl(sparklineBaseUrl, points),
            AltText = $"{CardText.Snippet(metric.Name, NameLength)}: {Sparkline.Describe(points, metric.Unit)}",
            Width = "96px",
            Height = "24px",
            Spacing = Spacing.None,
        };
    }

    /// <summary>The written-down decision (cut to <paramref name="length"/>; 0 = none), when the metric crossed its threshold.</summary>
    public static TextBlock? DecisionIfCrossed(MetricLine metric, int length) =>
        length > 0 && metric.Status == MetricStatus.DecisionNeeded && !string.IsNullOrWhiteSpace(metric.DecisionIfCrossed)
            ? new TextBlock
            {
                Text = $"**{Name(metric)} crossed its threshold.** Agreed decision: {CardText.EscapeMarkdown(CardText.Snippet(metric.DecisionIfCrossed, length))}",
                Color = TextColor.Attention,
                Wrap = true,
                Spacing = Spacing.Small,
            }
            : null;

    /// <summary>A metric as a short stack: name and value with change; status and target; trend.</summary>
    public static IEnumerable<CardElement> Stack(MetricLine metric, Uri? sparklineBaseUrl, bool trend = true)
    {
        var change = Change(metric);
        yield return new TextBlock { Text = $"**{Name(metric)}** {Value(metric)}{(change is null ? "" : " \u00B7 " + change)}", Wrap = true, Spacing = Spacing.Small };
        yield return new TextBlock
        {
            Text = $"{StatusMarker.Text(metric.Status)} \u00B7 {Target(metric)}",
            Color = StatusMarker.Color(metric.Status),
            Size = TextSize.Small,
            Wrap = true,
            Spacing = Spacing.None,
        };
        if (trend && Trend(metric, sparklineBaseUrl) is { } line)
        {
            yield return line;
        }
    }

    private static string ImageUrl(Uri baseUrl, IReadOnlyList<double?> values)
    {
        var points = string.Join(",", values.Select(v => v is { } x && double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : ""));
        var url = baseUrl.AbsoluteUri;
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "values=" + points;
    }
}
