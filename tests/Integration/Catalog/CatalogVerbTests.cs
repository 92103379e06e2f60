using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Catalog;

/// <summary>The `import` and `report` verbs through the built executable, as operators run them.</summary>
public sealed class CatalogVerbTests
{
    [Fact]
    public async Task ImportThenReport_PrintSummaryAndPackOnStdout()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        foreach (var kind in new[] { "touchpoints", "metrics", "observations" })
        {
            var run = await RunAsync(database, "import", kind, Path.Combine(CatalogCorpus.Directory, "fixture", $"{kind}.csv"));
            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith($"imported {kind}: ", run.Stdout, StringComparison.Ordinal);
            Assert.Single(run.Stdout.TrimEnd().Split('\n'));
        }

        var report = await RunAsync(database, "report", "--as-of", "2026-11-10", "--format", "csv");

        Assert.Equal(0, report.ExitCode);
        Assert.Equal("touchpoint,owner,metric,kind,unit,period_end,value,previous_value,change,target,vs_target,status\n"
            + "Onboarding,sofia@contoso.example,CSAT,experience,score,2026-11-08,4,4.5,-0.5,4.2,-0.2,off_target\n", report.Stdout);
    }

    [Fact]
    public async Task BadFile_ExitsNonZeroWithLineErrorsOnStderrOnly()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await RunAsync(database, "import", "touchpoints", Path.Combine(CatalogCorpus.Directory, "fixture", "touchpoints.csv"));
        await RunAsync(database, "import", "metrics", Path.Combine(CatalogCorpus.Directory, "fixture", "metrics.csv"));

        var run = await RunAsync(database, "import", "observations", Path.Combine(CatalogCorpus.Directory, "bad", "observations.unknown-touchpoint.csv"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("line 3: unknown touchpoint 'Nowhere'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongImport_ReportsProgressOnStderrWhileStdoutKeepsTheSummary()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await RunAsync(database, "import", "touchpoints", Path.Combine(CatalogCorpus.Directory, "fixture", "touchpoints.csv"));
        await RunAsync(database, "import", "metrics", Path.Combine(CatalogCorpus.Directory, "fixture", "metrics.csv"));
        var file = Path.Combine(Path.GetTempPath(), $"cxtest-{Guid.NewGuid():N}.csv");
        var day = new DateOnly(1900, 1, 7);
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, 200_000)
            .Select(i => FormattableString.Invariant($"{day.AddDays(i):yyyy-MM-dd},{(i % 2 == 0 ? "Onboarding" : "*")},CSAT,{i % 5}"))
            .Prepend("period_end,touchpoint,metric,value"));
        try
        {
            var run = await RunAsync(database, "import", "observations", file);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("imported observations: 200000 rows, 200000 inserted, 0 updated, 0 unchanged\n", run.Stdout.ReplaceLineEndings("\n"));
            Assert.Equal(["… 100000 rows read", "… 200000 rows read", "… checking keys and writing 200000 rows"],
                run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(TestDatabase database, params string[] args) =>
        BotExecutable.RunAsync(BotExecutable.For(database, CatalogCorpus.Tenant), args);
}
