using CxReviewBot.Metrics;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Catalog;

/// <summary>The observations table's physical shape, which the import's and the agenda's speed depend on.</summary>
public sealed class ObservationTableTests
{
    [Fact]
    public async Task OnSqlite_TheTableIsClusteredOnItsKeyWithNoOtherIndex()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var db = database.Context(null);

        var create = await db.Database.SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE name = 'observations'").SingleAsync();
        var indexes = await db.Database.SqlQueryRaw<string>(
            "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations'").ToListAsync();

        Assert.EndsWith("WITHOUT ROWID", create.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("PRIMARY KEY (\"MetricId\", \"TouchpointId\", \"PeriodEnd\")", create, StringComparison.Ordinal);
        Assert.Empty(indexes); // the key is the table itself
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TheSameKeyTwice_IsRefusedByTheStore(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        var metric = new Metric { Name = "CSAT", Unit = MetricUnit.Score };
        db.Add(metric);
        await db.SaveChangesAsync();
        var day = new DateOnly(2026, 11, 22);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO observations ("MetricId", "TouchpointId", "PeriodEnd", "Value", "TenantId") VALUES ({metric.Id}, {Observation.BusinessWide}, {day}, {4.1}, {CatalogCorpus.Tenant})""");

        // Business-wide rows share touchpoint 0, so the key holds for them too (a null would not be unique on SQLite).
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync(
            $"""INSERT INTO observations ("MetricId", "TouchpointId", "PeriodEnd", "Value", "TenantId") VALUES ({metric.Id}, {Observation.BusinessWide}, {day}, {4.2}, {CatalogCorpus.Tenant})"""));
    }
}
