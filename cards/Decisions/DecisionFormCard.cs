using CxReviewBot.Cards.Model;
using CxReviewBot.Cards.Setup;

namespace CxReviewBot.Cards.Decisions;

/// <summary>The form that records (or edits) a decision: text, owner, due date, the touchpoint and metric it should move.</summary>
public static class DecisionFormCard
{
    public const string NewTitle = "Record a decision";
    public const string EditTitle = "Edit decision";
    public const string RecordButton = "Record decision";
    public const string SaveButton = "Save changes";

    public static AdaptiveCard Build(DecisionFormView view)
    {
        var isEdit = view.DecisionId is not null;
        var title = isEdit ? EditTitle : NewTitle;
        var body = new List<CardElement> { CardParts.Heading(title) };
        if (!string.IsNullOrWhiteSpace(view.ReviewName))
        {
            body.Add(new RichTextBlock { Inlines = [new TextRun { Text = "Review: ", IsSubtle = true }, new TextRun { Text = CardText.Snippet(view.ReviewName, 100) }] });
        }

        if (!string.IsNullOrWhiteSpace(view.Notice))
        {
            body.Add(new TextBlock { Text = "\u26A0 " + CardText.EscapeMarkdown(CardText.Snippet(view.Notice, 300)), Color = TextColor.Warning, Weight = TextWeight.Bolder, Wrap = true });
        }

        if (view.Errors.Count > 0)
        {
            body.Add(SetupInputs.ErrorText("Nothing was saved. Fix the fields marked below and save again."));
            body.AddRange(view.Errors.Where(e => !DecisionFields.All.Contains(e.Key, StringComparer.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => SetupInputs.ErrorText(e.Value)));
        }

        body.AddRange(DecisionInputs.All(view));
        var save = new ExecuteAction
        {
            Title = isEdit ? SaveButton : RecordButton,
            Verb = isEdit ? CardVerbs.DecisionEdit : CardVerbs.DecisionRecord,
            AssociatedInputs = AssociatedInputs.Auto,
            Data = SaveData(view),
        };
        var fallback = view.Errors.Count > 0 ? $"{title}: some fields need fixing." : $"{title}: what, who, by when, and the metric it should move.";
        return CardParts.Card(fallback, body, [save]);
    }

    private static System.Text.Json.Nodes.JsonObject SaveData(DecisionFormView view)
    {
        var data = ActionData.Of((CardDataKeys.ReviewId, view.ReviewId), (CardDataKeys.FormToken, view.FormToken), (CardDataKeys.Origin, view.Origin));
        if (view.DecisionId is not null)
        {
            data[CardDataKeys.DecisionId] = view.DecisionId;
            data[CardDataKeys.Version] = (view.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return data;
    }
}
