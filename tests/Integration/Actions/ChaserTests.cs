using CxReviewBot.Features.Actions;
using CxReviewBot.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.IntegrationTests.Actions;

/// <summary>
/// The chase of one action due Friday 4 Dec 2026, over real HTTP. Avery's mailbox says Berlin, Mon–Fri 08:00–16:00
/// (07:00Z); Mara (the manager) has no readable mailbox, so her hours are the review's (Berlin 09:00 = 08:00Z).
/// </summary>
public sealed class ChaserTests
{
    private static readonly DateOnly FridayDec4 = new(2026, 12, 4);

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.Zero);

    private static string Banner(CxReviewBot.TestKit.FakeConnectorRequest sent) => sent.Card!["body"]![0]!["text"]!.GetValue<string>();

    private static async Task<int> AtAsync(ChaseScenario s, DateTimeOffset now)
    {
        s.Time.SetUtcNow(now);
        return await s.Chaser.RunOnceAsync(CancellationToken.None);
    }

    [Fact]
    public async Task OneAction_IsRemindedNudgedAndEscalatedToTheManager_InWorkingHours()
    {
        await using var s = await ChaseScenario.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
        s.Graph.SetMailboxSettings(ChaseScenario.OwnerAad, "W. Europe Standard Time", ["monday", "tuesday", "wednesday", "thursday", "friday"], "08:00:00.0000000", "16:00:00.0000000");
        var id = await s.AddActionAsync(FridayDec4);

        Assert.Equal(1, await AtAsync(s, new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero)));
        Assert.Equal(Utc(2, 7), new DateTimeOffset((await s.ActionAsync(id)).NextChaseUtc!.Value, TimeSpan.Zero));
        Assert.Equal(0, await AtAsync(s, Utc(2, 6, 59)));

        await AtAsync(s, Utc(2, 7));
        var reminder = Assert.Single(await s.Connector.WaitForActivitiesAsync(1));
        Assert.Equal("Reminder: due Fri 4 Dec 2026.", Banner(reminder));

        await AtAsync(s, Utc(7, 7));
        await AtAsync(s, Utc(9, 7));
        await s.Connector.WaitForActivitiesAsync(3);
        await AtAsync(s, Utc(10, 7));
        Assert.Equal(Utc(10, 8), new DateTimeOffset((await s.ActionAsync(id)).NextChaseUtc!.Value, TimeSpan.Zero));

        await AtAsync(s, Utc(10, 8));
        var all = await s.Connector.WaitForActivitiesAsync(4);
        var escalation = Banner(all[^1]);
        Assert.StartsWith("Escalated to you as Avery Owner's manager: Avery Owner has not finished", escalation, StringComparison.Ordinal);
        Assert.Contains("due Fri 4 Dec 2026, overdue since Sat 5 Dec 2026", escalation, StringComparison.Ordinal);
        Assert.Null(all[^1].Card!["actions"]);
        Assert.Equal([ChaseScenario.OwnerId, ChaseScenario.OwnerId, ChaseScenario.OwnerId, ChaseScenario.ManagerId], s.Recipients());
        Assert.Equal(
            [ActionEventKind.Created, ActionEventKind.Reminder, ActionEventKind.Nudge, ActionEventKind.Nudge, ActionEventKind.ManagerEscalation],
            await s.EventsAsync(id));
        var keys = await s.DbAsync(db => db.Set<OutboxMessage>().OrderBy(m => m.Id).Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Equal([$"action:{id}:reminder", $"action:{id}:nudge:1", $"action:{id}:nudge:2", $"action:{id}:escalation:{ChaseScenario.ManagerId}"], keys);
    }

    [Fact]
    public async Task NoManager_EscalatesToEachCxLead()
    {
        await using var s = await ChaseScenario.StartAsync(Utc(10, 8), withManager: false);
        var id = await s.AddActionAsync(FridayDec4);

        Assert.Equal(1, await AtAsync(s, Utc(10, 8)));
        await AtAsync(s, Utc(10, 8, 1));

        var sent = await s.Connector.WaitForActivitiesAsync(2);
        Assert.Contains(s.Recipients(), r => r == ChaseScenario.LeadId);
        var banner = sent.Select(Banner).Single(c => c.StartsWith("Escalated to you", StringComparison.Ordinal));
        Assert.StartsWith("Escalated to you as a CX lead of WBR (no manager found for Avery Owner)", banner, StringComparison.Ordinal);
        Assert.Contains(ActionEventKind.ManagerEscalation, await s.EventsAsync(id));
        Assert.Contains(s.Graph.Requests, r => r.Path.Contains($"/users/{ChaseScenario.OwnerAad}/manager", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CrashAfterClaim_LeaseExpires_AndTheReminderIsDeliveredOnce()
    {
        await using var s = await ChaseScenario.StartAsync(Utc(2, 9));
        var id = await s.AddActionAsync(FridayDec4);
        var crashed = await s.DbAsync(db => ActionLeases.ClaimAsync(db, "crashed-host", Utc(2, 9).UtcDateTime, TimeSpan.FromMinutes(2), 10, CancellationToken.None));
        Assert.Equal([id], crashed);

        Assert.Equal(0, await AtAsync(s, Utc(2, 9, 1)));
        Assert.Equal(1, await AtAsync(s, Utc(2, 9, 3)));
        Assert.Equal(0, await AtAsync(s, Utc(2, 9, 4)));

        Assert.Single(await s.Connector.WaitForActivitiesAsync(1));
        await Task.Delay(300);
        Assert.Single(s.Connector.Activities);
        Assert.Equal(1, (await s.EventsAsync(id)).Count(k => k == ActionEventKind.Reminder));
        var item = await s.ActionAsync(id);
        Assert.Null(item.LeaseOwner);
        Assert.NotNull(item.LastReminderUtc);
    }

    [Fact]
    public async Task QuietDay_PostponesTheFirstNudge()
    {
        await using var s = await ChaseScenario.StartAsync(Utc(5, 12), settings: new Dictionary<string, string?> { ["Actions:QuietDays:0"] = "2026-12-07" });
        var id = await s.AddActionAsync(FridayDec4);

        Assert.Equal(1, await AtAsync(s, Utc(5, 12)));

        Assert.Equal(Utc(8, 8), new DateTimeOffset((await s.ActionAsync(id)).NextChaseUtc!.Value, TimeSpan.Zero));
        Assert.Empty(s.Connector.Activities);
    }
}
