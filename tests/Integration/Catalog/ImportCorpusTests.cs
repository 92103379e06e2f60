using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Metrics;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Catalog;

public sealed class ImportCorpusTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task EveryBadFile_IsRejectedWithItsLineAndLeavesTheDatabaseUnchanged(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using (var db = database.Context(CatalogCorpus.Tenant))
        {
            await CatalogCorpus.LoadFixtureAsync(db);
        }
        var before = await CatalogDump.DumpAsync(database);
        var mismatches = new List<string>();
        var badFiles = CatalogCorpus.BadFiles().ToList();
        foreach (var (file, kind, expected) in badFiles)
        {
            await using var db = database.Context(CatalogCorpus.Tenant);
            var result = await CatalogCorpus.ImportFileAsync(db, kind, Path.Combine(CatalogCorpus.Directory, "bad", file));
            if (result.Succeeded || result.Errors[0] != expected)
            {
                mismatches.Add($"{file}: expected '{expected}', got '{string.Join(" | ", result.Errors)}'");
            }
            if (await CatalogDump.DumpAsync(database) != before)
            {
                mismatches.Add($"{file}: the database changed");
            }
        }
        Assert.True(badFiles.Count >= 25, "the corpus lost files");
        Assert.Empty(mismatches);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task BomCrlfQuotedNewlineAndExtraColumn_ImportWithAWarning(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);

        var result = await CatalogCorpus.ImportFileAsync(db, ImportKind.Observations,
            Path.Combine(CatalogCorpus.Directory, "good", "observations.bom-crlf-extra.csv"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((2L, 2L, 0L, 0L), (result.Rows, result.Inserted, result.Updated, result.Unchanged));
        Assert.Equal("line 1: column 'source' is not used and was ignored", Assert.Single(result.Warnings));
        var support = await db.Set<Touchpoint>().SingleAsync(t => t.Name == "Support chat");
        var cesId = (await db.Set<Metric>().SingleAsync(m => m.Name == "CES")).Id;
        var ces = await db.Set<Observation>().SingleAsync(o => o.TouchpointId == support.Id && o.MetricId == cesId && o.PeriodEnd == new DateOnly(2026, 11, 22));
        Assert.Equal(3.1, ces.Value);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task QuotedCommasQuotesAndNewlines_AreKeptInText(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);

        var result = await CatalogCorpus.ImportFileAsync(db, ImportKind.Touchpoints,
            Path.Combine(CatalogCorpus.Directory, "good", "touchpoints.quoted.csv"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var billing = await db.Set<Touchpoint>().SingleAsync();
        Assert.Equal("Billing, invoices", billing.Name);
        Assert.Equal("Sends the \"final\" notice,\nthen calls", billing.Description);
        Assert.Null(billing.OwnerAadId);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ManyBadRows_ListTheFirstTwentyAndStop(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);
        var rows = Enumerable.Range(0, 30).Select(i => $"2026-12-{i % 28 + 1:00},Onboarding,CSAT,bad{i}");

        var result = await CatalogCorpus.ImportTextAsync(db, ImportKind.Observations, "period_end,touchpoint,metric,value\n" + string.Join('\n', rows));

        Assert.Equal(ImportErrors.Max, result.Errors.Count);
        Assert.Equal("line 2: 'value' must be a number like 1234.5, not 'bad0'", result.Errors[0]);
        Assert.Equal("line 21: 'value' must be a number like 1234.5, not 'bad19'", result.Errors[^1]);
    }
}
