using CxReviewBot.Cards.Agenda;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Features.Judge;
using CxReviewBot.IntegrationTests.Catalog;
using CxReviewBot.IntegrationTests.Ledger;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Judge;

/// <summary>
/// The "did it move?" judge on both providers with a fake clock, against the catalogue fixture: Onboarding CSAT is
/// 4.5, 4.0, 3.7 on 1, 8, 22 Nov (4.9 on 29 Nov); business-wide Revenue 900 then 1250 on 15 and 22 Nov; Support chat
/// NPS 35 on 22 Nov only. The clock stands at Thu 26 Nov 2026 12:00Z (07:00 in New York).
/// </summary>
public sealed class MoveJudgeTests
{
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly ByMonday = new(2026, 11, 23);
    private static readonly DateTime Recorded = new(2026, 11, 2, 15, 0, 0, DateTimeKind.Utc);

    [Theory, OnSqlite, OnPostgres]
    public async Task EachOutcome_IsJudgedOnce_WithAnAuditRow_AndShownOnTheAgenda(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var connector = await FakeConnector.StartAsync();
        await using var host = Host(connector, database);
        var ids = await host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            await CatalogCorpus.LoadFixtureAsync(db);
            var review = await LedgerScenario.AddReviewAsync(db, "WBR", TestActivities.ChannelConversationId);
            var spec = new LedgerScenario.Spec("", "Grace Hopper", ByMonday, Recorded) { ExpectedBy = ByMonday };
            return new Dictionary<string, long>
            {
                ["as expected"] = await LedgerScenario.AddAsync(db, review.Id, spec with { Text = "Upsell at renewal", Metric = "Revenue", Baseline = 900, BaselinePeriodEnd = new(2026, 11, 15), ExpectedChange = 200 }),
                ["wrong way"] = await LedgerScenario.AddAsync(db, review.Id, spec with { Text = "Shorter kick-off", Touchpoint = "Onboarding", Metric = "CSAT", Baseline = 4.0, BaselinePeriodEnd = new(2026, 11, 8), ExpectedChange = 0.3 }),
                ["no change"] = await LedgerScenario.AddAsync(db, review.Id, spec with { Text = "Welcome video", Touchpoint = "Onboarding", Metric = "CSAT", Baseline = 3.6, BaselinePeriodEnd = new(2026, 11, 15), ExpectedChange = 0.5 }),
                ["no data"] = await LedgerScenario.AddAsync(db, review.Id, spec with { Text = "Chat triage", Touchpoint = "Support chat", Metric = "NPS", Baseline = 35, BaselinePeriodEnd = new(2026, 11, 22), ExpectedChange = 3 }),
                ["not yet"] = await LedgerScenario.AddAsync(db, review.Id, spec with { Text = "Later", Metric = "Revenue", Baseline = 900, BaselinePeriodEnd = new(2026, 11, 15), ExpectedChange = 1, ExpectedBy = new(2026, 11, 26) }),
                ["cancelled"] = await LedgerScenario.AddAsync(db, review.Id, spec with { Text = "Dropped", Metric = "Revenue", Baseline = 900, BaselinePeriodEnd = new(2026, 11, 15), ExpectedChange = 1, Status = Features.Decisions.DecisionStatus.Cancelled }),
            };
        });
        var time = new FakeTimeProvider(Thursday);

        var written = await Task.WhenAll(Judge(host, time).RunOnceAsync(CancellationToken.None), Judge(host, time).RunOnceAsync(CancellationToken.None));
        var again = await Judge(host, time).RunOnceAsync(CancellationToken.None);

        Assert.Equal((4, 0), (written.Sum(), again));
        var decisions = await host.WithDbAsync(TestActivities.TenantId, db => db.Set<Decision>().AsNoTracking().ToDictionaryAsync(d => d.Id));
        Assert.Equal(MoveOutcome.MovedAsExpected, decisions[ids["as expected"]].Outcome);
        Assert.Equal((MoveOutcome.MovedWrongWay, 3.7, new DateOnly(2026, 11, 22)), (decisions[ids["wrong way"]].Outcome!.Value, decisions[ids["wrong way"]].OutcomeValue!.Value, decisions[ids["wrong way"]].OutcomePeriodEnd!.Value));
        Assert.Equal(MoveOutcome.NoChange, decisions[ids["no change"]].Outcome);
        Assert.Equal((MoveOutcome.NoData, (double?)null), (decisions[ids["no data"]].Outcome!.Value, decisions[ids["no data"]].OutcomeValue));
        Assert.Null(decisions[ids["not yet"]].Outcome);
        Assert.Null(decisions[ids["cancelled"]].Outcome);
        Assert.Equal(Thursday.UtcDateTime, decisions[ids["wrong way"]].OutcomeJudgedAtUtc);
        var judged = await host.WithDbAsync(TestActivities.TenantId, db => db.Set<DecisionChange>().AsNoTracking().Where(c => c.Kind == DecisionChangeKind.Judged).ToListAsync());
        Assert.Equal(4, judged.Count);
        Assert.Equal("MovedWrongWay: 3.7 for 2026-11-22 vs baseline 4", judged.Single(c => c.DecisionId == ids["wrong way"]).NewValue);

        // The agenda of the next meeting (30 Nov) shows what was judged since the last one (23 Nov).
        var view = await host.WithScopeAsync(TestActivities.TenantId, async services =>
        {
            var review = await services.GetRequiredService<Data.CxDbContext>().Set<Review>().Include(r => r.Members).SingleAsync();
            return await services.GetRequiredService<AgendaComposer>().ComposeAsync(review, new DateOnly(2026, 11, 29), 1, CancellationToken.None);
        });
        Assert.Equal(
            [("Chat triage", MoveOutcome.NoData), ("Shorter kick-off", MoveOutcome.MovedWrongWay), ("Upsell at renewal", MoveOutcome.MovedAsExpected), ("Welcome video", MoveOutcome.NoChange)],
            view.MoveResults.Select(r => (r.Decision, r.Outcome)).Order());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task NoData_IsRejudgedWhenALaterValueArrives_WithinTheGrace(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var connector = await FakeConnector.StartAsync();
        await using var host = Host(connector, database);
        var id = await host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            await CatalogCorpus.LoadFixtureAsync(db);
            var review = await LedgerScenario.AddReviewAsync(db, "WBR", TestActivities.ChannelConversationId);
            return await LedgerScenario.AddAsync(db, review.Id, new LedgerScenario.Spec("Chat triage", "Grace Hopper", ByMonday, Recorded)
            {
                Touchpoint = "Support chat",
                Metric = "NPS",
                Baseline = 35,
                BaselinePeriodEnd = new(2026, 11, 22),
                ExpectedChange = 3,
                ExpectedBy = ByMonday,
            });
        });
        var time = new FakeTimeProvider(Thursday);
        Assert.Equal(1, await Judge(host, time).RunOnceAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await Judge(host, time).RunOnceAsync(CancellationToken.None));

        await host.WithDbAsync(TestActivities.TenantId, async db =>
        {
            await CatalogCorpus.ImportTextAsync(db, Features.Catalog.Import.ImportKind.Observations, "period_end,touchpoint,metric,value\n2026-11-29,Support chat,NPS,36\n");
            return 0;
        });
        Assert.Equal(1, await Judge(host, time).RunOnceAsync(CancellationToken.None));

        var (decision, trail) = await host.WithDbAsync(TestActivities.TenantId, async db =>
            (await db.Set<Decision>().AsNoTracking().SingleAsync(d => d.Id == id), await db.Set<DecisionChange>().AsNoTracking().Where(c => c.DecisionId == id).OrderBy(c => c.Id).ToListAsync()));
        Assert.Equal((MoveOutcome.NoChange, 36.0), (decision.Outcome!.Value, decision.OutcomeValue!.Value));
        Assert.Equal([DecisionChangeKind.Recorded, DecisionChangeKind.Judged, DecisionChangeKind.Judged], trail.Select(c => c.Kind));
        Assert.Equal([null, null, "NoData"], trail.Select(c => c.OldValue));

        time.Advance(TimeSpan.FromDays(MoveRule.NoDataGraceDays));
        Assert.Equal(0, await Judge(host, time).RunOnceAsync(CancellationToken.None));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task OverdueActions_AreOpenPastDueOfTheReview_WorstFirst(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var connector = await FakeConnector.StartAsync();
        await using var host = Host(connector, database);
        var asOf = new DateOnly(2026, 11, 26);
        var overdue = await host.WithScopeAsync(TestActivities.TenantId, async services =>
        {
            var db = services.GetRequiredService<Data.CxDbContext>();
            var review = await LedgerScenario.AddReviewAsync(db, "WBR", TestActivities.ChannelConversationId);
            var other = await LedgerScenario.AddReviewAsync(db, "Other", "19:other@thread.tacv2");
            ActionItem Item(long reviewId, string title, DateOnly due, ActionItemStatus status = ActionItemStatus.Open) =>
                new() { ReviewId = reviewId, Title = title, OwnerName = "Grace Hopper", OwnerTeamsUserId = "29:g", DueDate = due, Status = status };
            db.AddRange(
                Item(review.Id, "One day late", new(2026, 11, 25)),
                Item(review.Id, "Six days late", new(2026, 11, 20)),
                Item(review.Id, "Due tomorrow", new(2026, 11, 27)),
                Item(review.Id, "Due today", asOf),
                Item(review.Id, "Done long ago", new(2026, 11, 1), ActionItemStatus.Done),
                Item(other.Id, "Another review's", new(2026, 11, 1)));
            await db.SaveChangesAsync();
            return await AgendaOverdueActions.ForAgendaAsync(db, review.Id, asOf, CancellationToken.None);
        });

        Assert.Equal([("Six days late", 6), ("One day late", 1)], overdue.Select(a => (a.Title, a.DaysOverdue)));
    }

    private static BotHost Host(FakeConnector connector, TestDatabase database)
    {
        var settings = new Dictionary<string, string?>(database.HostSettings)
        {
            ["Agenda:SchedulerEnabled"] = "false",
            ["Ledger:SchedulerEnabled"] = "false",
        };
        return new BotHost(connector, null, "", settings);
    }

    private static MoveJudge Judge(BotHost host, TimeProvider time) =>
        new(host.Services.GetRequiredService<IServiceScopeFactory>(), time, Options.Create(new JudgeOptions()), NullLogger<MoveJudge>.Instance);
}
