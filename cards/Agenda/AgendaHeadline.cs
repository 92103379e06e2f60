using CxReviewBot.Cards.Metrics;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Agenda;

/// <summary>The headline numbers: one row per metric with value, change vs previous, status and distance from target.</summary>
internal static class AgendaHeadline
{
    public static IEnumerable<CardElement> Build(IReadOnlyList<MetricLine> metrics, Uri? sparklineBaseUrl, AgendaLimits limits)
    {
        if (metrics.Count == 0)
        {
            yield return CardParts.Paragraph("No headline numbers yet.");
            yield break;
        }

        foreach (var metric in metrics.Take(limits.HeadlineMetrics))
        {
            yield return Row(metric, limits.Trends ? sparklineBaseUrl : null, limits.Trends);
            if (MetricBlocks.DecisionIfCrossed(metric, limits.TextLength) is { } decision)
            {
                yield return decision;
            }
        }

        if (metrics.Count > limits.HeadlineMetrics)
        {
            yield return CardParts.Subtle(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"+{metrics.Count - limits.HeadlineMetrics} more headline numbers in the report"));
        }
    }

    private static ColumnSet Row(MetricLine metric, Uri? sparklineBaseUrl, bool trends)
    {
        var label = new List<CardElement>
        {
            new TextBlock { Text = $"**{MetricBlocks.Name(metric)}**", Wrap = true },
            CardParts.Subtle(metric.Kind == MetricKind.Experience ? "Experience" : "Commercial"),
        };
        if (trends && MetricBlocks.Trend(metric, sparklineBaseUrl) is { } trend)
        {
            label.Add(trend);
        }

        return new ColumnSet
        {
            Separator = true,
            Columns =
            [
                new Column { Width = ColumnWidth.Stretch, Items = label },
                new Column
                {
                    Width = ColumnWidth.Auto,
                    Items =
                    [
                        new TextBlock { Text = MetricBlocks.Value(metric), Size = TextSize.Medium, Weight = TextWeight.Bolder, HorizontalAlignment = HorizontalAlignment.Right },
                        new TextBlock { Text = MetricBlocks.Change(metric) ?? "no previous value", Size = TextSize.Small, HorizontalAlignment = HorizontalAlignment.Right, Spacing = Spacing.None },
                    ],
                },
                new Column
                {
                    Width = ColumnWidth.Auto,
                    Items =
                    [
                        StatusMarker.Block(metric.Status, TextSize.Small),
                        new TextBlock { Text = MetricBlocks.Target(metric), Size = TextSize.Small, Spacing = Spacing.None },
                    ],
                },
            ],
        };
    }
}
