using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Cards.Metrics;
using CxReviewBot.Cards.Model;
using CxReviewBot.Cards.Setup;

namespace CxReviewBot.UnitTests.Cards;

public sealed class DecisionCardTests
{
    private static readonly RosterPerson[] Owners = [new("aad-1", "Ada Lovelace"), new("aad-2", "Grace *Hopper*")];

    private static DecisionFormView NewForm() => new("7", "token-1")
    {
        ReviewName = "Weekly business review",
        Origin = DecisionFields.FromAgenda,
        Touchpoint = "Onboarding",
        Owners = Owners,
        Touchpoints = ["Billing", "Onboarding"],
        Metrics = [new MetricOption("CSAT", MetricUnit.Score), new MetricOption("Renewal rate", MetricUnit.Percent)],
    };

    private static DecisionFormView Rejected() => NewForm() with
    {
        Text = "Call every [detractor](http://x) within 48 hours",
        OwnerId = "aad-2",
        Metric = "CSAT",
        ExpectedChange = 0.3,
        Errors = new Dictionary<string, string>
        {
            [DecisionFields.DueDate] = "The due date 2026-11-01 is in the past; choose today or later.",
            [DecisionFields.ExpectedBy] = "'soon' is not a date; give the expected-by date as yyyy-MM-dd.",
        },
    };

    private static DecisionFormView EditForm() => NewForm() with
    {
        DecisionId = "42",
        Version = 3,
        Text = "Call every detractor within 48 hours",
        OwnerId = "aad-1",
        DueDate = new DateOnly(2026, 12, 4),
        Metric = "CSAT",
        ExpectedChange = -0.5,
        ExpectedBy = new DateOnly(2027, 1, 31),
        Notice = "Someone changed this decision meanwhile. Nothing was saved; here it is as it is now.",
    };

    private static DecisionView Decision() => new("42", "Call every *detractor* within 48 hours", "Open")
    {
        ReviewName = "Weekly business review",
        OwnerName = "Grace Hopper",
        DueDate = new DateOnly(2026, 12, 4),
        Touchpoint = "Onboarding",
        Metric = "CSAT",
        ExpectedChange = 0.3,
        ExpectedBy = new DateOnly(2026, 12, 31),
        BaselineValue = 3.7,
        BaselinePeriodEnd = new DateOnly(2026, 11, 22),
        RecordedBy = "Ada Lovelace",
        RecordedAtUtc = new DateTime(2026, 11, 23, 14, 5, 0, DateTimeKind.Utc),
        Version = 2,
        Changes =
        [
            new(new DateTime(2026, 11, 23, 14, 5, 0, DateTimeKind.Utc), "Ada Lovelace", "recorded it"),
            new(new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc), "Ada Lovelace", "reassigned it from Ada Lovelace to Grace Hopper"),
        ],
        CanEdit = true,
        CanCancel = true,
        CanReassign = true,
        Notice = "Decision recorded; its owner has been sent it.",
    };

    public static TheoryData<string, AdaptiveCard> States => new()
    {
        { "decision-form-new", DecisionFormCard.Build(NewForm()) },
        { "decision-form-errors", DecisionFormCard.Build(Rejected()) },
        { "decision-form-edit", DecisionFormCard.Build(EditForm()) },
        { "decision-card", DecisionCard.Build(Decision()) },
        { "decision-card-cancelled", DecisionCard.Build(Decision() with { Status = "Cancelled", CanEdit = false, CanCancel = false, Notice = null, Metric = null, ExpectedChange = null }) },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void State_MatchesGolden(string name, AdaptiveCard card) => GoldenFile.Verify(name, card);

    [Theory]
    [MemberData(nameof(States))]
    public void State_PassesLint(string name, AdaptiveCard card) => Assert.True(CardLint.Check(card).Count == 0, name + ": " + string.Join("; ", CardLint.Check(card)));

    [Fact]
    public void RejectedForm_KeepsInputAndShowsEachErrorUnderItsField()
    {
        var body = CardJson.Of(DecisionFormCard.Build(Rejected()))["body"]!.AsArray();

        Assert.Equal("Call every [detractor](http://x) within 48 hours", (string?)body.Single(e => (string?)e!["id"] == DecisionFields.Text)!["value"]);
        Assert.Equal("aad-2", (string?)body.Single(e => (string?)e!["id"] == DecisionFields.Owner)!["value"]);
        Assert.Equal(0.3, (double)body.Single(e => (string?)e!["id"] == DecisionFields.ExpectedChange)!["value"]!);
        var due = body.IndexOf(body.Single(e => (string?)e!["id"] == DecisionFields.DueDate));
        Assert.Contains("is in the past", body[due + 1]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SaveButton_CarriesTokenOriginAndVersion()
    {
        var edit = CardJson.Of(DecisionFormCard.Build(EditForm()))["actions"]![0]!;
        var create = CardJson.Of(DecisionFormCard.Build(NewForm()))["actions"]![0]!;

        Assert.Equal((CardVerbs.DecisionEdit, "42", "3"), ((string?)edit["verb"], (string?)edit["data"]![CardDataKeys.DecisionId], (string?)edit["data"]![CardDataKeys.Version]));
        Assert.Equal((CardVerbs.DecisionRecord, "token-1", DecisionFields.FromAgenda, "7"),
            ((string?)create["verb"], (string?)create["data"]![CardDataKeys.FormToken], (string?)create["data"]![CardDataKeys.Origin], (string?)create["data"]![CardDataKeys.ReviewId]));
        Assert.Equal("auto", (string?)create["associatedInputs"]);
    }

    [Fact]
    public void PeoplePicker_IsOnlyAddedWhenAsked()
    {
        Assert.DoesNotContain("choices.data", CardSerializer.ToJson(DecisionFormCard.Build(NewForm())), StringComparison.Ordinal);
        Assert.Contains("choices.data", CardSerializer.ToJson(DecisionFormCard.Build(NewForm() with { UsePeoplePicker = true })), StringComparison.Ordinal);
    }

    [Fact]
    public void ViewerWhoMayNotReassign_GetsAnEditButtonWithoutReassign_AndAFormWithOnlyTheCurrentOwner()
    {
        var card = CardJson.Of(DecisionCard.Build(Decision() with { CanReassign = false }));
        var form = CardSerializer.ToJson(DecisionFormCard.Build(EditForm() with { OwnerLocked = true }));

        Assert.Equal(DecisionCard.EditOnlyButton, (string?)card["actions"]![0]!["title"]);
        Assert.Contains(DecisionFields.OwnerLockedNote, form, StringComparison.Ordinal);
        var owner = CardJson.Of(DecisionFormCard.Build(EditForm() with { OwnerLocked = true })).ToJsonString();
        Assert.Contains("\"value\":\"aad-1\"", owner, StringComparison.Ordinal);
        Assert.DoesNotContain("\"value\":\"aad-2\"", owner, StringComparison.Ordinal);
    }

    [Fact]
    public void ClosedDecision_HasNoButtons() =>
        Assert.False(CardJson.Of(DecisionCard.Build(Decision() with { CanEdit = false, CanCancel = false })).ContainsKey("actions"));

    [Theory]
    [InlineData(MetricUnit.Score, 0.3, "+0.3")]
    [InlineData(MetricUnit.Percent, -5, "-5%")]
    public void Signed_ShowsTheSign(MetricUnit unit, double change, string expected) => Assert.Equal(expected, DecisionCard.Signed(unit, change));
}
