using System.Diagnostics;
using System.Globalization;
using CxReviewBot.Features.Actions;
using CxReviewBot.Outbox;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Bench;

/// <summary>
/// Issue 7, part 2: the bot in process (chaser loop and outbox on), <see cref="Owners"/> overdue actions with one owner
/// each, against the fake connector enforcing the Teams limits (<see cref="FakeConnectorRateLimits"/>). Each nudge
/// is two connector calls (create the 1:1, send). Reports accepted calls per second against the bot-wide limit,
/// refusals (429), and lost / duplicate messages.
/// </summary>
internal static class ActionsSendBench
{
    private const int Owners = 1_000;
    private static readonly string[] Zones = ["Pacific/Kiritimati", "Pacific/Auckland", "Asia/Tokyo", "Asia/Kolkata", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Pacific/Honolulu"];

    public static async Task RunAsync()
    {
        var zone = Zones.FirstOrDefault(InWorkingHours);
        if (zone is null)
        {
            Console.WriteLine("  send rate: skipped, it is outside working hours in every sample zone");
            return;
        }

        // WebApplicationFactory looks for the bot's content root next to a solution; the bench runs from the repo root.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CXREVIEWBOT", Directory.Exists("bot") ? Path.GetFullPath("bot") : AppContext.BaseDirectory);
        await using var connector = await FakeConnector.StartAsync();
        connector.RateLimits = new FakeConnectorRateLimits { GlobalPerSecond = 50 };
        var path = BotHost.NewDatabasePath();
        await using var host = new BotHost(connector, null, path, new Dictionary<string, string?>
        {
            ["Actions:ChaserInterval"] = "00:00:01",
            ["Agenda:SchedulerEnabled"] = "false",
            ["Connector:MaxDelay"] = "00:00:05",
            ["Outbox:MaxAttempts"] = "50",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        _ = host.Services;
        var clock = Stopwatch.StartNew();
        await SeedAsync(host, connector.ServiceUrl, zone);
        var deadline = TimeSpan.FromMinutes(4);
        while (clock.Elapsed < deadline && Sent(connector).Count < Owners)
        {
            await Task.Delay(250);
        }

        await Task.Delay(2000);
        var sent = Sent(connector);
        var accepted = connector.Requests.Where(r => r.Status is >= 200 and < 300 && r.Operation != FakeConnectorOperation.Token).ToList();
        var seconds = (accepted.Max(r => r.ReceivedAt) - accepted.Min(r => r.ReceivedAt)).TotalSeconds;
        var rate = accepted.Count / seconds;
        var duplicates = sent.GroupBy(r => r.ConversationId).Sum(g => g.Count() - 1);
        var lost = Owners - sent.Select(r => r.ConversationId).Distinct().Count();
        var failed = await host.WithDbAsync(ActionsSelectBench.Tenant, db => db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Failed));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  send rate ({zone}): {Owners} nudges = {accepted.Count} accepted connector calls in {seconds:0.0} s = {rate:0.0}/s, {rate / connector.RateLimits.GlobalPerSecond:P0} of the {connector.RateLimits.GlobalPerSecond}/s bot-wide limit; 429s {connector.RateLimits.Refused}; lost {lost}, duplicates {duplicates}, outbox failed {failed}"));
        var share = 100 * rate / connector.RateLimits.GlobalPerSecond;
        BenchResults.Add("actions: chaser sends, share of the allowed rate (1 tenant)", share, "%", "≥ 90 %", share >= 90);
        BenchResults.Add("actions: chaser sends lost + duplicated + failed", lost + duplicates + failed, "messages", "0", lost + duplicates + failed == 0);
        BotHostFiles.Delete(path);
    }

    private static List<FakeConnectorRequest> Sent(FakeConnector connector) =>
        [.. connector.Requests.Where(r => r.Operation == FakeConnectorOperation.SendToConversation && r.Status is >= 200 and < 300)];

    private static bool InWorkingHours(string zone)
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone));
        return local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.Hour is >= 9 and < 15;
    }

    private static Task<int> SeedAsync(BotHost host, string serviceUrl, string zone) => host.WithDbAsync(ActionsSelectBench.Tenant, async db =>
    {
        var now = DateTime.UtcNow;
        var review = new Review { Name = "Bench", ConversationId = "19:bench", ServiceUrl = serviceUrl, ConversationType = "channel", TimeZoneId = zone, CreatedBy = "bench", CreatedAtUtc = now, UpdatedAtUtc = now, ScheduleFromUtc = now };
        db.Add(review);
        await db.SaveChangesAsync();
        for (var i = 0; i < Owners; i++)
        {
            db.Add(new ActionItem
            {
                ReviewId = review.Id,
                Title = $"Action {i}",
                OwnerTeamsUserId = $"29:owner-{i}",
                OwnerName = $"Owner {i}",
                DueDate = DateOnly.FromDateTime(now).AddDays(-20),
                Status = ActionItemStatus.Open,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
                NextChaseUtc = now,
                LastReminderUtc = now.AddDays(-22),
                LastNudgeUtc = now.AddDays(-10),
                EscalatedUtc = now.AddDays(-15),
            });
        }

        return await db.SaveChangesAsync();
    });
}
