using CxReviewBot.Cards.Model;
using CxReviewBot.Cards.Setup;

namespace CxReviewBot.Cards.Decisions;

/// <summary>The decision form's inputs, each followed by its error when it has one (choice titles are plain text).</summary>
internal static class DecisionInputs
{
    public static IEnumerable<CardElement> All(DecisionFormView view) =>
        WithError(view, new TextInput
        {
            Id = DecisionFields.Text,
            Label = "Decision",
            IsRequired = true,
            ErrorMessage = "Say what was decided.",
            IsMultiline = true,
            MaxLength = DecisionFields.MaxTextLength,
            Placeholder = "e.g. Call every detractor within 48 hours",
            Value = view.Text,
        })
        .Concat(Owner(view))
        .Concat(WithError(view, new DateInput { Id = DecisionFields.DueDate, Label = "Due date", IsRequired = true, ErrorMessage = "Choose a due date.", Value = view.DueDate }))
        .Concat(WithError(view, new ChoiceSetInput
        {
            Id = DecisionFields.Touchpoint,
            Label = "Touchpoint it is about",
            Placeholder = "No particular touchpoint",
            Choices = [.. view.Touchpoints.Select(t => new Choice(CardText.Snippet(t, 80), t))],
            Value = view.Touchpoint,
        }))
        .Concat(WithError(view, new ChoiceSetInput
        {
            Id = DecisionFields.Metric,
            Label = "Metric it should move",
            Placeholder = "No metric",
            Choices = [.. view.Metrics.Select(m => new Choice(CardText.Snippet($"{m.Name} ({MetricOption.UnitName(m.Unit)})", 80), m.Name))],
            Value = view.Metric,
        }))
        .Concat(WithError(view, new NumberInput
        {
            Id = DecisionFields.ExpectedChange,
            Label = "Expected change, in the metric's unit (negative for down)",
            Placeholder = "e.g. 0.3 or -5",
            Value = view.ExpectedChange,
        }))
        .Concat(WithError(view, new DateInput { Id = DecisionFields.ExpectedBy, Label = "Expected by (empty: the due date)", Value = view.ExpectedBy }));

    private static IEnumerable<CardElement> Owner(DecisionFormView view)
    {
        if (view.Owners.Count == 0 && !view.UsePeoplePicker)
        {
            return WithError(view, DecisionFields.Owner, CardParts.Subtle("Owner: this review has no members yet. A CX lead can add them with 'setup'."));
        }

        var owners = view.OwnerLocked ? view.Owners.Where(p => p.Id == view.OwnerId) : view.Owners;
        var input = WithError(view, new ChoiceSetInput
        {
            Id = DecisionFields.Owner,
            Label = "Owner",
            IsRequired = true,
            ErrorMessage = "Choose who owns it.",
            Placeholder = "Choose a review member",
            Choices = [.. owners.Select(p => new Choice(CardText.Snippet(p.Name, 60), p.Id))],
            ChoicesData = view.UsePeoplePicker && !view.OwnerLocked ? DataQuery.ConversationMembers : null,
            Value = view.OwnerId,
        });
        return view.OwnerLocked ? input.Append(CardParts.Subtle(DecisionFields.OwnerLockedNote)) : input;
    }

    private static IEnumerable<CardElement> WithError(DecisionFormView view, CardInput input) => WithError(view, input.Id!, input);

    private static IEnumerable<CardElement> WithError(DecisionFormView view, string field, CardElement element)
    {
        yield return element;
        if (view.Errors.TryGetValue(field, out var message))
        {
            yield return SetupInputs.ErrorText(message);
        }
    }
}
