using System.Globalization;
using CxReviewBot.Cards.Metrics;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Owners;

/// <summary>Who owns each touchpoint, unowned ones first and flagged, with each touchpoint's headline experience metric.</summary>
public static class OwnersCard
{
    public const string Title = "Touchpoint owners";
    public const string NoOwnerMarker = "\u26A0 No owner";

    public static AdaptiveCard Build(OwnersView view)
    {
        var sorted = view.Rows
            .OrderBy(r => r.IsUnowned ? 0 : 1)
            .ThenBy(r => r.Touchpoint, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Touchpoint, StringComparer.Ordinal)
            .ToList();
        var pageSize = Math.Clamp(view.PageSize, 1, OwnersView.MaxPageSize);
        return CardPager.Build(sorted.Count, view.Page, pageSize, slice => Compose(view, sorted, slice), (index, _) => Row(sorted[index]));
    }

    private static AdaptiveCard Compose(OwnersView view, List<OwnerRow> sorted, PageSlice slice)
    {
        var summary = Summary(sorted, slice);
        var body = new List<CardElement> { CardParts.Heading(Title) };
        if (!string.IsNullOrWhiteSpace(view.ReviewName))
        {
            body.Add(CardParts.Subtle(CardText.EscapeMarkdown(CardText.Snippet(view.ReviewName, 80))));
        }

        body.Add(new TextBlock { Text = summary, Weight = TextWeight.Bolder, Wrap = true });
        body.AddRange(sorted.Skip(slice.Start).Take(slice.Count).Select(Row));
        return CardParts.Card($"{Title}: {summary}", body, Actions(view, slice));
    }

    private static string Summary(List<OwnerRow> rows, PageSlice slice)
    {
        if (rows.Count == 0)
        {
            return "No touchpoints yet. Import touchpoints with their owners to fill this list.";
        }

        var unowned = rows.Count(r => r.IsUnowned);
        var lead = unowned switch
        {
            0 => "Every touchpoint has an owner",
            1 => "\u26A0 1 touchpoint has no owner",
            _ => string.Create(CultureInfo.InvariantCulture, $"\u26A0 {unowned} touchpoints have no owner"),
        };
        var text = $"{lead} \u2014 {slice.Showing}, unowned first.";
        return slice.Shortened ? text + " This page holds fewer rows to stay within Teams' message size limit." : text;
    }

    private static ColumnSet Row(OwnerRow row) => new()
    {
        Separator = true,
        Columns =
        [
            new Column
            {
                Width = ColumnWidth.Stretch,
                Items =
                [
                    new TextBlock { Text = $"**{CardText.EscapeMarkdown(CardText.Snippet(row.Touchpoint, 80))}**", Wrap = true },
                    CardParts.Subtle(CardText.EscapeMarkdown(CardText.Snippet(row.Function, 40))),
                ],
            },
            new Column { Width = ColumnWidth.Stretch, Items = Owner(row) },
            // A fixed width keeps the owner column aligned from row to row.
            new Column { Width = ColumnWidth.Pixels(130), Items = Metric(row.HeadlineMetric) },
        ],
    };

    private static List<CardElement> Owner(OwnerRow row)
    {
        if (row.IsUnowned)
        {
            return [new TextBlock { Text = NoOwnerMarker, Color = TextColor.Attention, Weight = TextWeight.Bolder, Wrap = true }];
        }

        var owner = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(row.OwnerName))
        {
            owner.Add(new RichTextBlock { Inlines = [new TextRun { Text = CardText.Snippet(row.OwnerName, 60) }] });
        }

        if (!string.IsNullOrWhiteSpace(row.OwnerUpn))
        {
            owner.Add(new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = CardText.Snippet(row.OwnerUpn, 80), Size = TextSize.Small, IsSubtle = true }] });
        }

        return owner;
    }

    private static List<CardElement> Metric(MetricLine? metric) => metric is null
        ? [CardParts.Subtle("No experience metric")]
        :
        [
            new TextBlock { Text = $"{MetricBlocks.Name(metric)} **{MetricBlocks.Value(metric)}**", HorizontalAlignment = HorizontalAlignment.Right, Wrap = true },
            new TextBlock { Text = StatusMarker.Text(metric.Status), Color = StatusMarker.Color(metric.Status), Size = TextSize.Small, HorizontalAlignment = HorizontalAlignment.Right, Spacing = Spacing.None },
        ];

    private static List<CardAction> Actions(OwnersView view, PageSlice slice)
    {
        var actions = new List<CardAction>();
        if (slice.HasPrevious)
        {
            actions.Add(PageButton("Previous", view, slice.Page - 1));
        }

        if (slice.HasMore)
        {
            actions.Add(PageButton("Show more", view, slice.Page + 1));
        }

        return actions;
    }

    private static ExecuteAction PageButton(string title, OwnersView view, int page)
    {
        var data = ActionData.Of((CardDataKeys.Page, page.ToString(CultureInfo.InvariantCulture)));
        if (view.ReviewId is not null)
        {
            data[CardDataKeys.ReviewId] = view.ReviewId;
        }

        return new ExecuteAction { Title = title, Verb = CardVerbs.OwnersPage, Data = data };
    }
}
