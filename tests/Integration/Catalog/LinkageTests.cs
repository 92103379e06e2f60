using CxReviewBot.Features.Catalog.Reporting;
using CxReviewBot.Metrics;
using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Catalog;

/// <summary>
/// corpus/fixture puts accounts on every band edge (NPS 6/7, 8/9, 10; CSAT 2/3, 3/4, 5) and the 90-day window
/// edges (renewal on the as-of date: out; as-of + 90: in; + 91: out). A6's and A7's latest responses decide.
/// </summary>
public sealed class LinkageTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task FixtureLinkage_MatchesHandComputedBands(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);

        var rows = await LinkageQuery.RunAsync(db, new DateOnly(2026, 11, 22), CancellationToken.None);
        var output = new StringWriter();
        await LinkageCsv.WriteAsync(output, rows, CancellationToken.None);

        Assert.Equal("""
            touchpoint,metric,band,accounts,arr,decided_accounts,renewed_accounts,renewal_rate,churned_arr,arr_renewing_90d
            Onboarding,CSAT,satisfied,2,7000,0,0,,0,3000
            Onboarding,CSAT,neutral,1,2000,1,0,0,2000,0
            Onboarding,CSAT,dissatisfied,2,9000,2,1,50,8000,0
            Support chat,NPS,promoter,3,15000,1,1,100,0,0
            Support chat,NPS,passive,2,5000,1,0,0,2000,3000
            Support chat,NPS,detractor,2,8000,1,1,100,0,7000

            """, output.ToString());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task LaterAsOf_UsesTheNewerResponse(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);

        var rows = await LinkageQuery.RunAsync(db, new DateOnly(2026, 12, 1), CancellationToken.None);

        var promoters = rows.Single(r => r.Touchpoint == "Support chat" && r.Band == "promoter");
        var detractors = rows.Single(r => r.Touchpoint == "Support chat" && r.Band == "detractor");
        Assert.Equal((4, 22000.0), (promoters.Accounts, promoters.Arr));
        Assert.Equal((1, 1000.0), (detractors.Accounts, detractors.Arr));
    }
}
