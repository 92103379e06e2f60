using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Metrics;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Catalog;

public sealed class TenantIsolationTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    [Theory, OnSqlite, OnPostgres]
    public async Task AnotherTenant_SeesNoneOfTheRows(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using (var a = database.Context(CatalogCorpus.Tenant))
        {
            await CatalogCorpus.LoadFixtureAsync(a);
        }
        await using var b = database.Context(CatalogCorpus.OtherTenant);

        Assert.Equal(0, await b.Set<Touchpoint>().CountAsync() + await b.Set<Metric>().CountAsync() + await b.Set<Observation>().CountAsync()
            + await b.Set<CustomerAccount>().CountAsync() + await b.Set<SurveyResponse>().CountAsync());
        Assert.Empty(await ReviewPackQuery.RunAsync(b, AsOf, null, CancellationToken.None));
        Assert.Empty(await LinkageQuery.RunAsync(b, AsOf, CancellationToken.None));
        Assert.Empty(await OwnersQuery.RunAsync(b, AsOf, CancellationToken.None));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AnotherTenantsNames_AreUnknownToImports(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using (var a = database.Context(CatalogCorpus.Tenant))
        {
            await CatalogCorpus.LoadFixtureAsync(a);
        }
        await using var b = database.Context(CatalogCorpus.OtherTenant);

        var result = await CatalogCorpus.ImportTextAsync(b, ImportKind.Observations, "period_end,touchpoint,metric,value\n2026-11-22,Onboarding,CSAT,1\n");

        Assert.Equal("line 2: unknown touchpoint 'Onboarding' (import touchpoints first)", result.Errors[0]);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SameNamesInTwoTenants_AreSeparateRows(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using (var a = database.Context(CatalogCorpus.Tenant))
        {
            await CatalogCorpus.LoadFixtureAsync(a);
        }
        var before = await CatalogDump.DumpAsync(database);
        await using (var b = database.Context(CatalogCorpus.OtherTenant))
        {
            await CatalogCorpus.LoadFixtureAsync(b);
            var changed = await CatalogCorpus.ImportTextAsync(b, ImportKind.Observations, "period_end,touchpoint,metric,value\n2026-11-22,*,Revenue,1\n2026-11-22,Onboarding,CSAT,1\n");
            Assert.Equal((0L, 2L), (changed.Inserted, changed.Updated));
        }
        await using var check = database.Context(CatalogCorpus.Tenant);
        var pack = await ReviewPackQuery.RunAsync(check, AsOf, null, CancellationToken.None);
        Assert.Equal([1250, 3.7, 2.7, 35], pack.Select(r => r.Value));
        Assert.Equal(RowsOf(before, CatalogCorpus.Tenant), RowsOf(await CatalogDump.DumpAsync(database), CatalogCorpus.Tenant));
    }

    private static string[] RowsOf(string dump, string tenant) =>
        dump.Split('\n').Where(line => line.Contains($"|{tenant}|", StringComparison.Ordinal)).ToArray();
}
