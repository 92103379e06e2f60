using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Setup;
using CxReviewBot.Features.Setup;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Agenda;

public sealed class SetupFlowTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task SetupInChannel_ShowsRosterAndTouchpoints(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);

        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "setup"));

        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Card!.ToJsonString();
        Assert.Contains(AgendaScenario.SecondAad, card, StringComparison.Ordinal);
        Assert.Contains("Blake Member", card, StringComparison.Ordinal);
        Assert.Contains("Support chat", card, StringComparison.Ordinal);
        Assert.Contains(CardVerbs.SetupSave, card, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RosterUnavailable_TheCardSaysThePickersShowKnownPeople(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        bot.Connector.FailNext(FakeConnectorFault.BadRequest(), path: p => p.Contains("pagedmembers", StringComparison.OrdinalIgnoreCase));

        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "setup"));

        var posted = (await bot.Connector.WaitForActivitiesAsync(1))[0];
        Assert.Equal(SetupCommands.RosterFallbackNote, posted.Text);
        var note = posted.Card!["body"]![2]!;
        Assert.Equal(("attention", $"\u26A0 {SetupCommands.RosterFallbackNote}"), (note["color"]!.GetValue<string>(), note["text"]!.GetValue<string>()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SetupInPersonalChat_SaysWhereSetupHappens(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);

        await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "setup"));

        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Card!.ToJsonString();
        Assert.Contains(SetupCommands.PersonalChatTitle, card, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task InvalidSave_KeepsInputAndShowsErrors_ValidSaveCreatesReview(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        var form = Form("Mars/Olympus", cxLeads: "");

        var rejected = await InvokeAsync(bot, form);

        Assert.Equal(200, rejected["statusCode"]!.GetValue<int>());
        var rejectedCard = rejected["value"]!.ToJsonString();
        Assert.Contains("Choose at least one CX lead.", rejectedCard, StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus", rejectedCard, StringComparison.Ordinal);
        Assert.Equal("Weekly business review", InputValue(rejected["value"]!, SetupFields.ReviewName));
        Assert.Equal(0, await CountReviewsAsync(bot));

        var saved = await InvokeAsync(bot, Form("Europe/Berlin", cxLeads: TestActivities.UserAadId));

        Assert.Contains("Review saved", saved["value"]!.ToJsonString(), StringComparison.Ordinal);
        var review = await AgendaScenario.InScopeAsync(bot.Host, (_, db) => db.Set<Review>().Include(r => r.Members).SingleAsync());
        Assert.Equal(("Weekly business review", DayOfWeek.Tuesday, new TimeOnly(10, 30), 90, "Europe/Berlin", 24),
            (review.Name, review.Weekday, review.MeetingTime, review.MeetingMinutes, review.TimeZoneId, review.LeadTimeHours));
        Assert.Equal(["Onboarding"], review.TouchpointScope);
        var lead = Assert.Single(review.Members, m => m.AadObjectId == TestActivities.UserAadId);
        Assert.Equal(ReviewRole.Member | ReviewRole.CxLead | ReviewRole.Admin, lead.Roles);
        Assert.Equal(ReviewRole.Member, Assert.Single(review.Members, m => m.AadObjectId == AgendaScenario.SecondAad).Roles);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MemberNotInRoster_IsRejected(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        var form = Form("UTC", cxLeads: TestActivities.UserAadId);
        form[SetupFields.Members] = "someone-else";

        var rejected = await InvokeAsync(bot, form);

        Assert.Contains("Only people in this conversation", rejected["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountReviewsAsync(bot));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MeetingLengthOutOfRange_IsRejectedWithTheInputKept_AndASavedLengthShowsWhenEditing(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        var form = Form("UTC", cxLeads: TestActivities.UserAadId);
        form[SetupFields.MeetingMinutes] = "500";

        var rejected = await InvokeAsync(bot, (JsonObject)form.DeepClone());

        var card = rejected["value"]!;
        Assert.Contains("Give the meeting length as a whole number of minutes from 15 to 480.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(500, Input(card, SetupFields.MeetingMinutes)?["value"]?.GetValue<double>());
        Assert.Equal(0, await CountReviewsAsync(bot));

        form[SetupFields.MeetingMinutes] = "45";
        Assert.Contains("45 minutes", (await InvokeAsync(bot, form))["value"]!.ToJsonString(), StringComparison.Ordinal);
        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "setup"));

        var editing = (await bot.Connector.WaitForActivitiesAsync(1))[0].Card!;
        Assert.Contains(SetupCard.EditTitle, editing.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(45, Input(editing, SetupFields.MeetingMinutes)?["value"]?.GetValue<double>());
        Assert.Equal(45, await AgendaScenario.InScopeAsync(bot.Host, (_, db) => db.Set<Review>().Select(r => r.MeetingMinutes).SingleAsync()));
    }

    private static JsonObject Form(string timeZone, string cxLeads) => new()
    {
        [SetupFields.ReviewName] = "Weekly business review",
        [SetupFields.Weekday] = "Tuesday",
        [SetupFields.MeetingTime] = "10:30",
        [SetupFields.MeetingMinutes] = "90",
        [SetupFields.TimeZone] = timeZone,
        [SetupFields.LeadTimeHours] = "24",
        [SetupFields.Members] = $"{TestActivities.UserAadId},{AgendaScenario.SecondAad}",
        [SetupFields.CxLeads] = cxLeads,
        [SetupFields.Touchpoints] = "Onboarding",
    };

    private static async Task<JsonNode> InvokeAsync(Foundation.BotFixture bot, JsonObject form)
    {
        var response = await bot.Client.PostAsync(AgendaScenario.ChannelExecute(bot.ServiceUrl, CardVerbs.SetupSave, form));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static Task<int> CountReviewsAsync(Foundation.BotFixture bot) =>
        AgendaScenario.InScopeAsync(bot.Host, (_, db) => db.Set<Review>().CountAsync());

    private static string? InputValue(JsonNode card, string id) => Input(card, id)?["value"]?.GetValue<string>();

    private static JsonObject? Input(JsonNode card, string id) => Descendants(card).FirstOrDefault(n => n["id"]?.GetValue<string>() == id);

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };
}
