using CxReviewBot.Cards;
using CxReviewBot.Cards.Model;
using CxReviewBot.Cards.Setup;

namespace CxReviewBot.UnitTests.Cards;

public sealed class SetupCardTests
{
    private static readonly RosterPerson[] Roster = [new("aad-1", "Ada Lovelace"), new("aad-2", "Grace Hopper"), new("aad-3", "Alan *Turing*")];

    private static SetupView WithValues() => new()
    {
        ReviewId = "rev-1",
        ReviewName = "Weekly business review",
        Weekday = DayOfWeek.Monday,
        MeetingTime = new TimeOnly(9, 0),
        MeetingMinutes = 90,
        TimeZone = "Europe/Berlin",
        LeadTimeHours = 24,
        Roster = Roster,
        MemberIds = ["aad-1", "aad-2", "aad-3"],
        CxLeadIds = ["aad-2"],
        TouchpointOptions = ["Onboarding", "Billing", "Support chat"],
        TouchpointsInScope = ["Billing", "Support chat"],
    };

    private static SetupView WithErrors() => WithValues() with
    {
        ReviewName = "",
        TimeZone = "Mars/Olympus_Mons",
        MeetingMinutes = 10,
        LeadTimeHours = 500,
        Errors = new Dictionary<string, string>
        {
            [SetupFields.ReviewName] = "Give the review a name.",
            [SetupFields.MeetingMinutes] = "Give the meeting length as a whole number of minutes from 15 to 480.",
            [SetupFields.TimeZone] = "Mars/Olympus_Mons is not a time zone I know.",
            [SetupFields.LeadTimeHours] = "Choose between 1 and 168 hours.",
            ["review"] = "This chat already has a review; edit it instead.",
        },
    };

