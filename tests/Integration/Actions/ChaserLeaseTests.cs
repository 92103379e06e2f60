using CxReviewBot.Features.Actions;
using CxReviewBot.Outbox;
using CxReviewBot.Reviews;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Actions;

/// <summary>Two bot hosts on one database chase 40 due actions in small batches at the same time.</summary>
public sealed class ChaserLeaseTests
{
    private const int Actions = 40;
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task TwoHostsOnOneDatabase_EachReminderIsQueuedAndDeliveredOnce(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var connector = await FakeConnector.StartAsync();
        var time = new FakeTimeProvider(Now);
        var settings = new Dictionary<string, string?>(database.HostSettings)
        {
            ["Actions:ChaserEnabled"] = "false",
            ["Actions:BatchSize"] = "5",
            ["Agenda:SchedulerEnabled"] = "false",
        };
        var path = BotHost.NewDatabasePath();
        await using var first = new BotHost(connector, null, path, settings, s => s.AddSingleton<TimeProvider>(time));
        await using var second = new BotHost(connector, null, path, settings, s => s.AddSingleton<TimeProvider>(time));
        await SeedAsync(first, connector.ServiceUrl);

        var claims = await Task.WhenAll(DrainAsync(first), DrainAsync(second));

        Assert.Equal(Actions, claims.Sum());
        var keys = await first.WithDbAsync(TestActivities.TenantId, db => db.Set<OutboxMessage>().Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Equal(Actions, keys.Distinct().Count(k => k.EndsWith(":reminder", StringComparison.Ordinal)));
        Assert.Equal(Actions, keys.Count);
        var reminders = await first.WithDbAsync(TestActivities.TenantId, db => db.Set<ActionEvent>().CountAsync(e => e.Kind == ActionEventKind.Reminder));
        Assert.Equal(Actions, reminders);
        var sent = await connector.WaitForRequestsAsync(r => r.Operation == FakeConnectorOperation.SendToConversation && r.Status < 300, Actions, TimeSpan.FromSeconds(90));
        await Task.Delay(500);
        Assert.Equal(Actions, connector.Activities.Count(a => a.Operation == FakeConnectorOperation.SendToConversation));
        Assert.Equal(Actions, sent.Select(a => a.ConversationId).Distinct().Count());
    }

    private static async Task<int> DrainAsync(BotHost host)
    {
        var chaser = host.Services.GetRequiredService<ActionChaser>();
        var total = 0;
        for (var pass = 0; pass < 100; pass++)
        {
            var claimed = await chaser.RunOnceAsync(CancellationToken.None);
            total += claimed;
            if (claimed == 0)
            {
                break;
            }
        }

        return total;
    }

    private static Task<int> SeedAsync(BotHost host, string serviceUrl) => host.WithDbAsync(TestActivities.TenantId, async db =>
    {
        var at = Now.UtcDateTime;
        var review = new Review
        {
            Name = "WBR",
            ConversationId = ChaseScenario.Channel,
            ServiceUrl = serviceUrl,
            ConversationType = "channel",
            TimeZoneId = "Europe/Berlin",
            CreatedBy = "29:lead",
            CreatedAtUtc = at,
            UpdatedAtUtc = at,
            ScheduleFromUtc = at,
        };
        db.Add(review);
        await db.SaveChangesAsync();
        for (var i = 0; i < Actions; i++)
        {
            db.Add(new ActionItem
            {
                ReviewId = review.Id,
                Title = $"Action {i}",
                OwnerTeamsUserId = $"29:owner-{i}",
                OwnerName = $"Owner {i}",
                DueDate = new DateOnly(2026, 12, 4),
                Status = ActionItemStatus.Open,
                CreatedAtUtc = at,
                UpdatedAtUtc = at,
                NextChaseUtc = at,
            });
        }

        return await db.SaveChangesAsync();
    });
}
