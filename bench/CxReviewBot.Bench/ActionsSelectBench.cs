using System.Diagnostics;
using System.Globalization;
using CxReviewBot.Features.Actions;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Bench;

/// <summary>
/// Issue 7, part 1: 100,000 open actions across 10,000 owners, 10% due now. Times one claim (a batch of 200 with its
/// lease) and a whole cycle (claiming every due action batch by batch), on SQLite and, when
/// <c>CXREVIEW_TEST_POSTGRES</c> is set, on PostgreSQL.
/// </summary>
internal static class ActionsSelectBench
{
    public const string Tenant = "bench-tenant";
    private const int Actions = 100_000;
    private const int Owners = 10_000;
    private const int Batch = 200;

    public static async Task RunAsync()
    {
        var providers = TestDatabases.PostgresConnectionString is null ? new[] { TestDatabases.Sqlite } : [TestDatabases.Sqlite, TestDatabases.Postgres];
        foreach (var provider in providers)
        {
            await using var database = await TestDatabases.CreateAsync(provider);
            var seed = Stopwatch.StartNew();
            var now = await SeedAsync(database);
            var seeded = seed.Elapsed.TotalSeconds;

            await using var db = database.Context(null);
            // Compiles the queries (nothing is due a year ago), so the timings below are the database's work.
            await ActionLeases.ClaimAsync(db, "bench-warm-up", now.AddYears(-1), TimeSpan.FromMinutes(2), Batch, CancellationToken.None);
            var first = Stopwatch.StartNew();
            var claimed = (await ActionLeases.ClaimAsync(db, "bench-1", now, TimeSpan.FromMinutes(2), Batch, CancellationToken.None)).Count;
            var firstMs = first.Elapsed.TotalMilliseconds;
            var cycle = Stopwatch.StartNew();
            var total = claimed;
            for (var pass = 2; ; pass++)
            {
                var got = (await ActionLeases.ClaimAsync(db, $"bench-{pass}", now, TimeSpan.FromMinutes(2), Batch, CancellationToken.None)).Count;
                if (got == 0)
                {
                    break;
                }

                total += got;
            }

            BenchResults.Add($"actions: claim a batch of {Batch} due ({provider})", firstMs, "ms");
            BenchResults.Add($"actions: claim a whole cycle, {total} due ({provider})", firstMs + cycle.Elapsed.TotalMilliseconds, "ms");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {provider,-8} {Actions} open actions / {Owners} owners (seeded in {seeded:0.0} s): first claim of {claimed} in {firstMs:0.0} ms; whole cycle, {total} due actions claimed in batches of {Batch}, in {firstMs + cycle.Elapsed.TotalMilliseconds:0} ms"));
        }
    }

    private static async Task<DateTime> SeedAsync(TestDatabase database)
    {
        var now = DateTime.UtcNow;
        await using var db = database.Context(Tenant);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var review = new Review { Name = "Bench", ConversationId = "19:bench", ServiceUrl = "http://127.0.0.1:9/", ConversationType = "channel", CreatedBy = "bench", CreatedAtUtc = now, UpdatedAtUtc = now, ScheduleFromUtc = now };
        db.Add(review);
        await db.SaveChangesAsync();
        for (var start = 0; start < Actions; start += 10_000)
        {
            for (var i = start; i < start + 10_000; i++)
            {
                // Every tenth action is due now; the rest are spread over the next 30 days.
                var next = i % 10 == 0 ? now.AddMinutes(-(i % 60)) : now.AddMinutes(1 + (i * 7 % 43_200));
                db.Add(new ActionItem
                {
                    ReviewId = review.Id,
                    Title = $"Action {i}",
                    OwnerTeamsUserId = $"29:owner-{i % Owners}",
                    OwnerName = $"Owner {i % Owners}",
                    DueDate = DateOnly.FromDateTime(now).AddDays(i % 40 - 10),
                    Status = ActionItemStatus.Open,
                    CreatedAtUtc = now,
                    UpdatedAtUtc = now,
                    NextChaseUtc = next,
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return now;
    }
}
