using CxReviewBot.Features.Catalog.Reporting;
using CxReviewBot.Metrics;
using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Catalog;

/// <summary>The review pack of corpus/fixture, against numbers worked out by hand.</summary>
public sealed class ReviewPackTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AsOfLatestPeriod_MatchesHandComputedPack(string provider)
    {
        // Onboarding CSAT: 3.7 after 4.0 (the 11-15 period is missing, so "previous" is 11-08); the 11-29 value is
        // after the as-of date. Support chat CES has one period: no previous, no change. NPS has no target or
        // threshold: no vs_target, no status.
        var csv = await PackAsync(provider, new DateOnly(2026, 11, 22));

        Assert.Equal("""
            touchpoint,owner,metric,kind,unit,period_end,value,previous_value,change,target,vs_target,status
            *,,Revenue,commercial,currency,2026-11-22,1250,900,350,1000,250,on_track
            Onboarding,sofia@contoso.example,CSAT,experience,score,2026-11-22,3.7,4,-0.3,4.2,-0.5,decision_needed
            Support chat,hannah@contoso.example,CES,experience,score,2026-11-15,2.7,,,2.5,0.2,off_target
            Support chat,hannah@contoso.example,NPS,experience,score,2026-11-22,35,,,,,

            """, csv);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AsOfEarlierDate_IgnoresLaterObservations(string provider)
    {
        var csv = await PackAsync(provider, new DateOnly(2026, 11, 10));

        Assert.Equal("""
            touchpoint,owner,metric,kind,unit,period_end,value,previous_value,change,target,vs_target,status
            Onboarding,sofia@contoso.example,CSAT,experience,score,2026-11-08,4,4.5,-0.5,4.2,-0.2,off_target

            """, csv);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task OwnersQuery_GivesHeadlineAndReachability(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);

        var owners = await OwnersQuery.RunAsync(db, new DateOnly(2026, 11, 29), CancellationToken.None);

        Assert.Collection(owners,
            o => Assert.Equal(("Onboarding", "CSAT", 4.9, MetricStatus.OnTrack, false), (o.Touchpoint, o.HeadlineMetric, o.HeadlineValue, o.HeadlineStatus, o.OwnerUnreachable)),
            o => Assert.Equal(("Support chat", "NPS", 35.0, (MetricStatus?)null, true), (o.Touchpoint, o.HeadlineMetric, o.HeadlineValue, o.HeadlineStatus, o.OwnerUnreachable)));
    }

    private static async Task<string> PackAsync(string provider, DateOnly asOf)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);
        var rows = await ReviewPackQuery.RunAsync(db, asOf, null, CancellationToken.None);
        var output = new StringWriter();
        await ReviewPackCsv.WriteAsync(output, rows, CancellationToken.None);
        return output.ToString();
    }
}
