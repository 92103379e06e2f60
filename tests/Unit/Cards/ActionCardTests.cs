using CxReviewBot.Cards;
using CxReviewBot.Cards.Actions;

namespace CxReviewBot.UnitTests.Cards;

public sealed class ActionCardTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static ActionCardView Open() => new()
    {
        ActionId = "42",
        Title = "Fix the checkout retry page",
        OwnerName = "Avery Owner",
        DueDate = new DateOnly(2026, 12, 4),
        Today = Today,
        DecisionText = "Ship the retry fix before the holiday peak",
        ReviewName = "Weekly business review",
        Banner = "Overdue: this action was due Fri 4 Dec 2026.",
        History =
        [
            new ActionHistoryLine(Today, "Update", "Avery Owner", "Vendor fix lands Thursday"),
            new ActionHistoryLine(new DateOnly(2026, 12, 2), "Reminder sent"),
            new ActionHistoryLine(new DateOnly(2026, 11, 30), "Created", "Lee Lead"),
        ],
        Members = [new ActionPerson("Avery Owner", "29:user-1"), new ActionPerson("Blake Member", "29:user-2")],
    };

    private static ActionCardView Rejected() =>
        Open() with { ReassignError = "Only a member of the review can own this action.", NewOwnerId = "29:outsider" };

    [Fact]
    public void OpenOverdue_MatchesGolden() => GoldenFile.Verify("action-open", ActionCard.Build(Open()));

    [Fact]
    public void Done_MatchesGolden() => GoldenFile.Verify("action-done", ActionCard.Build(Open() with { State = ActionCardState.Done, Banner = null }));

    [Fact]
    public void RejectedReassign_MatchesGolden() => GoldenFile.Verify("action-reassign-rejected", ActionCard.Build(Rejected()));

    [Fact]
    public void RejectedReassign_ShowsTheInputOpen_WithTheChoiceKeptAndTheErrorUnderIt()
    {
        var card = CardJson.Of(ActionCard.Build(Rejected()));
        var body = card["body"]!.AsArray();
        var input = body.Single(e => (string?)e!["id"] == ActionInputs.NewOwner)!;
        var error = body[body.IndexOf(input) + 1]!;

        Assert.Equal("29:outsider", (string?)input["value"]);
        Assert.Equal("Only a member of the review can own this action.", (string?)error["inlines"]![1]!["text"]);
        var reassign = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Reassign")!;
        Assert.Equal(("Action.Execute", CardVerbs.ActionReassign, "auto"), ((string?)reassign["type"], (string?)reassign["verb"], (string?)reassign["associatedInputs"]));
        Assert.Single(CardJson.OfType(ActionCard.Build(Rejected()), "Input.ChoiceSet"));
    }

    [Fact]
    public void Notice_IsShownAboveTheTitle()
    {
        var texts = AgendaJson.Texts(ActionCard.Build(Open() with { Banner = null, Notice = "Nothing changed: Avery Owner already owns this action." }));

        Assert.Equal(["Nothing changed: Avery Owner already owns this action.", "Fix the checkout retry page"], texts.Take(2));
    }

    [Fact]
    public void AllStates_PassLint()
    {
        Assert.Empty(CardLint.Check(ActionCard.Build(Open())));
        Assert.Empty(CardLint.Check(ActionCard.Build(Open() with { State = ActionCardState.Done })));
        Assert.Empty(CardLint.Check(ActionCard.Build(Open() with { ShowButtons = false, Members = [] })));
        Assert.Empty(CardLint.Check(ActionCard.Build(Rejected())));
        Assert.Empty(CardLint.Check(ActionCard.Build(Rejected() with { Members = [new ActionPerson("Avery Owner", "29:user-1")] })));
    }

    [Fact]
    public void Open_HasDoneSnoozeReassignAndUpdate_CarryingTheActionId()
    {
        var actions = CardJson.Of(ActionCard.Build(Open()))["actions"]!.AsArray();

        Assert.Equal(["Done", "Snooze 1 day", "Snooze 1 week", "Reassign", "Add update"], actions.Select(a => (string)a!["title"]!));
        Assert.Equal(["1", "7"], actions.Where(a => (string?)a!["verb"] == CardVerbs.ActionSnooze).Select(a => (string)a!["data"]![CardDataKeys.Days]!));
        var reassign = CardJson.OfType(ActionCard.Build(Open()), "Input.ChoiceSet").Single();
        Assert.Equal(["29:user-2"], reassign["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.All(CardJson.OfType(ActionCard.Build(Open()), "Action.Execute"), a => Assert.Equal("42", (string?)a["data"]![CardDataKeys.ActionId]));
    }

    [Fact]
    public void WithoutButtons_OrDone_HasNoActions()
    {
        Assert.Null(CardJson.Of(ActionCard.Build(Open() with { ShowButtons = false }))["actions"]);
        Assert.Null(CardJson.Of(ActionCard.Build(Open() with { State = ActionCardState.Done }))["actions"]);
    }

    [Fact]
    public void Facts_SayHowOverdueAndWhereItCameFrom()
    {
        var facts = CardJson.OfType(ActionCard.Build(Open()), "FactSet").Single()["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

        Assert.Equal("Fri 4 Dec 2026 (overdue by 3 days)", facts["Due"]);
        Assert.Equal("\u26A0 Open, overdue", facts["Status"]);
        Assert.Equal("Ship the retry fix before the holiday peak", facts["Decision"]);
        Assert.Equal("Weekly business review", facts["Review"]);
    }

    [Fact]
    public void History_ShowsNewestFirstWithNotes()
    {
        var texts = AgendaJson.Texts(ActionCard.Build(Open()));

        Assert.Contains("Mon 7 Dec 2026 \u00B7 Update \u2014 Avery Owner: Vendor fix lands Thursday", texts);
        Assert.True(texts.IndexOf("Mon 7 Dec 2026 \u00B7 Update \u2014 Avery Owner: Vendor fix lands Thursday") < texts.IndexOf("Mon 30 Nov 2026 \u00B7 Created \u2014 Lee Lead"));
    }
}
