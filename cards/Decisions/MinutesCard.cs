using System.Globalization;
using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Decisions;

/// <summary>
/// The minutes of a review meeting: decisions with owners and dates, escalations resolved, items deferred. Sections
/// are capped at <see cref="MaxItems"/> and say how many more the ledger holds.
/// </summary>
public static class MinutesCard
{
    public const int MaxItems = 15;
    public const string LedgerTitle = "Open the ledger";

    public static AdaptiveCard Build(MinutesView view)
    {
        var title = $"{CardText.Snippet(view.ReviewName, 80)} \u2014 minutes";
        var body = new List<CardElement>
        {
            CardParts.Heading(CardText.EscapeMarkdown(title)),
            CardParts.Subtle(CardText.EscapeMarkdown(CardText.Snippet(view.MeetingText, 120))),
            Heading("Decisions"),
        };
        if (view.Decisions.Count == 0)
        {
            body.Add(CardParts.Paragraph("No decisions were recorded in this meeting."));
        }

        body.AddRange(view.Decisions.Take(MaxItems).Select(d => LedgerEntryBlock.Build(d, canEdit: false, canCancel: false, showReview: false, showOutcome: false)));
        body.AddRange(More(view.Decisions.Count, "in the ledger"));
        if (view.EscalationsResolved.Count > 0)
        {
            body.Add(Heading("Escalations resolved"));
            body.AddRange(view.EscalationsResolved.Take(MaxItems).Select(e => Line(e, null)));
            body.AddRange(More(view.EscalationsResolved.Count, "resolved"));
        }

        if (view.Deferred.Count > 0)
        {
            body.Add(Heading("Deferred"));
            body.Add(CardParts.Subtle("Flagged as needing a decision on the agenda; no decision was recorded."));
            body.AddRange(view.Deferred.Take(MaxItems).Select(d => Line(d.Touchpoint, d.Suggested is null ? null : $"suggested: {d.Suggested}")));
            body.AddRange(More(view.Deferred.Count, "deferred"));
        }

        var fallback = string.Create(CultureInfo.InvariantCulture,
            $"{title} ({view.MeetingText}): {view.Decisions.Count} decisions, {view.Deferred.Count} deferred.");
        var actions = view.CanListDecisions ? new List<CardAction> { CardParts.CommandButton(LedgerTitle, CommandCatalog.Decisions) } : null;
        return CardParts.Card(fallback, body, actions);
    }

    private static TextBlock Heading(string text) =>
        new() { Text = text, Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Separator = true, Spacing = Spacing.Large, Wrap = true };

    private static RichTextBlock Line(string text, string? detail)
    {
        var runs = new List<TextRun> { new() { Text = CardText.Snippet(text, 120), Weight = TextWeight.Bolder } };
        if (detail is not null)
        {
            runs.Add(new TextRun { Text = " \u2014 " + CardText.Snippet(detail, 200), IsSubtle = true });
        }

        return new RichTextBlock { Spacing = Spacing.Small, Inlines = runs };
    }

    private static IEnumerable<TextBlock> More(int count, string where)
    {
        if (count > MaxItems)
        {
            yield return CardParts.Subtle(string.Create(CultureInfo.InvariantCulture, $"+{count - MaxItems} more {where}"));
        }
    }
}
