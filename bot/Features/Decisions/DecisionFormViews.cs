using System.Globalization;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Decisions;

/// <summary>The decision form's view: empty (new), filled from a stored decision (edit), or a rejected submission with its input kept.</summary>
internal static class DecisionFormViews
{
    public const string StaleNotice = "Someone changed this decision meanwhile. Nothing was saved; here it is as it is now.";

    public static DecisionFormView New(Review review, DecisionChoices choices, string origin, string? touchpoint, string? text) =>
        choices.Offer(new DecisionFormView(Id(review.Id), NewToken())
        {
            ReviewName = review.Name,
            Origin = origin,
            Text = text,
            Touchpoint = touchpoint is not null && choices.Touchpoints.ContainsKey(touchpoint) ? touchpoint : null,
        });

    public static DecisionFormView Edit(Review review, Decision decision, DecisionChoices choices, string? notice = null)
    {
        var current = Current(decision, choices);
        return choices.Offer(new DecisionFormView(Id(review.Id), NewToken())
        {
            ReviewName = review.Name,
            DecisionId = Id(decision.Id),
            Version = decision.Version,
            Text = current.Text,
            OwnerId = current.OwnerId,
            DueDate = current.DueDate,
            Touchpoint = current.Touchpoint,
            Metric = current.Metric,
            ExpectedChange = current.ExpectedChange,
            ExpectedBy = current.ExpectedBy,
            Notice = notice,
        });
    }

    public static DecisionFormView Rejected(Review review, DecisionChoices choices, DecisionForm form, IReadOnlyDictionary<string, string> errors, Decision? decision) =>
        choices.Offer(new DecisionFormView(Id(review.Id), form.FormToken ?? NewToken())
        {
            ReviewName = review.Name,
            DecisionId = decision is null ? null : Id(decision.Id),
            Version = decision is null ? null : form.Version ?? decision.Version,
            Origin = form.Origin,
            Text = form.Text,
            OwnerId = form.Owner,
            DueDate = DecisionValidation.ParseDate(form.DueDate),
            Touchpoint = form.Touchpoint,
            Metric = form.Metric,
            ExpectedChange = DecisionValidation.ParseNumber(form.ExpectedChange),
            ExpectedBy = DecisionValidation.ParseDate(form.ExpectedBy),
            Errors = errors,
        });

    /// <summary>The stored decision as form values (names for the touchpoint and metric).</summary>
    public static DecisionValues Current(Decision decision, DecisionChoices choices) => new(
        decision.Text,
        choices.OwnerIdOf(decision),
        decision.DueDate,
        choices.Touchpoints.Values.FirstOrDefault(t => t.Id == decision.TouchpointId)?.Name,
        choices.Metrics.Values.FirstOrDefault(m => m.Id == decision.MetricId)?.Name,
        decision.ExpectedChange,
        decision.ExpectedBy);

    public static string NewToken() => Guid.NewGuid().ToString("N");

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
