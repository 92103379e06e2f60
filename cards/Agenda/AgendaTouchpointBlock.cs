using System.Globalization;
using CxReviewBot.Cards.Metrics;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Agenda;

/// <summary>One touchpoint on the agenda: who owns it, how it stands, experience beside commercial, and a decision button.</summary>
internal static class AgendaTouchpointBlock
{
    public const int NameLength = 80;
    public const string RecordDecisionTitle = "Record decision";
    public const int MaxDecisions = 3;

    public static Container Build(TouchpointSummary touchpoint, AgendaView view, AgendaLimits limits)
    {
        var name = CardText.Snippet(touchpoint.Name, NameLength);
        var items = new List<CardElement>
        {
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Stretch, Items = [Title(name, touchpoint.Function), Owner(touchpoint.OwnerName)] },
                    new Column { Width = ColumnWidth.Auto, Items = [StatusMarker.Block(touchpoint.WorstStatus)] },
                ],
            },
        };
        if (limits.MetricsPerKind == 0)
        {
            items.Add(CardParts.Subtle("Metrics, check-in and linkage are in the report."));
        }
        else
        {
            items.Add(new ColumnSet
            {
                Columns =
                [
                    MetricColumn("Experience", touchpoint.ExperienceMetrics, view.SparklineBaseUrl, limits),
                    MetricColumn("Commercial", touchpoint.CommercialMetrics, view.SparklineBaseUrl, limits),
                ],
            });
        }

        items.AddRange(touchpoint.ExperienceMetrics.Take(limits.MetricsPerKind).Concat(touchpoint.CommercialMetrics.Take(limits.MetricsPerKind))
            .Select(m => MetricBlocks.DecisionIfCrossed(m, limits.TextLength)).OfType<TextBlock>());
        if (limits.TextLength > 0 && !string.IsNullOrWhiteSpace(touchpoint.CheckInAnswer))
        {
            // The owner typed this answer: a TextRun, so no client reads it as markdown.
            items.Add(new RichTextBlock
            {
                Inlines =
                [
                    new TextRun { Text = "Latest check-in: ", Weight = TextWeight.Bolder },
                    new TextRun { Text = $"\u201C{CardText.Snippet(touchpoint.CheckInAnswer, limits.TextLength)}\u201D", Italic = true },
                ],
            });
        }

        if (limits.TextLength > 0 && !string.IsNullOrWhiteSpace(touchpoint.LinkageInsight))
        {
            items.Add(new TextBlock { Text = "Linkage: " + CardText.EscapeMarkdown(CardText.Snippet(touchpoint.LinkageInsight, limits.TextLength)), Wrap = true, IsSubtle = true });
        }

        items.AddRange(touchpoint.Decisions.Take(MaxDecisions).Select(d => Decided(d, limits)));
        if (view.CanRecordDecisions)
        {
            items.Add(new ActionSet
            {
                Actions =
                [
                    new ExecuteAction
                    {
                        Title = RecordDecisionTitle,
                        Tooltip = $"Record a decision for {name}",
                        Verb = CardVerbs.DecisionRecord,
                        Data = ActionData.Of((CardDataKeys.ReviewId, view.ReviewId), (CardDataKeys.Touchpoint, touchpoint.Name)),
                    },
                ],
            });
        }
        return new Container { Separator = true, Spacing = Spacing.Medium, Items = items };
    }

    // The decision text and owner are user text: TextRuns, never markdown.
    private static RichTextBlock Decided(AgendaDecision decision, AgendaLimits limits) => new()
    {
        Spacing = Spacing.Small,
        Inlines =
        [
            new TextRun { Text = "Decided: ", Weight = TextWeight.Bolder, Color = TextColor.Good },
            new TextRun { Text = CardText.Snippet(decision.Text, Math.Max(limits.TextLength, 40)) },
            new TextRun
            {
                Text = string.Create(CultureInfo.InvariantCulture, $" ({CardText.Snippet(decision.OwnerName, 40)}, due {decision.DueDate:d MMM})"),
                IsSubtle = true,
            },
        ],
    };

    private static TextBlock Title(string name, string function) => new()
    {
        Text = $"**{CardText.EscapeMarkdown(name)}** \u00B7 {CardText.EscapeMarkdown(CardText.Snippet(function, 40))}",
        Size = TextSize.Medium,
        Wrap = true,
    };

    private static CardElement Owner(string? ownerName) => string.IsNullOrWhiteSpace(ownerName)
        ? new TextBlock { Text = "\u26A0 No owner", Color = TextColor.Attention, Weight = TextWeight.Bolder, Spacing = Spacing.None }
        : new RichTextBlock
        {
            Spacing = Spacing.None,
            Inlines = [new TextRun { Text = "Owner: ", IsSubtle = true }, new TextRun { Text = CardText.Snippet(ownerName, 60) }],
        };

    private static Column MetricColumn(string heading, IReadOnlyList<MetricLine> metrics, Uri? sparklineBaseUrl, AgendaLimits limits)
    {
        var items = new List<CardElement> { new TextBlock { Text = heading, Weight = TextWeight.Bolder, Size = TextSize.Small, IsSubtle = true } };
        if (metrics.Count == 0)
        {
            items.Add(CardParts.Subtle("No metrics"));
        }

        items.AddRange(metrics.Take(limits.MetricsPerKind).SelectMany(m => MetricBlocks.Stack(m, sparklineBaseUrl, limits.Trends)));
        if (metrics.Count > limits.MetricsPerKind)
        {
            items.Add(CardParts.Subtle(string.Create(CultureInfo.InvariantCulture, $"+{metrics.Count - limits.MetricsPerKind} more in the report")));
        }

        return new Column { Width = ColumnWidth.Stretch, Items = items };
    }
}
