using CxReviewBot.Features.Catalog.Demo;
using CxReviewBot.Metrics;
using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Catalog;

public sealed class DemoDataTests
{
    private static readonly DateOnly AsOf = DemoDataSet.LastPeriodEnd;

    [Fact]
    public void CommittedSamples_AreWhatDemoExportWrites()
    {
        foreach (var (_, fileName, csv) in DemoDataSet.Build().Files())
        {
            Assert.True(csv == File.ReadAllText(Path.Combine(CatalogCorpus.Samples, fileName)),
                $"samples/{fileName} is stale: run `dotnet run --project bot -- demo export samples`");
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ImportingSamples_GivesTheSameRowsAsTheSeeder(string provider)
    {
        await using var seeded = await TestDatabases.CreateAsync(provider);
        await using var imported = await TestDatabases.CreateAsync(provider);
        await using (var db = seeded.Context(CatalogCorpus.Tenant))
        {
            Assert.True(await DemoSeeder.SeedIntoAsync(db, CancellationToken.None));
            Assert.False(await DemoSeeder.SeedIntoAsync(db, CancellationToken.None));
        }
        await using (var db = imported.Context(CatalogCorpus.Tenant))
        {
            await CatalogCorpus.ImportFolderAsync(db, CatalogCorpus.Samples);
        }

        Assert.Equal(await CatalogDump.DumpAsync(imported), await CatalogDump.DumpAsync(seeded));
    }

    [Theory, OnSqlite]
    public async Task DemoData_TellsItsStories(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await DemoSeeder.SeedIntoAsync(db, CancellationToken.None);

        var pack = await ReviewPackQuery.RunAsync(db, AsOf, null, CancellationToken.None);
        var linkage = await LinkageQuery.RunAsync(db, AsOf, CancellationToken.None);
        var year = await ReviewPackQuery.RunAsync(db, AsOf.AddDays(-7 * 30), null, CancellationToken.None);

        Assert.True(pack.Select(r => r.Touchpoint).Distinct().Count() >= 11);
        Assert.Equal(MetricStatus.DecisionNeeded, Status(pack, DemoCatalog.SupportChat, "CSAT"));
        Assert.Equal(MetricStatus.OnTrack, Status(year, DemoCatalog.SupportChat, "CSAT"));
        Assert.Equal(MetricStatus.DecisionNeeded, Status(pack, DemoCatalog.ContractPricing, "Discount rate"));
        Assert.Equal(MetricStatus.DecisionNeeded, Status(pack, DemoCatalog.OnboardingKickoff, "CSAT"));
        Assert.Equal(MetricStatus.DecisionNeeded, Status(pack, "*", "Renewal rate"));
        Assert.True(Value(pack, "*", "New revenue") > Value(year, "*", "New revenue") + 30000);
        var nps = linkage.Where(r => r.Touchpoint == DemoCatalog.RenewalCall).ToDictionary(r => r.Band, r => r.RenewalRate!.Value);
        Assert.True(nps["promoter"] > nps["passive"] + 5 && nps["passive"] > nps["detractor"] + 5, string.Join(", ", nps));
        Assert.True(linkage.Sum(r => r.Accounts) >= 2000);
    }

    private static MetricStatus? Status(IReadOnlyList<ReviewPackRow> pack, string touchpoint, string metric) =>
        pack.Single(r => r.Touchpoint == touchpoint && r.Metric == metric).Status;

    private static double Value(IReadOnlyList<ReviewPackRow> pack, string touchpoint, string metric) =>
        pack.Single(r => r.Touchpoint == touchpoint && r.Metric == metric).Value;
}
