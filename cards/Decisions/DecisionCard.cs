using System.Globalization;
using CxReviewBot.Cards.Metrics;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Decisions;

/// <summary>One decision with its facts, its audit trail (latest entries) and Edit / Cancel buttons.</summary>
public static class DecisionCard
{
    public const string EditButton = "Edit or reassign";
    public const string EditOnlyButton = "Edit";
    public const string CancelButton = "Cancel decision";

    /// <summary>Only the latest entries fit; the full trail stays in the store.</summary>
    public const int MaxChanges = 15;

    public static AdaptiveCard Build(DecisionView view)
    {
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(view.Notice))
        {
            body.Add(new TextBlock { Text = CardText.EscapeMarkdown(view.Notice), Color = TextColor.Accent, Weight = TextWeight.Bolder, Wrap = true });
        }

        body.Add(CardParts.Heading("Decision"));
        body.Add(new RichTextBlock { Inlines = [new TextRun { Text = CardText.Snippet(view.Text, 500) }] });
        body.Add(new FactSet { Facts = Facts(view) });
        if (view.Changes.Count > 0)
        {
            body.Add(new TextBlock { Text = "History", Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.AddRange(view.Changes.TakeLast(MaxChanges).Select(Line));
        }

        var actions = new List<CardAction>();
        if (view.CanEdit)
        {
            actions.Add(new ExecuteAction { Title = view.CanReassign ? EditButton : EditOnlyButton, Verb = CardVerbs.DecisionEdit, Data = ActionData.Of((CardDataKeys.DecisionId, view.DecisionId)) });
        }

        if (view.CanCancel)
        {
            actions.Add(new ExecuteAction
            {
                Title = CancelButton,
                Tooltip = "Cancel this decision and its open action",
                Verb = CardVerbs.DecisionCancel,
                Data = ActionData.Of((CardDataKeys.DecisionId, view.DecisionId), (CardDataKeys.Version, view.Version.ToString(CultureInfo.InvariantCulture))),
            });
        }

        var fallback = $"Decision ({view.Status}): {CardText.Snippet(view.Text, 100)}, owner {view.OwnerName}, due {view.DueDate:yyyy-MM-dd}.";
        return CardParts.Card(fallback, body, actions);
    }

    /// <summary>An expected change as the form takes it: signed, in the metric's unit (<c>+0.3</c>, <c>-$5k</c>).</summary>
    public static string Signed(MetricUnit unit, double change) => (change > 0 ? "+" : "") + MetricFormat.Value(unit, change);

    private static List<Fact> Facts(DecisionView view)
    {
        var facts = new List<Fact>
        {
            new("Status", view.Status),
            new("Owner", Escape(view.OwnerName, 60)),
            new("Due", view.DueDate.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)),
        };
        if (!string.IsNullOrWhiteSpace(view.ReviewName))
        {
            facts.Add(new("Review", Escape(view.ReviewName, 80)));
        }

        if (!string.IsNullOrWhiteSpace(view.Touchpoint))
        {
            facts.Add(new("Touchpoint", Escape(view.Touchpoint, 80)));
        }

        if (!string.IsNullOrWhiteSpace(view.Metric))
        {
            facts.Add(new("Metric", Escape(view.Metric, 80)));
            facts.Add(new("When decided", view.BaselineValue is { } baseline && view.BaselinePeriodEnd is { } period
                ? string.Create(CultureInfo.InvariantCulture, $"{MetricFormat.Value(view.Unit, baseline)} (period ending {period:yyyy-MM-dd})")
                : MetricFormat.NoData));
        }

        if (view.ExpectedChange is { } change)
        {
            var by = view.ExpectedBy is { } date ? date.ToString(" 'by' yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
            facts.Add(new("Expected change", Signed(view.Unit, change) + by));
        }

        facts.Add(new("Recorded", string.Create(CultureInfo.InvariantCulture, $"{Escape(view.RecordedBy, 60)}, {view.RecordedAtUtc:yyyy-MM-dd HH:mm} UTC")));
        return facts;
    }

    private static RichTextBlock Line(DecisionChangeLine change) => new()
    {
        Spacing = Spacing.Small,
        Inlines =
        [
            new TextRun { Text = string.Create(CultureInfo.InvariantCulture, $"{change.AtUtc:yyyy-MM-dd HH:mm} "), IsSubtle = true, Size = TextSize.Small },
            new TextRun { Text = CardText.Snippet(change.ByName, 60) + ": ", Weight = TextWeight.Bolder, Size = TextSize.Small },
            new TextRun { Text = CardText.Snippet(change.What, 200), Size = TextSize.Small },
        ],
    };

    private static string Escape(string text, int length) => CardText.EscapeMarkdown(CardText.Snippet(text, length));
}
