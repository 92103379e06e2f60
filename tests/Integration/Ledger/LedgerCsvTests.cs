using System.Globalization;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Features.Ledger;
using CxReviewBot.IntegrationTests.Catalog;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Ledger;

/// <summary>
/// `report --section decisions|decision_changes` against hand-computed rows. As of 25 Nov 2026: business-wide
/// Revenue's latest value is 1250 (22 Nov), Onboarding CSAT's 3.7 (22 Nov; the 29 Nov value is after the date).
/// </summary>
public sealed class LedgerCsvTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);

    [Theory, OnSqlite, OnPostgres]
    public async Task DecisionsSection_MatchesHandComputedRows(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        var (review, ids) = await SeedAsync(db);

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        await LedgerCsv.WriteAsync(output, db, review, AsOf, CancellationToken.None);

        Assert.Equal(ExpectedDecisions, output.ToString());
        Assert.NotEmpty(ids);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task DecisionChangesSection_IsTheWholeTrailUpToTheDate(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        var (review, ids) = await SeedAsync(db);

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        await LedgerChangesCsv.WriteAsync(output, db, review, AsOf, CancellationToken.None);

        Assert.Equal(
            LedgerChangesCsv.Header + "\n"
            + $"WBR,{ids[0]},2026-11-02T15:00:00Z,Avery Owner,recorded,,,\"Upsell, with a comma\"\n"
            + $"WBR,{ids[1]},2026-11-10T03:00:00Z,Avery Owner,recorded,,,Shorter kick-off\n"
            + $"WBR,{ids[1]},2026-11-12T08:00:00Z,Ada Lovelace,edited,DueDate,2026-11-28,2026-12-01\n",
            output.ToString());
    }

    [Fact]
    public async Task ReportVerb_PrintsTheDecisionsSection()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using (var db = database.Context(CatalogCorpus.Tenant))
        {
            await SeedAsync(db);
        }

        var run = await BotExecutable.RunAsync(BotExecutable.For(database, CatalogCorpus.Tenant),
            "report", "--section", "decisions", "--review", "WBR", "--as-of", "2026-11-25", "--format", "csv");

        Assert.Equal((0, "", ExpectedDecisions), (run.ExitCode, run.Stderr, run.Stdout));
    }

    private static string ExpectedDecisions =>
        LedgerCsv.Header + "\n"
        + "WBR,2026-11-02,\"Upsell, with a comma\",Grace Hopper,2026-11-20,overdue,,Revenue,900,200,2026-11-23,1250,moved_as_expected\n"
        // Recorded 03:00Z on 10 Nov is 22:00 on 9 Nov in New York: decided_on is the review's local date.
        + "WBR,2026-11-09,Shorter kick-off,Ada Lovelace,2026-12-01,done,Onboarding,CSAT,4,0.3,2026-12-15,3.7,\n";

    private static async Task<(Review Review, List<long> Ids)> SeedAsync(CxDbContext db)
    {
        await CatalogCorpus.LoadFixtureAsync(db);
        var review = await LedgerScenario.AddReviewAsync(db, "WBR", "19:wbr@thread.tacv2");
        var other = await LedgerScenario.AddReviewAsync(db, "Other", "19:other@thread.tacv2");
        var upsell = await LedgerScenario.AddAsync(db, review.Id, new("Upsell, with a comma", "Grace Hopper", new(2026, 11, 20), new(2026, 11, 2, 15, 0, 0, DateTimeKind.Utc))
        {
            Metric = "Revenue",
            Baseline = 900,
            ExpectedChange = 200,
            ExpectedBy = new(2026, 11, 23),
            Outcome = MoveOutcome.MovedAsExpected,
        });
        var kickoff = await LedgerScenario.AddAsync(db, review.Id, new("Shorter kick-off", "Ada Lovelace", new(2026, 12, 1), new(2026, 11, 10, 3, 0, 0, DateTimeKind.Utc))
        {
            Status = Features.Decisions.DecisionStatus.Done,
            Touchpoint = "Onboarding",
            Metric = "CSAT",
            Baseline = 4,
            ExpectedChange = 0.3,
            ExpectedBy = new(2026, 12, 15),
        });
        db.Add(new DecisionChange
        {
            DecisionId = kickoff,
            AtUtc = new(2026, 11, 12, 8, 0, 0, DateTimeKind.Utc),
            ByName = "Ada Lovelace",
            Kind = DecisionChangeKind.Edited,
            Field = "DueDate",
            OldValue = "2026-11-28",
            NewValue = "2026-12-01",
        });
        await db.SaveChangesAsync();
        await LedgerScenario.AddAsync(db, review.Id, new("After the date", "Grace Hopper", new(2026, 12, 1), new(2026, 11, 26, 15, 0, 0, DateTimeKind.Utc)));
        await LedgerScenario.AddAsync(db, other.Id, new("Other review's", "Grace Hopper", new(2026, 12, 1), new(2026, 11, 3, 15, 0, 0, DateTimeKind.Utc)));
        return (review, [upsell, kickoff]);
    }
}
