using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Features.Agenda;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.IntegrationTests.Agenda;

public sealed class AgendaPostTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AgendaInReviewChannel_PostsTheComposedCard_WithTheReportsNumbers(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        await AgendaScenario.SeedReviewAsync(bot.Host, bot.ServiceUrl, DateTime.UtcNow, "Onboarding");

        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "agenda"));

        var posted = (await bot.Connector.WaitForActivitiesAsync(1))[0];
        var (expected, rows, view) = await AgendaScenario.InScopeAsync(bot.Host, async (services, db) =>
        {
            var review = await db.Set<Review>().Include(r => r.Members).SingleAsync();
            var asOf = ReviewClock.Today(review, TimeProvider.System);
            var view = await services.GetRequiredService<AgendaComposer>().ComposeAsync(review, asOf, 1, CancellationToken.None);
            return (CardSerializer.ToJsonNode(AgendaCard.Build(view)), await ReviewPackQuery.RunAsync(db, asOf, review.TouchpointScope, CancellationToken.None), view);
        });
        Assert.True(JsonNode.DeepEquals(expected, posted.Card), posted.Card?.ToJsonString());
        await AgendaReportMatch.AssertEqualAsync(rows, view);
        Assert.Equal(["Onboarding"], view.Touchpoints.Select(t => t.Name));
        Assert.Equal([TestActivities.UserId], view.RefreshUserIds);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AgendaWithoutReview_CoversAllTouchpointsAndSuggestsSetup(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);

        await bot.Client.PostAsync(AgendaScenario.ChannelMessage(bot.ServiceUrl, "agenda"));

        var posted = (await bot.Connector.WaitForActivitiesAsync(1))[0];
        Assert.Equal(AgendaCommands.NoReviewNote, posted.Text);
        Assert.Equal($"\u26A0 {AgendaCommands.NoReviewNote}", posted.Card!["body"]![2]!["text"]!.GetValue<string>());
        var card = posted.Card!.ToJsonString();
        Assert.Contains("Onboarding", card, StringComparison.Ordinal);
        Assert.Contains("Support chat", card, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RefreshAndPage_AnswerWithTheCard(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        var reviewId = await AgendaScenario.SeedReviewAsync(bot.Host, bot.ServiceUrl, DateTime.UtcNow);

        foreach (var verb in new[] { CardVerbs.AgendaRefresh, CardVerbs.AgendaPage })
        {
            var data = new JsonObject { [CardDataKeys.ReviewId] = reviewId.ToString(System.Globalization.CultureInfo.InvariantCulture), [CardDataKeys.Page] = "1" };
            var response = await bot.Client.PostAsync(AgendaScenario.ChannelExecute(bot.ServiceUrl, verb, data));

            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
            Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
            Assert.Equal(CardVerbs.AgendaRefresh, body["value"]!["refresh"]!["action"]!["verb"]!.GetValue<string>());
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RefreshOfLatePostedAgenda_KeepsTheNote_OnlyForThatOccurrence(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);
        var reviewId = await AgendaScenario.SeedReviewAsync(bot.Host, bot.ServiceUrl, DateTime.UtcNow);
        await AgendaScenario.InScopeAsync(bot.Host, async (_, db) =>
        {
            db.Add(new AgendaOccurrence
            {
                ReviewId = reviewId,
                OccurrenceUtc = new DateTime(2026, 11, 9, 14, 0, 0, DateTimeKind.Utc),
                PostAtUtc = new DateTime(2026, 11, 8, 14, 0, 0, DateTimeKind.Utc),
                ClaimedAtUtc = new DateTime(2026, 11, 10, 12, 0, 0, DateTimeKind.Utc),
                ClaimedBy = "test",
                PostedLate = true,
                OutboxKey = "agenda:late",
            });
            return await db.SaveChangesAsync();
        });

        var late = await RefreshAsync(bot, reviewId, "2026-11-09T14:00:00Z");
        var other = await RefreshAsync(bot, reviewId, "2026-11-16T14:00:00Z");

        var note = late["body"]![2]!;
        Assert.Equal("attention", note["color"]!.GetValue<string>());
        Assert.StartsWith("\u26A0 Posted late: this agenda was due Sun 8 Nov 09:00 (America/New\\_York)", note["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("2026-11-09T14:00:00Z", late["refresh"]!["action"]!["data"]![CardDataKeys.Occurrence]!.GetValue<string>());
        Assert.DoesNotContain("Posted late", other.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<JsonNode> RefreshAsync(BotFixture bot, long reviewId, string occurrence)
    {
        var data = new JsonObject
        {
            [CardDataKeys.ReviewId] = reviewId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [CardDataKeys.Page] = "1",
            [CardDataKeys.Occurrence] = occurrence,
        };
        var response = await bot.Client.PostAsync(AgendaScenario.ChannelExecute(bot.ServiceUrl, CardVerbs.AgendaRefresh, data));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RefreshOfDeletedReview_IsABadRequest(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);

        var response = await bot.Client.PostAsync(AgendaScenario.ChannelExecute(bot.ServiceUrl, CardVerbs.AgendaRefresh, new JsonObject { [CardDataKeys.ReviewId] = "999" }));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ComposedAsOfFixtureDate_HasTrendDecisionAndLinkage(string provider)
    {
        await using var bot = await AgendaScenario.StartAsync(provider);

        var view = await AgendaScenario.InScopeAsync(bot.Host, (services, _) => services.GetRequiredService<AgendaComposer>().ComposeAsync(null, new DateOnly(2026, 11, 22), 1, CancellationToken.None));

        var csat = Assert.Single(view.Touchpoints.Single(t => t.Name == "Onboarding").ExperienceMetrics);
        Assert.Equal([4.5, 4.0, 3.7], csat.Trend);
        Assert.Equal("Open a fix sprint", csat.DecisionIfCrossed);
        // Detractors A1 (renewed) and A7 (open, renews 1 Dec, $7000); promoters A4, A5 (open) and A6 (renewed).
        Assert.Equal("sofia@contoso.example", view.Touchpoints.Single(t => t.Name == "Onboarding").OwnerName);
        Assert.Equal("NPS detractors here: $7000 ARR renewing in 90 days; renewal 100% vs 100% for promoters", view.Touchpoints.Single(t => t.Name == "Support chat").LinkageInsight);
        Assert.Equal(["Revenue"], view.Headline.Select(h => h.Name));
    }
}
