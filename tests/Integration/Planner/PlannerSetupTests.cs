using System.Text.Json.Nodes;
using Azure.Core;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Setup;
using CxReviewBot.Features.Planner;
using CxReviewBot.IntegrationTests.Agenda;
using CxReviewBot.IntegrationTests.Catalog;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.IntegrationTests.Planner;

public sealed class PlannerSetupTests
{
    [Fact]
    public async Task WithoutGraph_SetupSaysPlannerIsNotConnected_OncePerReview()
    {
        await using var bot = await AgendaScenario.StartAsync();

        var first = Text((await SaveAsync(bot, Form()))["value"]);
        var second = Text((await SaveAsync(bot, Form()))["value"]);

        Assert.Contains("Review saved", first, StringComparison.Ordinal);
        Assert.Contains(PlannerSetup.NotConnectedNote, first, StringComparison.Ordinal);
        Assert.Contains("Review saved", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Planner", second, StringComparison.Ordinal);
        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "setup"));
        var card = Text((await bot.Connector.WaitForActivitiesAsync(1))[0].Card);
        Assert.DoesNotContain(SetupFields.PlannerPlan, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithGraph_GroupGiven_CreatesPlanOnce_AndLinksReview()
    {
        await using var graph = await FakeGraph.StartAsync();
        graph.AddGroup(PlannerScenario.GroupId);
        await using var bot = await StartWithGraphAsync(graph);
        var form = Form();
        form[SetupFields.PlannerGroup] = PlannerScenario.GroupId;

        var saved = Text((await SaveAsync(bot, form))["value"]);
        await SaveAsync(bot, form);

        var plan = Assert.Single(graph.Requests, r => r.Method == "POST" && r.Path == "/planner/plans");
        Assert.EndsWith($"/groups/{PlannerScenario.GroupId}", plan.Body!["container"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        var link = await AgendaScenario.InScopeAsync(bot.Host, (_, db) => db.Set<PlannerLink>().SingleAsync());
        Assert.NotNull(link.PlanId);
        Assert.Equal(PlannerScenario.GroupId, link.GroupId);
        Assert.Contains(link.PlanId, saved, StringComparison.Ordinal);
        Assert.DoesNotContain(PlannerSetup.NotConnectedNote, saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithGraph_UnknownPlan_IsRejectedOnTheForm()
    {
        await using var graph = await FakeGraph.StartAsync();
        await using var bot = await StartWithGraphAsync(graph);
        var form = Form();
        form[SetupFields.PlannerPlan] = "no-such-plan";

        var rejected = Text((await SaveAsync(bot, form))["value"]);

        Assert.Contains("can't find Planner plan 'no-such-plan'", rejected, StringComparison.Ordinal);
        Assert.Equal(0, await AgendaScenario.InScopeAsync(bot.Host, (_, db) => db.Set<Reviews.Review>().CountAsync()));
    }

    private static async Task<BotFixture> StartWithGraphAsync(FakeGraph graph)
    {
        var bot = await BotFixture.StartAsync(
            new Dictionary<string, string?>(graph.Configuration()),
            services => services.AddSingleton<TokenCredential>(new FakeGraphCredential()));
        bot.Connector.SetRoster(AgendaScenario.Channel,
            new FakeMember(TestActivities.UserId, "Avery Owner", TestActivities.UserAadId),
            new FakeMember("29:user-2", "Blake Member", AgendaScenario.SecondAad));
        await bot.Host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            await CatalogCorpus.LoadFixtureAsync(db);
            return 0;
        });
        return bot;
    }

    private static JsonObject Form() => new()
    {
        [SetupFields.ReviewName] = "Weekly business review",
        [SetupFields.Weekday] = "Tuesday",
        [SetupFields.MeetingTime] = "10:30",
        [SetupFields.MeetingMinutes] = "60",
        [SetupFields.TimeZone] = "Europe/Berlin",
        [SetupFields.LeadTimeHours] = "24",
        [SetupFields.Members] = $"{TestActivities.UserAadId},{AgendaScenario.SecondAad}",
        [SetupFields.CxLeads] = TestActivities.UserAadId,
        [SetupFields.Touchpoints] = "Onboarding",
    };

    private static async Task<JsonNode> SaveAsync(BotFixture bot, JsonObject form)
    {
        var response = await bot.Client.PostAsync(AgendaScenario.ChannelExecute(bot.ServiceUrl, CardVerbs.SetupSave, (JsonObject)form.DeepClone()));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Every string and property name in the card, unescaped (the JSON text escapes apostrophes).</summary>
    private static string Text(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => p.Key + "\n" + Text(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Text)),
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => "",
    };
}
