using CxReviewBot.Cards.Model;
using CxReviewBot.Cards.Setup;

namespace CxReviewBot.Cards.Actions;

/// <summary>
/// One action item: title, owner, due date, status, the decision and review it came from, its recent history, and
/// (while open) Done, Snooze 1 day / 1 week, Reassign and Add update. A refused reassignment shows its input open, with
/// the user's choice kept and the error under it, like the decision and set-up forms.
/// </summary>
public static class ActionCard
{
    public static AdaptiveCard Build(ActionCardView view)
    {
        var body = new List<CardElement>();
        if (view.Banner is { Length: > 0 } banner)
        {
            body.Add(new TextBlock { Text = CardText.EscapeMarkdown(banner), Weight = TextWeight.Bolder, Color = TextColor.Attention, Wrap = true });
        }

        if (view.Notice is { Length: > 0 } notice)
        {
            body.Add(new TextBlock { Text = CardText.EscapeMarkdown(CardText.Snippet(notice, 300)), Color = TextColor.Accent, Weight = TextWeight.Bolder, Wrap = true });
        }

        body.Add(CardParts.Heading(CardText.EscapeMarkdown(CardText.Snippet(view.Title, 200))));
        body.Add(new FactSet { Facts = Facts(view) });
        if (view.History.Count > 0)
        {
            body.Add(new TextBlock { Text = "History", Weight = TextWeight.Bolder, Wrap = true });
            body.AddRange(view.History.Take(ActionCardView.MaxHistory).Select(History));
        }

        if (IsReassignRejected(view))
        {
            body.Add(SetupInputs.ErrorText("Nothing was changed. Fix the field marked below and reassign again."));
            if (Others(view).Count > 0)
            {
                body.Add(NewOwner(Others(view)) with { Value = view.NewOwnerId });
            }

            body.Add(SetupInputs.ErrorText(view.ReassignError!));
        }

        var fallback = $"Action: {CardText.Snippet(view.Title, 80)} \u2014 {view.OwnerName}, due {ActionDates.Format(view.DueDate)}";
        return CardParts.Card(fallback, body, view.ShowButtons && view.State == ActionCardState.Open ? Actions(view) : null);
    }

    private static List<Fact> Facts(ActionCardView view)
    {
        var facts = new List<Fact>
        {
            new("Owner", CardText.Snippet(view.OwnerName, 80)),
            new("Due", view.State == ActionCardState.Open ? ActionDates.Due(view.DueDate, view.Today) : ActionDates.Format(view.DueDate)),
            new("Status", Status(view)),
        };
        if (view.DecisionText is { Length: > 0 } decision)
        {
            facts.Add(new Fact("Decision", CardText.Snippet(decision, 200)));
        }

        if (view.ReviewName is { Length: > 0 } review)
        {
            facts.Add(new Fact("Review", CardText.Snippet(review, 80)));
        }

        return facts;
    }

    private static string Status(ActionCardView view) => view.State switch
    {
        ActionCardState.Done => "\u2705 Done",
        ActionCardState.Cancelled => "Cancelled",
        _ when view.SnoozedUntil is { } until && until >= view.Today => $"Open, snoozed until {ActionDates.Format(until)}",
        _ when view.DueDate < view.Today => "\u26A0 Open, overdue",
        _ => "Open",
    };

    private static TextBlock History(ActionHistoryLine line)
    {
        var by = line.By is { Length: > 0 } name ? $" \u2014 {CardText.EscapeMarkdown(CardText.Snippet(name, 60))}" : "";
        var note = line.Text is { Length: > 0 } text ? $": {CardText.EscapeMarkdown(CardText.Snippet(text, 300))}" : "";
        return new TextBlock { Text = $"{ActionDates.Format(line.On)} \u00B7 {line.What}{by}{note}", Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small };
    }

    private static List<CardAction> Actions(ActionCardView view)
    {
        var actions = new List<CardAction>
        {
            ActionButtons.Done(view.ActionId),
            ActionButtons.Snooze(view.ActionId, 1),
            ActionButtons.Snooze(view.ActionId, 7),
        };
        var others = Others(view);
        if (IsReassignRejected(view) && others.Count > 0)
        {
            actions.Add(ActionButtons.Submit("Reassign", CardVerbs.ActionReassign, view.ActionId) with { AssociatedInputs = AssociatedInputs.Auto });
        }
        else if (others.Count > 0)
        {
            actions.Add(new ShowCardAction { Title = "Reassign", Card = Form(NewOwner(others), ActionButtons.Submit("Reassign", CardVerbs.ActionReassign, view.ActionId)) });
        }

        actions.Add(new ShowCardAction { Title = "Add update", Card = Form(UpdateText(), ActionButtons.Submit("Add update", CardVerbs.ActionUpdate, view.ActionId)) });
        return actions;
    }

    private static bool IsReassignRejected(ActionCardView view) =>
        view.ReassignError is { Length: > 0 } && view.ShowButtons && view.State == ActionCardState.Open;

    private static List<ActionPerson> Others(ActionCardView view) => [.. view.Members.Where(m => m.Name != view.OwnerName)];

    private static ChoiceSetInput NewOwner(List<ActionPerson> people) => new()
    {
        Id = ActionInputs.NewOwner,
        Label = "New owner",
        IsRequired = true,
        ErrorMessage = "Choose the new owner.",
        Choices = [.. people.Select(m => new Choice(CardText.Snippet(m.Name, 80), m.Id))],
    };

    private static TextInput UpdateText() => new()
    {
        Id = ActionInputs.UpdateText,
        Label = "Update",
        IsMultiline = true,
        IsRequired = true,
        MaxLength = ActionInputs.UpdateMaxLength,
        ErrorMessage = "Write the update.",
    };

    private static AdaptiveCard Form(CardInput input, CardAction submit) => new() { Body = [input], Actions = [submit] };
}
