using System.Diagnostics;
using System.Globalization;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Features.Judge;
using CxReviewBot.Metrics;
using CxReviewBot.Protocol.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Bench;

/// <summary>
/// Issue 5: agenda build time from the database to card JSON (compose the view from the review pack, trends and
/// linkage, build the card, serialise it) for 50 and 500 touchpoints with 104 weekly periods of 4 metrics each.
/// </summary>
internal static class AgendaBench
{
    private const string Tenant = "bench-tenant";
    private static readonly SqliteConnectionTuning Tuning = new();
    private const int Weeks = 104;
    private static readonly DateOnly AsOf = new(2026, 11, 22);
    private static readonly string[] Metrics = ["CSAT", "NPS", "Revenue", "Renewal rate"];

    public static async Task<int> RunAsync(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 20;
        var phases = args.Contains("--phases");
        Console.WriteLine($"agenda build (database to JSON), {Weeks} weeks x {Metrics.Length} metrics per touchpoint, {iterations} runs, SQLite; load average {BenchResults.LoadAverage()}");
        foreach (var touchpoints in new[] { 50, 500 })
        {
            var file = Path.Combine(Path.GetTempPath(), $"cxreview-agenda-bench-{Guid.NewGuid():N}.db");
            try
            {
                var seed = Stopwatch.StartNew();
                await SeedAsync(file, touchpoints);
                var seeded = seed.Elapsed.TotalSeconds;
                var times = new List<double>();
                var cpu = new List<double>();
                var bytes = 0;
                using var process = Process.GetCurrentProcess();
                for (var i = 0; i < iterations + 3; i++)
                {
                    process.Refresh();
                    var cpuBefore = process.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    await using var db = Context(file);
                    var view = await new AgendaComposer(db, new BotRoutes(), [new AgendaOverdueActions(db), new MoveAgendaResults(db)]).ComposeAsync(null, AsOf, 1, CancellationToken.None);
                    var json = CardSerializer.ToJson(AgendaCard.Build(view));
                    clock.Stop();
                    process.Refresh();
                    bytes = json.Length;
                    if (i >= 3)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    }
                }
                times.Sort();
                cpu.Sort();
                // CPU time is printed beside wall time because the build machine is shared: under load the wall
                // time mostly measures waiting for a core.
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {touchpoints,4} touchpoints ({touchpoints * Metrics.Length * Weeks} observations, seeded in {seeded:0.0} s): median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms, min {times[0]:0.0} ms; CPU median {cpu[cpu.Count / 2]:0.0} ms; card {bytes} chars"));
                var median = times[times.Count / 2];
                if (touchpoints == 500)
                {
                    BenchResults.Add($"agenda: {touchpoints} touchpoints x {Weeks} weeks, median", median, "ms", "< 15 ms", median < 15);
                }
                else
                {
                    BenchResults.Add($"agenda: {touchpoints} touchpoints x {Weeks} weeks, median", median, "ms");
                }
                if (phases)
                {
                    await AgendaPhases.PrintAsync(() => Context(file), AsOf, iterations);
                }
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(file + suffix);
                }
            }
        }
        Console.WriteLine($"load average after: {BenchResults.LoadAverage()}");
        return 0;
    }

    private static SqliteCxDbContext Context(string file)
    {
        var scope = new TenantScope();
        scope.Set(Tenant);
        // As the bot opens it: pooled connections, the same per-connection pragmas.
        return new SqliteCxDbContext(new DbContextOptionsBuilder<SqliteCxDbContext>().UseSqlite($"Data Source={file}").AddInterceptors(Tuning).Options, scope);
    }

    private static async Task SeedAsync(string file, int touchpointCount)
    {
        await using var db = Context(file);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var metrics = Metrics.Select((name, i) => new Metric
        {
            Name = name,
            Kind = i < 2 ? MetricKind.Experience : MetricKind.Commercial,
            Unit = i switch { 2 => MetricUnit.Currency, 3 => MetricUnit.Percent, _ => MetricUnit.Score },
            HigherIsBetter = true,
            Target = i switch { 0 => 4.2, 1 => 30, 2 => 100000, _ => 90 },
            DecisionThreshold = i switch { 0 => 3.8, 1 => 10, 2 => 80000, _ => 80 },
            DecisionIfCrossed = "Escalate to the weekly review",
        }).ToList();
        var touchpoints = Enumerable.Range(1, touchpointCount).Select(i => new Touchpoint
        {
            Name = $"Touchpoint {i:000}",
            Function = "support",
            OwnerUpn = $"owner{i}@contoso.example",
            OwnerName = $"Owner {i}",
        }).ToList();
        db.AddRange(metrics);
        db.AddRange(touchpoints);
        await db.SaveChangesAsync();

        var random = new Random(5);
        var start = new DateOnly(2026, 11, 22).AddDays(-7 * (Weeks - 1));
        foreach (var touchpoint in touchpoints.Cast<Touchpoint?>().Append(null))
        {
            foreach (var metric in metrics)
            {
                for (var week = 0; week < Weeks; week++)
                {
                    db.Add(new Observation
                    {
                        TouchpointId = touchpoint?.Id ?? Observation.BusinessWide,
                        MetricId = metric.Id,
                        PeriodEnd = start.AddDays(7 * week),
                        Value = metric.Target!.Value * (0.7 + (0.6 * random.NextDouble())),
                    });
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }
}
