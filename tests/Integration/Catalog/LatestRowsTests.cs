using CxReviewBot.Data;
using CxReviewBot.Metrics;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Catalog;

/// <summary>
/// The per-series index seeks of <see cref="LatestRows"/> against the plain window query they replaced, on sparse
/// random data: gaps, series that start late or stop early, business-wide series (stored under touchpoint 0, read as
/// none), metrics and touchpoints without data, and another tenant's rows that must not leak in.
/// </summary>
public sealed class LatestRowsTests
{
    private static readonly DateOnly Start = new(2026, 1, 4);

    [Theory, OnSqlite, OnPostgres]
    public async Task SparseSeries_EqualWindowQuery(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await SeedAsync(database, CatalogCorpus.OtherTenant, seed: 2);
        await using var db = database.Context(CatalogCorpus.Tenant);
        await SeedAsync(database, CatalogCorpus.Tenant, seed: 1);

        var checkedPoints = 0;
        foreach (var perSeries in new[] { 1, 2, 12 })
        {
            foreach (var asOf in new[] { Start.AddDays(-1), Start.AddDays(20), Start.AddDays(7 * 30), Start.AddDays(7 * 60 + 3) })
            {
                var actual = Keys(await LatestRows.ObservationsAsync(db, asOf, perSeries, CancellationToken.None));
                var expected = Keys(await WindowQueryAsync(db, asOf, perSeries));
                Assert.Equal(expected, actual);
                checkedPoints += expected.Count;
            }
        }
        Assert.True(checkedPoints > 200, $"only {checkedPoints} points compared");
    }

    private static List<(long?, long, DateOnly, double)> Keys(IEnumerable<ObservationPoint> points) => points
        .Select(p => (p.TouchpointId, p.MetricId, p.PeriodEnd, p.Value))
        .Order()
        .ToList();

    private static async Task<List<ObservationPoint>> WindowQueryAsync(CxDbContext db, DateOnly asOf, int perSeries) =>
        await db.Database.SqlQuery<ObservationPoint>($"""
            SELECT "TouchpointId", "MetricId", "PeriodEnd", "Value" FROM (
                SELECT NULLIF(o."TouchpointId", 0) AS "TouchpointId", o."MetricId", o."PeriodEnd", o."Value",
                       ROW_NUMBER() OVER (PARTITION BY o."MetricId", o."TouchpointId" ORDER BY o."PeriodEnd" DESC) AS rank
                FROM observations AS o
                WHERE o."TenantId" = {db.CurrentTenantId} AND o."PeriodEnd" <= {asOf}) AS ranked
            WHERE rank <= {perSeries}
            """).ToListAsync();

    private static async Task SeedAsync(TestDatabase database, string tenant, int seed)
    {
        await using var db = database.Context(tenant);
        var random = new Random(seed);
        var metrics = Enumerable.Range(1, 4).Select(i => new Metric { Name = $"M{i}", Unit = MetricUnit.Score }).ToList();
        var touchpoints = Enumerable.Range(1, 6).Select(i => new Touchpoint { Name = $"T{i}", Function = "support" }).ToList();
        db.AddRange(metrics);
        db.AddRange(touchpoints);
        await db.SaveChangesAsync();
        // The last metric and touchpoint keep no data: their series are empty seeks.
        foreach (var touchpoint in touchpoints.SkipLast(1).Cast<Touchpoint?>().Append(null))
        {
            foreach (var metric in metrics.SkipLast(1))
            {
                var first = random.Next(0, 40);
                var last = random.Next(first, 70);
                var keep = random.NextDouble();
                for (var week = first; week <= last; week++)
                {
                    if (random.NextDouble() < keep)
                    {
                        db.Add(new Observation { TouchpointId = touchpoint?.Id ?? Observation.BusinessWide, MetricId = metric.Id, PeriodEnd = Start.AddDays(7 * week), Value = random.Next(0, 1000) / 10.0 });
                    }
                }
            }
        }
        await db.SaveChangesAsync();
    }
}
