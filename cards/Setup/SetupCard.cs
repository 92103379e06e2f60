using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards.Setup;

/// <summary>The set-up form binding a review to this conversation: name, weekly schedule and meeting length, members, CX leads, scope.</summary>
public static class SetupCard
{
    public const string NewTitle = "Set up the weekly review";
    public const string EditTitle = "Edit the weekly review";
    public const string SaveTitle = "Save";

    /// <summary>Time zones offered in the form (plus the review's current one when it is not listed).</summary>
    public static IReadOnlyList<string> CommonTimeZones => SetupInputs.CommonTimeZones;

    public static AdaptiveCard Build(SetupView view)
    {
        var title = view.ReviewId is null ? NewTitle : EditTitle;
        var body = new List<CardElement>
        {
            CardParts.Heading(title),
            CardParts.Paragraph("The agenda is posted here ahead of each meeting, with customer experience beside revenue and retention."),
        };
        if (!string.IsNullOrWhiteSpace(view.Notice))
        {
            body.Add(CardParts.Note(view.Notice));
        }
        if (view.Errors.Count > 0)
        {
            body.Add(SetupInputs.ErrorText("Nothing was saved. Fix the fields marked below and save again."));
            // Errors about no particular field (e.g. "this chat already has a review") would otherwise be lost.
            body.AddRange(view.Errors.Where(e => !SetupFields.All.Concat(SetupFields.Planner).Contains(e.Key, StringComparer.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => SetupInputs.ErrorText(e.Value)));
        }

        body.AddRange(SetupInputs.All(view));
        var save = new ExecuteAction
        {
            Title = SaveTitle,
            Verb = CardVerbs.SetupSave,
            AssociatedInputs = AssociatedInputs.Auto,
            Data = view.ReviewId is null ? null : ActionData.Of((CardDataKeys.ReviewId, view.ReviewId)),
        };
        var fallback = view.Errors.Count > 0 ? $"{title}: some fields need fixing." : $"{title}: name, day, time, length, time zone, members and CX leads.";
        return CardParts.Card(fallback, body, [save]);
    }
}
