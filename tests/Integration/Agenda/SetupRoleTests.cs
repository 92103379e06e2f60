using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Setup;
using CxReviewBot.Features.Setup;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Agenda;

public sealed class SetupRoleTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task SomeoneWhoIsNotACxLead_CannotChangeAnExistingReview(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        await AgendaScenario.SeedReviewAsync(bot.Host, bot.ServiceUrl, DateTime.UtcNow);
        var save = AsStranger(AgendaScenario.ChannelExecute(bot.ServiceUrl, CardVerbs.SetupSave, new JsonObject
        {
            [SetupFields.ReviewName] = "Hijacked",
            [SetupFields.Weekday] = "Friday",
            [SetupFields.MeetingTime] = "17:00",
            [SetupFields.MeetingMinutes] = "30",
            [SetupFields.TimeZone] = "UTC",
            [SetupFields.LeadTimeHours] = "1",
            [SetupFields.CxLeads] = "stranger-aad",
        }));

        var body = JsonNode.Parse(await (await bot.Client.PostAsync(save)).Content.ReadAsStringAsync())!;

        Assert.Equal(403, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Contains("Avery Owner", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var name = await AgendaScenario.InScopeAsync(bot.Host, (_, db) => db.Set<Review>().Select(r => r.Name).SingleAsync());
        Assert.Equal("WBR", name);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SetupFromSomeoneWhoIsNotACxLead_ExplainsWhoCanChangeIt(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        await AgendaScenario.SeedReviewAsync(bot.Host, bot.ServiceUrl, DateTime.UtcNow);

        await bot.Client.PostAsync(AsStranger(AgendaScenario.ChannelMessage(bot.ServiceUrl, "setup")));

        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Card!.ToJsonString();
        Assert.Contains(SetupCommands.NotAllowedTitle.Replace("'", "\\u0027", StringComparison.Ordinal), card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.SetupSave, card, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TheReviewsCxLead_MayOpenTheSetupCard(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        await AgendaScenario.SeedReviewAsync(bot.Host, bot.ServiceUrl, DateTime.UtcNow);

        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "setup"));

        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Card!.ToJsonString();
        Assert.Contains(CardVerbs.SetupSave, card, StringComparison.Ordinal);
    }

    private static JsonObject AsStranger(JsonObject activity)
    {
        activity["from"] = new JsonObject { ["id"] = "29:stranger", ["name"] = "Sam Stranger", ["aadObjectId"] = "stranger-aad" };
        return activity;
    }
}
