using System.Data.Common;
using System.Globalization;
using System.Text;
using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Catalog;

/// <summary>Files longer than the SQLite writer's 65,536-row chunk, so keys meet again across chunks.</summary>
public sealed class LargeObservationFileTests
{
    private const int Weeks = 6_000;
    private static readonly string[] Touchpoints = ["Onboarding", "Support chat", "*"];
    private static readonly string[] Metrics = ["CSAT", "CES", "NPS", "Revenue"];

    [Theory, OnSqlite, OnPostgres]
    public async Task KeysRepeatedFarApart_AreReportedWithTheirFirstLinesAndNothingIsWritten(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);
        var before = await CatalogDump.DumpAsync(database);
        var csv = new StringBuilder("period_end,touchpoint,metric,value\n");
        csv.Append("2026-11-01,Onboarding,CSAT,4.6\n"); // line 2: an existing observation
        var rows = Rows(csv, value: _ => 1); // lines 3 onwards: new observations
        csv.Append("2026-11-01,Onboarding,CSAT,4.7\n");
        csv.Append("1900-01-07,Onboarding,CSAT,2\n");

        var result = await CatalogCorpus.ImportTextAsync(db, ImportKind.Observations, csv.ToString());

        var last = rows + 3;
        Assert.Equal(
            [$"line {last}: duplicate observation: same period_end, touchpoint and metric as line 2",
             $"line {last + 1}: duplicate observation: same period_end, touchpoint and metric as line 3"],
            result.Errors);
        Assert.Equal(before, await CatalogDump.DumpAsync(database));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MoreRepeatsThanErrorsShown_ReportsTheFirstTwentyByLine(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);
        var before = await CatalogDump.DumpAsync(database);
        var csv = new StringBuilder("period_end,touchpoint,metric,value\n");
        var rows = Rows(csv, value: _ => 1);
        // Thirty rows repeating keys from the start of the file, in reverse, so key order is not line order.
        var repeats = csv.ToString().Split('\n')[1..31].Reverse().ToList();
        foreach (var repeat in repeats)
        {
            csv.Append(repeat).Append('\n');
        }

        var result = await CatalogCorpus.ImportTextAsync(db, ImportKind.Observations, csv.ToString());

        // Line 2 + rows is the first repeat; it repeats the 30th data row (line 31), the next one line 30, and so on.
        var expected = Enumerable.Range(0, 20).Select(i => $"line {rows + 2 + i}: duplicate observation: same period_end, touchpoint and metric as line {31 - i}");
        Assert.Equal(expected, result.Errors);
        Assert.Equal(before, await CatalogDump.DumpAsync(database));
    }

    [Fact]
    public async Task WritingFailsMidway_TheImportFailsPromptlyAndNothingIsWritten()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);
        var before = await CatalogDump.DumpAsync(database);
        // A write that fails once the merge has filled the channel (as a full disk would), so it must be told to stop.
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TRIGGER fail_late BEFORE INSERT ON observations WHEN NEW."PeriodEnd" > '1950-01-01'
            BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END
            """);
        var csv = new StringBuilder("period_end,touchpoint,metric,value\n");
        Rows(csv, value: _ => 1);

        var import = CatalogCorpus.ImportTextAsync(db, ImportKind.Observations, csv.ToString());

        var failure = await Assert.ThrowsAnyAsync<DbException>(() => import.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("simulated write failure", failure.Message, StringComparison.Ordinal);
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER fail_late");
        Assert.Equal(before, await CatalogDump.DumpAsync(database));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReimportWithSomeValuesChanged_UpdatesOnlyThose(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await CatalogCorpus.LoadFixtureAsync(db);
        var first = new StringBuilder("period_end,touchpoint,metric,value\n");
        var rows = Rows(first, value: _ => 1);
        var second = new StringBuilder("period_end,touchpoint,metric,value\n");
        Rows(second, value: row => row % 1000 == 0 ? 2 : 1);

        var inserted = await CatalogCorpus.ImportTextAsync(db, ImportKind.Observations, first.ToString());
        var reimported = await CatalogCorpus.ImportTextAsync(db, ImportKind.Observations, second.ToString());

        Assert.True(inserted.Succeeded, string.Join("; ", inserted.Errors));
        Assert.Equal((rows, (long)rows, 0L, 0L), (inserted.Rows, inserted.Inserted, inserted.Updated, inserted.Unchanged));
        var changed = (rows + 999) / 1000;
        Assert.True(reimported.Succeeded, string.Join("; ", reimported.Errors));
        Assert.Equal((0L, (long)changed, (long)(rows - changed)), (reimported.Inserted, reimported.Updated, reimported.Unchanged));
    }

    /// <summary>Appends distinct new observations (weekly from 1900) and returns how many.</summary>
    private static int Rows(StringBuilder csv, Func<int, int> value)
    {
        var row = 0;
        for (var week = 0; week < Weeks; week++)
        {
            var day = new DateOnly(1900, 1, 7).AddDays(7 * week).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var touchpoint in Touchpoints)
            {
                foreach (var metric in Metrics)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{day},{touchpoint},{metric},{value(row++)}\n");
                }
            }
        }
        return row;
    }
}
