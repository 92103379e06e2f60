using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Metrics;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Catalog;

public sealed class UpsertTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task ReimportingTheSameFiles_CountsEverythingUnchangedAndWritesNothing(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using (var db = database.Context(CatalogCorpus.Tenant))
        {
            await CatalogCorpus.LoadFixtureAsync(db);
        }
        var before = await CatalogDump.DumpAsync(database);
        foreach (var kind in CatalogCorpus.Order)
        {
            await using var db = database.Context(CatalogCorpus.Tenant);
            var result = await CatalogCorpus.ImportFileAsync(db, kind, Path.Combine(CatalogCorpus.Directory, "fixture", $"{kind.Name()}.csv"));
            Assert.True(result.Succeeded);
            Assert.Equal((0L, 0L, result.Rows), (result.Inserted, result.Updated, result.Unchanged));
            Assert.True(result.Rows > 0);
        }
        Assert.Equal(before, await CatalogDump.DumpAsync(database));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ChangedNewAndSameObservations_AreUpdatedInsertedAndLeft(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);

        var result = await CatalogCorpus.ImportTextAsync(db, ImportKind.Observations, """
            period_end,touchpoint,metric,value
            2026-11-22,*,Revenue,1300
            2026-11-22,Onboarding,CSAT,3.7
            2026-11-29,,Revenue,1400
            2026-11-22,Support chat,NPS,36
            """);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((4L, 1L, 2L, 1L), (result.Rows, result.Inserted, result.Updated, result.Unchanged));
        var business = await db.Set<Observation>().Where(o => o.TouchpointId == Observation.BusinessWide).OrderBy(o => o.PeriodEnd).Select(o => o.Value).ToListAsync();
        Assert.Equal([900, 1300, 1400], business);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ChangedOwner_IsUpdatedInPlace(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);
        var id = (await db.Set<Touchpoint>().SingleAsync(t => t.Name == "Onboarding")).Id;

        var result = await CatalogCorpus.ImportTextAsync(db, ImportKind.Touchpoints, """
            touchpoint,function,owner_upn,owner_name
            Onboarding,onboarding,kenji@contoso.example,Kenji Watanabe
            """);

        Assert.Equal((0L, 1L, 0L), (result.Inserted, result.Updated, result.Unchanged));
        var onboarding = await db.Set<Touchpoint>().AsNoTracking().SingleAsync(t => t.Name == "Onboarding");
        Assert.Equal((id, "kenji@contoso.example", "Kenji Watanabe", null), (onboarding.Id, onboarding.OwnerUpn, onboarding.OwnerName, onboarding.OwnerAadId));
    }
}
