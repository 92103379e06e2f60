using System.Globalization;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Decisions;

/// <summary>One decision as a block: its text, owner, due date and status in words, target, outcome and buttons.</summary>
internal static class LedgerEntryBlock
{
    public const string EditTitle = "Edit";
    public const string CancelTitle = "Cancel decision";
    public const string DetailsTitle = "Details";

    public static Container Build(LedgerEntry entry, bool canEdit, bool canCancel, bool showReview, bool showOutcome, bool canShow = false)
    {
        var items = new List<CardElement>
        {
            new RichTextBlock { Inlines = [new TextRun { Text = CardText.Snippet(entry.Text, 200), Weight = TextWeight.Bolder }] },
            new RichTextBlock { Spacing = Spacing.None, Inlines = Who(entry, showReview) },
        };
        if (Target(entry) is { } target)
        {
            items.Add(new RichTextBlock { Spacing = Spacing.None, Inlines = [new TextRun { Text = target, IsSubtle = true, Size = TextSize.Small }] });
        }

        if (showOutcome && Outcome(entry) is { } outcome)
        {
            items.Add(new RichTextBlock { Spacing = Spacing.None, Inlines = outcome });
        }

        var buttons = new List<CardAction>();
        if (canShow)
        {
            buttons.Add(Button(DetailsTitle, CardVerbs.DecisionShow, entry.DecisionId, null));
        }

        if (entry.Status == LedgerStatus.Open && canEdit)
        {
            buttons.Add(Button(EditTitle, CardVerbs.DecisionEdit, entry.DecisionId, null));
        }

        if (entry.Status == LedgerStatus.Open && canCancel)
        {
            buttons.Add(Button(CancelTitle, CardVerbs.DecisionCancel, entry.DecisionId, entry.Version));
        }

        if (buttons.Count > 0)
        {
            items.Add(new ActionSet { Actions = buttons });
        }

        return new Container { Separator = true, Spacing = Spacing.Medium, Items = items };
    }

    public static string StatusText(LedgerEntry entry) => entry switch
    {
        { IsOverdue: true, DaysOverdue: 1 } => "Open, 1 day overdue",
        { IsOverdue: true } => string.Create(CultureInfo.InvariantCulture, $"Open, {entry.DaysOverdue} days overdue"),
        _ => entry.Status.ToString(),
    };

    private static List<TextRun> Who(LedgerEntry entry, bool showReview)
    {
        var lead = $"{CardText.Snippet(entry.OwnerName, 60)} \u00B7 due {Date(entry.Due)} \u00B7 ";
        if (showReview && !string.IsNullOrWhiteSpace(entry.ReviewName))
        {
            lead = $"{CardText.Snippet(entry.ReviewName, 60)} \u00B7 " + lead;
        }

        var color = entry.IsOverdue ? TextColor.Attention : entry.Status == LedgerStatus.Done ? TextColor.Good : TextColor.Default;
        return
        [
            new TextRun { Text = lead },
            new TextRun { Text = StatusText(entry), Color = color, Weight = entry.IsOverdue ? TextWeight.Bolder : null },
        ];
    }

    private static string? Target(LedgerEntry entry)
    {
        var parts = new[] { entry.Touchpoint, entry.Metric, entry.Expected }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => CardText.Snippet(p!, 80)).ToList();
        return parts.Count == 0 ? null : $"Targets {string.Join(" \u00B7 ", parts)} \u00B7 decided {Date(entry.DecidedOn)}";
    }

    private static List<TextRun>? Outcome(LedgerEntry entry) => entry.Outcome switch
    {
        { } outcome => [new TextRun { Text = "Did it move? " }, new TextRun { Text = MoveOutcomeText.Label(outcome), Color = MoveOutcomeText.Color(outcome), Weight = TextWeight.Bolder }],
        null when entry.AwaitsJudgement => [new TextRun { Text = "Did it move? Not judged yet", IsSubtle = true }],
        _ => null,
    };

    private static ExecuteAction Button(string title, string verb, string decisionId, int? version)
    {
        var data = ActionData.Of((CardDataKeys.DecisionId, decisionId));
        if (version is { } v)
        {
            data[CardDataKeys.Version] = v.ToString(CultureInfo.InvariantCulture);
        }

        return new ExecuteAction { Title = title, Verb = verb, Data = data };
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
