using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Features.Minutes;
using CxReviewBot.IntegrationTests.Agenda;
using CxReviewBot.IntegrationTests.Catalog;
using CxReviewBot.IntegrationTests.Foundation;
using CxReviewBot.IntegrationTests.Ledger;
using CxReviewBot.Outbox;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Minutes;

/// <summary>
/// Minutes after the meeting, on two hosts sharing one SQLite file. The review meets Mondays 09:00 New York time for
/// 60 minutes: the 23 Nov 2026 meeting runs 14:00Z–15:00Z; its agenda was posted Sunday 22 Nov 14:00Z.
/// </summary>
public sealed class MinutesSchedulerTests : IAsyncDisposable
{
    private static readonly DateTime Meeting = new(2026, 11, 23, 14, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime AgendaPosted = new(2026, 11, 22, 14, 0, 0, DateTimeKind.Utc);

    private readonly string _database = BotHost.NewDatabasePath();
    private readonly List<BotHost> _hosts = [];
    private FakeConnector? _connector;

    [Fact]
    public async Task AfterTheMeetingEnds_MinutesArePostedOnce_WithThatMeetingsDecisionsAndDeferredItems()
    {
        var first = await StartHostAsync();
        var second = await StartHostAsync();
        var reviewId = await AgendaScenario.SeedReviewAsync(first, _connector!.ServiceUrl, new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));
        await first.WithDbAsync(TestActivities.TenantId, async db =>
        {
            db.Add(new AgendaOccurrence { ReviewId = reviewId, OccurrenceUtc = Meeting, PostAtUtc = AgendaPosted, ClaimedAtUtc = AgendaPosted, ClaimedBy = "test", OutboxKey = "agenda:x" });
            await db.SaveChangesAsync();
            var due = new DateOnly(2026, 12, 7);
            await LedgerScenario.AddAsync(db, reviewId, new("Hire two chat agents", "Grace Hopper", due, Meeting.AddMinutes(20)) { Metric = "NPS", ExpectedChange = 5, ExpectedBy = new(2026, 12, 31) });
            await LedgerScenario.AddAsync(db, reviewId, new("Recorded the week before", "Grace Hopper", due, AgendaPosted.AddHours(-1)));
            await LedgerScenario.AddAsync(db, reviewId, new("Recorded then cancelled", "Grace Hopper", due, Meeting.AddMinutes(30)) { Status = Features.Decisions.DecisionStatus.Cancelled });
            await LedgerScenario.AddAsync(db, reviewId, new("Recorded after the meeting", "Grace Hopper", due, Meeting.AddMinutes(61)));
            return 0;
        });
        var time = new FakeTimeProvider(Meeting.AddMinutes(59));

        Assert.Equal(0, await Scheduler(first, time).RunOnceAsync(CancellationToken.None));
        time.SetUtcNow(Meeting.AddHours(1).AddSeconds(5));
        var claims = await Task.WhenAll(Scheduler(first, time).RunOnceAsync(CancellationToken.None), Scheduler(second, time).RunOnceAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromHours(3));
        var later = await Scheduler(second, time).RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 0), (claims.Sum(), later));
        var posted = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        await Task.Delay(300);
        Assert.Single(_connector.Activities);
        var occurrence = Assert.Single(await first.WithDbAsync(TestActivities.TenantId, db => db.Set<MinutesOccurrence>().AsNoTracking().ToListAsync()));
        Assert.Equal((reviewId, Meeting), (occurrence.ReviewId, occurrence.OccurrenceUtc));
        Assert.Equal(1, await first.WithDbAsync(TestActivities.TenantId, db => db.Set<OutboxMessage>().CountAsync(m => m.IdempotencyKey.StartsWith("minutes:"))));

        var runs = Runs(posted.Card!);
        Assert.Contains("Hire two chat agents", runs);
        Assert.Contains("Grace Hopper \u00B7 due 2026-12-07 \u00B7 ", runs);
        Assert.Contains("Targets NPS \u00B7 expected +5 by 2026-12-31 \u00B7 decided 2026-11-23", runs);
        Assert.DoesNotContain(runs, r => r.StartsWith("Recorded", StringComparison.Ordinal));
        // Onboarding's CSAT (3.7 on 22 Nov) crossed its 3.8 threshold on the agenda and no decision targeted it.
        Assert.Contains("Onboarding", runs);
        Assert.Contains(" \u2014 suggested: Open a fix sprint", runs);
        var expected = await first.WithScopeAsync(TestActivities.TenantId, async services =>
        {
            var review = await services.GetRequiredService<Data.CxDbContext>().Set<Review>().Include(r => r.Members).SingleAsync();
            return CardSerializer.ToJsonNode(MinutesCard.Build(await services.GetRequiredService<MinutesComposer>().ComposeAsync(review, Meeting, CancellationToken.None)));
        });
        Assert.True(JsonNode.DeepEquals(expected, posted.Card), posted.Card!.ToJsonString());
    }

    [Fact]
    public async Task ALongerMeeting_GetsItsMinutesOnlyOnceItsSetLengthHasPassed()
    {
        var host = await StartHostAsync();
        var reviewId = await AgendaScenario.SeedReviewAsync(host, _connector!.ServiceUrl, new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));
        await host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            (await db.Set<Review>().SingleAsync(r => r.Id == reviewId)).MeetingMinutes = 90;
            db.Add(new AgendaOccurrence { ReviewId = reviewId, OccurrenceUtc = Meeting, PostAtUtc = AgendaPosted, ClaimedAtUtc = AgendaPosted, ClaimedBy = "test", OutboxKey = "agenda:x" });
            return await db.SaveChangesAsync();
        });
        var time = new FakeTimeProvider(Meeting.AddMinutes(61));

        Assert.Equal(0, await Scheduler(host, time).RunOnceAsync(CancellationToken.None));
        time.SetUtcNow(Meeting.AddMinutes(89));
        Assert.Equal(0, await Scheduler(host, time).RunOnceAsync(CancellationToken.None));
        time.SetUtcNow(Meeting.AddMinutes(90).AddSeconds(5));
        Assert.Equal(1, await Scheduler(host, time).RunOnceAsync(CancellationToken.None));

        var occurrence = Assert.Single(await host.WithDbAsync(TestActivities.TenantId, db => db.Set<MinutesOccurrence>().AsNoTracking().ToListAsync()));
        Assert.Equal(Meeting, occurrence.OccurrenceUtc);
        var posted = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        Assert.Contains(Runs(posted.Card!).Concat(Texts(posted.Card!)), t => t.Contains("09:00\u201310:30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAPostedAgenda_NoMinutesAreSent()
    {
        var host = await StartHostAsync();
        await AgendaScenario.SeedReviewAsync(host, _connector!.ServiceUrl, new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));
        var time = new FakeTimeProvider(Meeting.AddHours(2));

        Assert.Equal(0, await Scheduler(host, time).RunOnceAsync(CancellationToken.None));
        Assert.Empty(await host.WithDbAsync(TestActivities.TenantId, db => db.Set<MinutesOccurrence>().ToListAsync()));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }
        BotFixture.DeleteDatabase(_database);
    }

    private async Task<BotHost> StartHostAsync()
    {
        var load = _hosts.Count == 0;
        _connector ??= await FakeConnector.StartAsync();
        var host = new BotHost(_connector, null, _database, new Dictionary<string, string?> { ["Agenda:SchedulerEnabled"] = "false", ["Ledger:SchedulerEnabled"] = "false" });
        _hosts.Add(host);
        if (load)
        {
            await host.WithDbAsync(TestActivities.TenantId, async db =>
            {
                await CatalogCorpus.LoadFixtureAsync(db);
                return 0;
            });
        }
        return host;
    }

    private static MinutesScheduler Scheduler(BotHost host, TimeProvider time) =>
        new(host.Services.GetRequiredService<IServiceScopeFactory>(), time, Options.Create(new MinutesOptions()), NullLogger<MinutesScheduler>.Instance);

    private static List<string> Texts(JsonNode card) => [.. Descendants(card).Where(o => (string?)o["type"] == "TextBlock").Select(o => (string)o["text"]!)];

    private static List<string> Runs(JsonNode card) => [.. Descendants(card).Where(o => (string?)o["type"] == "TextRun").Select(o => (string)o["text"]!)];

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Descendants(p.Value))),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };
}
