using System.Globalization;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Features.Ledger;
using CxReviewBot.Features.Minutes;
using CxReviewBot.IntegrationTests.Agenda;
using CxReviewBot.IntegrationTests.Decisions;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.Outbox;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Ledger;

/// <summary>`decisions`, its filters, `minutes`, `help` roles and the member checks, through the real /api/messages.</summary>
public sealed class LedgerCommandTests
{
    /// <summary>Today where the review meets: overdue days are counted there, and from midnight to 05:00 UTC New York is still on the day before.</summary>
    private static DateOnly Today => DecisionScenario.Today;

    private static readonly string[] Known = ["Wrong way", "Done one", "Open future", "Open overdue", "Another review's"];

    [Fact]
    public async Task Decisions_InReviewChannel_ListNewestFirst_AndFilterThroughInvokes()
    {
        await using var bot = await StartAsync();
        var reviewId = await SeedAsync(bot);

        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "decisions"));
        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Card!;

        Assert.Equal(["Wrong way", "Done one", "Open future", "Open overdue"], Shown(card));
        Assert.Contains("Open, 10 days overdue", Runs(card));
        // Edit and Cancel on the three open decisions only (the recording feature answers them); Details on all four.
        Assert.Equal((3, 3, 4), (Verbs(card).Count(v => v == CardVerbs.DecisionEdit), Verbs(card).Count(v => v == CardVerbs.DecisionCancel), Verbs(card).Count(v => v == CardVerbs.DecisionShow)));
        Assert.Equal(["Open overdue"], Shown(await FilterAsync(bot, reviewId, (LedgerInputs.Status, "overdue"))));
        Assert.Equal(["Wrong way", "Done one"], Shown(await FilterAsync(bot, reviewId, (LedgerInputs.DidNotMove, "true"))));
        Assert.Equal(["Open future"], Shown(await FilterAsync(bot, reviewId, (LedgerInputs.Owner, "Ada Lovelace"))));
        Assert.Equal(["Wrong way", "Open future"], Shown(await FilterAsync(bot, reviewId, (LedgerInputs.Status, "open"), (LedgerInputs.Touchpoint, "Onboarding"))));
        Assert.Equal(["Done one"], Shown(await FilterAsync(bot, reviewId, (LedgerInputs.Status, "done"), (LedgerInputs.Touchpoint, LedgerInputs.Any))));

        // The ledger's Cancel button, as sent, cancels through the recording feature's verb; the ledger then lists it as cancelled.
        var cancel = Descendants(card).Last(o => (string?)o["verb"] == CardVerbs.DecisionCancel);
        var cancelled = await InvokeAsync(bot, CardVerbs.DecisionCancel, cancel["data"]!.DeepClone().AsObject());
        Assert.Equal(200, cancelled["statusCode"]!.GetValue<int>());
        Assert.Equal(["Open overdue"], Shown(await FilterAsync(bot, reviewId, (LedgerInputs.Status, "cancelled"))));
    }

    [Fact]
    public async Task Decisions_InPersonalChat_ListEveryReviewTheUserIsMemberOf()
    {
        await using var bot = await StartAsync();
        await SeedAsync(bot);

        await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "decisions"));

        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Card!;
        Assert.Equal("Decisions of your reviews", (string?)card["body"]![0]!["text"]);
        Assert.Equal(["Wrong way", "Done one", "Open future", "Open overdue"], Shown(card));
        Assert.Contains(Runs(card), r => r.StartsWith("WBR \u00B7 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NonMember_IsRefusedEverywhere_WithWhoMayDoIt()
    {
        await using var bot = await StartAsync();
        var reviewId = await SeedAsync(bot);
        await bot.Host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            var member = await db.Set<ReviewMember>().SingleAsync(m => m.ReviewId == reviewId);
            member.TeamsUserId = "29:someone-else";
            member.AadObjectId = null;
            member.Name = "Casey Lead";
            return await db.SaveChangesAsync();
        });

        foreach (var command in new[] { "decisions", "minutes", "agenda" })
        {
            await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, command));
        }
        var notices = (await bot.Connector.WaitForActivitiesAsync(3)).Select(a => string.Join("\n", Texts(a.Card!))).ToList();
        var filter = await InvokeAsync(bot, CardVerbs.DecisionsFilter, new JsonObject { [CardDataKeys.ReviewId] = Id(reviewId) });
        var page = await InvokeAsync(bot, CardVerbs.AgendaPage, new JsonObject { [CardDataKeys.ReviewId] = Id(reviewId), [CardDataKeys.Page] = "1" });

        Assert.Contains(notices, n => n.Contains(LedgerCommands.NotAllowedTitle, StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains(MinutesCommands.NotAllowedTitle, StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains(AgendaCommands.NotAllowedTitle, StringComparison.Ordinal));
        Assert.All(notices, n => Assert.Contains("Ask Casey Lead (CX lead) to add you in 'setup'.", n, StringComparison.Ordinal));
        Assert.Equal((403, 403), (filter["statusCode"]!.GetValue<int>(), page["statusCode"]!.GetValue<int>()));
        Assert.Contains("Only members of the review 'WBR' can see its agenda.", page["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.Host.WithDbAsync(TestActivities.TenantId, db => db.Set<OutboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task Help_ShowsTheUsersRolesInThisReview()
    {
        await using var bot = await StartAsync();
        await SeedAsync(bot);

        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "help"));
        await bot.Client.PostAsync(TestActivities.Message(bot.ServiceUrl, "help"));

        var cards = (await bot.Connector.WaitForActivitiesAsync(2)).Select(a => Runs(a.Card!)).ToList();
        Assert.Contains(cards, runs => runs.Contains("Your roles in the review 'WBR': member, CX lead, admin, owner of Onboarding."));
        Assert.Contains(cards, runs => runs.Any(r => r.StartsWith("This is a 1:1 chat", StringComparison.Ordinal) && r.EndsWith("You own Onboarding.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Minutes_OnDemand_ShowTheLastEndedMeeting()
    {
        await using var bot = await StartAsync();
        var reviewId = await SeedAsync(bot);
        var occurrence = await bot.Host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            var review = await db.Set<Review>().SingleAsync(r => r.Id == reviewId);
            review.CreatedAtUtc = DateTime.UtcNow.AddDays(-30);
            await db.SaveChangesAsync();
            var start = MinutesComposer.LastEnded(review, DateTime.UtcNow);
            await LedgerScenario.AddAsync(db, reviewId, new LedgerScenario.Spec("Decided in the meeting", "Grace Hopper", Today.AddDays(14), start.AddMinutes(20)));
            return start;
        });

        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "minutes"));

        var card = (await bot.Connector.WaitForActivitiesAsync(1))[0].Card!;
        Assert.Equal(["Decided in the meeting"], Runs(card).Where(r => r.StartsWith("Decided", StringComparison.Ordinal)));
        Assert.Contains(CardText.EscapeMarkdown(MinutesComposer.MeetingText(await ReviewAsync(bot, reviewId), occurrence, occurrence.AddHours(1))), Texts(card));
    }

    private static Task<BotFixture> StartAsync() =>
        AgendaScenario.StartAsync();

    /// <summary>The WBR review (the user is a member, CX lead and admin and owns Onboarding) with four decisions, and another review with one.</summary>
    private static async Task<long> SeedAsync(BotFixture bot)
    {
        var reviewId = await AgendaScenario.SeedReviewAsync(bot.Host, bot.ServiceUrl, DateTime.UtcNow);
        await bot.Host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            var onboarding = await db.Set<Metrics.Touchpoint>().SingleAsync(t => t.Name == "Onboarding");
            onboarding.OwnerAadId = TestActivities.UserAadId;
            await db.SaveChangesAsync();
            var other = await LedgerScenario.AddReviewAsync(db, "Other", "19:other@thread.tacv2");
            var now = DateTime.UtcNow;
            await LedgerScenario.AddAsync(db, reviewId, new("Open overdue", "Grace Hopper", Today.AddDays(-10), now.AddHours(-4)));
            await LedgerScenario.AddAsync(db, reviewId, new("Open future", "Ada Lovelace", Today.AddDays(10), now.AddHours(-3)) { Touchpoint = "Onboarding", Metric = "CSAT" });
            await LedgerScenario.AddAsync(db, reviewId, new("Done one", "Grace Hopper", Today.AddDays(-5), now.AddHours(-2)) { Status = Features.Decisions.DecisionStatus.Done, Outcome = MoveOutcome.NoChange });
            await LedgerScenario.AddAsync(db, reviewId, new("Wrong way", "Grace Hopper", Today.AddDays(5), now.AddHours(-1)) { Touchpoint = "Onboarding", Outcome = MoveOutcome.MovedWrongWay });
            await LedgerScenario.AddAsync(db, other.Id, new("Another review's", "Grace Hopper", Today, now));
            return 0;
        });
        return reviewId;
    }

    private static async Task<JsonNode> FilterAsync(BotFixture bot, long reviewId, params (string Key, string Value)[] inputs)
    {
        var data = new JsonObject { [CardDataKeys.ReviewId] = Id(reviewId), [CardDataKeys.Page] = "1" };
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }
        var body = await InvokeAsync(bot, CardVerbs.DecisionsFilter, data);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        return body["value"]!;
    }

    private static async Task<JsonNode> InvokeAsync(BotFixture bot, string verb, JsonObject data)
    {
        var response = await bot.Client.PostAsync(AgendaScenario.ChannelExecute(bot.ServiceUrl, verb, data));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static Task<Review> ReviewAsync(BotFixture bot, long id) =>
        bot.Host.WithDbAsync(TestActivities.TenantId, db => db.Set<Review>().AsNoTracking().SingleAsync(r => r.Id == id));

    private static List<string> Shown(JsonNode card) => [.. Runs(card).Where(Known.Contains)];

    private static List<string> Runs(JsonNode card) => [.. Descendants(card).Where(o => (string?)o["type"] == "TextRun").Select(o => (string)o["text"]!)];

    private static List<string> Texts(JsonNode card) => [.. Descendants(card).Where(o => (string?)o["type"] == "TextBlock").Select(o => (string)o["text"]!)];

    private static List<string> Verbs(JsonNode card) => [.. Descendants(card).Where(o => (string?)o["type"] == "Action.Execute").Select(o => (string)o["verb"]!)];

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };
}
