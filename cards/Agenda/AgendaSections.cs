using System.Globalization;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Agenda;

/// <summary>
/// The agenda's list sections: escalations awaiting decision, overdue actions, "did it move?" results. Empty sections
/// are left out; long ones show their first <see cref="AgendaLimits.SectionItems"/> and say how many more there are. Titles and decisions
/// are text people typed, so they go in TextRuns.
/// </summary>
internal static class AgendaSections
{
    public static IEnumerable<CardElement> Build(AgendaView view, AgendaLimits limits) =>
        Section("Escalations awaiting decision", view.Escalations, Escalation, limits.SectionItems)
            .Concat(Section("Overdue actions", view.OverdueActions, Overdue, limits.SectionItems))
            .Concat(Section("Did it move?", view.MoveResults, Result, limits.SectionItems));

    private static IEnumerable<CardElement> Section<T>(string heading, IReadOnlyList<T> items, Func<T, CardElement> row, int maxItems)
    {
        if (items.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock { Text = heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Separator = true, Spacing = Spacing.Large, Wrap = true };
        foreach (var item in items.Take(maxItems))
        {
            yield return row(item);
        }

        if (items.Count > maxItems)
        {
            yield return CardParts.Subtle(maxItems == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{items.Count} in the report")
                : string.Create(CultureInfo.InvariantCulture, $"+{items.Count - maxItems} more in the report"));
        }
    }

    private static Container Escalation(EscalationSummary escalation) => new()
    {
        Spacing = Spacing.Small,
        Items =
        [
            new RichTextBlock
            {
                Inlines =
                [
                    new TextRun { Text = CardText.Snippet(escalation.Title, 100), Weight = TextWeight.Bolder },
                    new TextRun { Text = " \u00B7 " + CardText.Snippet(string.Join(" vs ", escalation.Functions), 100), IsSubtle = true },
                ],
            },
            new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = CardText.Snippet(escalation.Summary, 300) }] },
        ],
    };

    private static RichTextBlock Overdue(OverdueAction action) => new()
    {
        Spacing = Spacing.Small,
        Inlines =
        [
            new TextRun { Text = CardText.Snippet(action.Title, 120), Weight = TextWeight.Bolder },
            new TextRun { Text = $" \u2014 {CardText.Snippet(action.OwnerName, 60)}, due {action.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, " },
            new TextRun { Text = DaysOverdue(action.DaysOverdue), Color = TextColor.Attention, Weight = TextWeight.Bolder },
        ],
    };

    private static RichTextBlock Result(MoveResult result)
    {
        var (marker, color) = result.Outcome switch
        {
            MoveOutcome.MovedAsExpected => ("\u2713 Moved as expected", TextColor.Good),
            MoveOutcome.MovedWrongWay => ("\u2717 Moved the wrong way", TextColor.Attention),
            MoveOutcome.NoChange => ("No change", TextColor.Warning),
            MoveOutcome.NoData => ("No data yet", TextColor.Default),
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Outcome, null),
        };
        return new RichTextBlock
        {
            Spacing = Spacing.Small,
            Inlines =
            [
                new TextRun { Text = marker, Color = color, Weight = TextWeight.Bolder },
                new TextRun { Text = " \u2014 " + CardText.Snippet(result.Decision, 200) },
            ],
        };
    }

    private static string DaysOverdue(int days) =>
        days == 1 ? "1 day overdue" : string.Create(CultureInfo.InvariantCulture, $"{days} days overdue");
}