    public static TheoryData<string, SetupView> States => new()
    {
        { "setup-empty", new SetupView() },
        { "setup-values", WithValues() },
        { "setup-errors", WithErrors() },
        { "setup-roster-fallback", WithValues() with { Notice = "I could not read this conversation's member list, so the pickers show people I have already met here." } },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void State_MatchesGolden(string name, SetupView view) => GoldenFile.Verify(name, SetupCard.Build(view));

    [Theory]
    [MemberData(nameof(States))]
    public void State_PassesLint(string name, SetupView view) => Assert.True(CardLint.Check(SetupCard.Build(view)).Count == 0, name);

    [Theory]
    [MemberData(nameof(States))]
    public void State_HasNoTeamsOnlyPickerByDefault(string name, SetupView view) =>
        Assert.False(CardSerializer.ToJson(SetupCard.Build(view)).Contains("choices.data", StringComparison.Ordinal), name);

    [Fact]
    public void Values_AreFilledIn()
    {
        var inputs = Inputs(SetupCard.Build(WithValues()));

        Assert.Equal("Weekly business review", inputs[SetupFields.ReviewName]);
        Assert.Equal("Monday", inputs[SetupFields.Weekday]);
        Assert.Equal("09:00", inputs[SetupFields.MeetingTime]);
        Assert.Equal("90", inputs[SetupFields.MeetingMinutes]);
        Assert.Equal("Europe/Berlin", inputs[SetupFields.TimeZone]);
        Assert.Equal("24", inputs[SetupFields.LeadTimeHours]);
        Assert.Equal("aad-1,aad-2,aad-3", inputs[SetupFields.Members]);
        Assert.Equal("aad-2", inputs[SetupFields.CxLeads]);
        Assert.Equal("Billing,Support chat", inputs[SetupFields.Touchpoints]);
    }

    [Fact]
    public void Errors_ShowUnderTheirFieldAndKeepInput()
    {
        var body = CardJson.Of(SetupCard.Build(WithErrors()))["body"]!.AsArray();

        var zone = body.IndexOf(body.Single(e => (string?)e!["id"] == SetupFields.TimeZone));
        Assert.Equal("Error: Mars/Olympus_Mons is not a time zone I know.", ErrorOf(body[zone + 1]!));
        Assert.All(body[zone + 1]!["inlines"]!.AsArray(), r => Assert.Equal("attention", (string?)r!["color"]));
        Assert.Equal("Mars/Olympus_Mons", (string?)body[zone]!["value"]);
        Assert.Equal("Mars/Olympus_Mons", (string?)body[zone]!["choices"]![0]!["value"]);
        var length = body.IndexOf(body.Single(e => (string?)e!["id"] == SetupFields.MeetingMinutes));
        Assert.Equal("Error: Give the meeting length as a whole number of minutes from 15 to 480.", ErrorOf(body[length + 1]!));
        Assert.Equal(10, (double?)body[length]!["value"]);
        Assert.Equal(("Meeting length (minutes)", 15, 480), ((string?)body[length]!["label"], (int?)body[length]!["min"], (int?)body[length]!["max"]));
        var hours = body.IndexOf(body.Single(e => (string?)e!["id"] == SetupFields.LeadTimeHours));
        Assert.Equal("Error: Choose between 1 and 168 hours.", ErrorOf(body[hours + 1]!));
        Assert.Equal(500, (double?)body[hours]!["value"]);
        var errors = body.Where(e => (string?)e!["type"] == "RichTextBlock").Select(e => ErrorOf(e!)).ToList();
        Assert.Equal(
            [
                "Error: Nothing was saved. Fix the fields marked below and save again.",
                "Error: This chat already has a review; edit it instead.",
                "Error: Give the review a name.",
                "Error: Give the meeting length as a whole number of minutes from 15 to 480.",
                "Error: Mars/Olympus_Mons is not a time zone I know.",
                "Error: Choose between 1 and 168 hours.",
            ],
            errors);
    }

    [Fact]
    public void Save_IsExecuteWithAutoInputs()
    {
        var save = Assert.Single(CardJson.Of(SetupCard.Build(WithValues()))["actions"]!.AsArray())!;

        Assert.Equal(CardVerbs.SetupSave, (string?)save["verb"]);
        Assert.Equal("auto", (string?)save["associatedInputs"]);
        Assert.Equal("""{"reviewId":"rev-1"}""", save["data"]!.ToJsonString());
        Assert.Null(CardJson.Of(SetupCard.Build(new SetupView()))["actions"]![0]!["data"]);
    }

    [Fact]
    public void Form_OffersWeekAndCommonZones()
    {
        var card = SetupCard.Build(new SetupView());
        var choices = CardJson.OfType(card, "Input.ChoiceSet").ToDictionary(c => (string)c["id"]!, c => c["choices"]!.AsArray().Select(x => (string)x!["value"]!).ToList());

        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], choices[SetupFields.Weekday]);
        Assert.Equal(SetupCard.CommonTimeZones, choices[SetupFields.TimeZone]);
        Assert.Contains("America/New_York", SetupCard.CommonTimeZones);
        Assert.Contains("Pacific/Auckland", SetupCard.CommonTimeZones);
        var numbers = CardJson.OfType(card, "Input.Number").ToDictionary(n => (string)n["id"]!, n => ((double?)n["min"], (double?)n["max"]));
        Assert.Equal((1, 168), numbers[SetupFields.LeadTimeHours]);
        Assert.Equal((15, 480), numbers[SetupFields.MeetingMinutes]);
        Assert.Equal(2, numbers.Count);
    }

    [Fact]
    public void PeoplePicker_AddsConversationMemberSearch()
    {
        var card = SetupCard.Build(new SetupView { UsePeoplePicker = true });

        var pickers = CardJson.OfType(card, "Input.ChoiceSet").Where(c => c["choices.data"] is not null).ToList();
        Assert.Equal([SetupFields.Members, SetupFields.CxLeads], pickers.Select(p => (string)p["id"]!));
        Assert.All(pickers, p => Assert.Equal(DataQuery.ConversationMembers.Dataset, (string?)p["choices.data"]!["dataset"]));
        Assert.Empty(CardLint.Check(card));
    }

    private static string ErrorOf(System.Text.Json.Nodes.JsonNode block) =>
        string.Concat(block["inlines"]!.AsArray().Select(r => (string)r!["text"]!));

    [Fact]
    public void ChoiceTitles_ArePlainText()
    {
        var members = CardJson.OfType(SetupCard.Build(WithValues()), "Input.ChoiceSet").Single(c => (string?)c["id"] == SetupFields.Members);

        Assert.Equal(["Ada Lovelace", "Grace Hopper", "Alan *Turing*"], members["choices"]!.AsArray().Select(c => (string)c!["title"]!));
    }

    [Fact]
    public void PlannerInputs_OnlyWhenGraphIsConfigured_WithTheirErrorOnce()
    {
        Assert.DoesNotContain(SetupFields.PlannerPlan, Inputs(SetupCard.Build(WithValues())).Keys);

        var view = WithValues() with
        {
            PlannerAvailable = true,
            PlannerPlanId = "no-such-plan",
            Errors = new Dictionary<string, string> { [SetupFields.PlannerPlan] = "I can't find Planner plan 'no-such-plan'." },
        };
        var card = SetupCard.Build(view);

        var inputs = Inputs(card);
        Assert.Equal("no-such-plan", inputs[SetupFields.PlannerPlan]);
        Assert.Null(inputs[SetupFields.PlannerGroup]);
        var body = CardJson.Of(card)["body"]!.AsArray();
        var errors = body.Where(e => (string?)e!["type"] == "RichTextBlock").Select(e => ErrorOf(e!)).ToList();
        Assert.Single(errors, e => e.Contains("no-such-plan", StringComparison.Ordinal));
        var plan = body.IndexOf(body.Single(e => (string?)e!["id"] == SetupFields.PlannerPlan));
        Assert.Equal("Error: I can't find Planner plan 'no-such-plan'.", ErrorOf(body[plan + 1]!));
        Assert.Empty(CardLint.Check(card));
    }

    private static Dictionary<string, string?> Inputs(AdaptiveCard card) =>
        CardJson.Descendants(CardJson.Of(card))
            .Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(o => (string)o["id"]!, o => o["value"]?.ToString());
}
