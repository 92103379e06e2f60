using CxReviewBot.Data;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.IntegrationTests.Foundation;

public sealed class OutboxTests
{
    private const string Conversation = "19:review@thread.tacv2";

    [Fact]
    public async Task Throttled429WithRetryAfter_IsDeliveredExactlyOnce()
    {
        await using var bot = await BotFixture.StartAsync();
        bot.Connector.FailNext(FakeConnectorFault.TooManyRequests(1));

        await EnqueueAsync(bot.Host, bot.ServiceUrl, "agenda:1");

        var delivered = Assert.Single(await bot.Connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(20)));
        Assert.Equal("agenda:1", delivered.Text);
        Assert.Contains(bot.Connector.Requests, r => r.Status == 429);
        await WaitForStatusAsync(bot.Host, "agenda:1", OutboxStatus.Sent);
        await bot.Connector.WaitForQuietAsync();
        Assert.Single(bot.Connector.Activities);
    }

    [Fact]
    public async Task SameIdempotencyKey_IsSentOnce()
    {
        await using var bot = await BotFixture.StartAsync();

        Assert.True(await EnqueueAsync(bot.Host, bot.ServiceUrl, "decision:7:owner"));
        Assert.False(await EnqueueAsync(bot.Host, bot.ServiceUrl, "decision:7:owner"));

        await bot.Connector.WaitForActivitiesAsync(1);
        await bot.Connector.WaitForQuietAsync();
        Assert.Single(bot.Connector.Activities);
    }

    [Fact]
    public async Task Restart_DeliversUnsentAndInterruptedRowsExactlyOnce()
    {
        var identity = await FakeBotFrameworkIdentity.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var path = BotHost.NewDatabasePath();
        try
        {
            await using (var stopped = new BotHost(connector, identity, path, new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }))
            {
                for (var i = 1; i <= 3; i++)
                {
                    await EnqueueAsync(stopped, connector.ServiceUrl, $"reminder:{i}");
                }
                await EnqueueAsync(stopped, connector.ServiceUrl, "reminder:interrupted");
                // As if an instance claimed this row and died before sending.
                await stopped.WithDbAsync(TestActivities.TenantId, db => db.Set<OutboxMessage>()
                    .Where(m => m.IdempotencyKey == "reminder:interrupted")
                    .ExecuteUpdateAsync(set => set
                        .SetProperty(m => m.Status, OutboxStatus.Sending)
                        .SetProperty(m => m.LeaseOwner, "crashed-instance")
                        .SetProperty(m => m.LeaseExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1))
                        .SetProperty(m => m.Attempts, 1)));
                await connector.WaitForQuietAsync();
                Assert.Empty(connector.Activities);
            }

            await using var restarted = new BotHost(connector, identity, path);
            _ = restarted.Server;

            var delivered = await connector.WaitForActivitiesAsync(4, TimeSpan.FromSeconds(20));
            await connector.WaitForQuietAsync();
            Assert.Equal(4, connector.Activities.Count);
            Assert.Equal(["reminder:1", "reminder:2", "reminder:3", "reminder:interrupted"], delivered.Select(d => d.Text).Order());
        }
        finally
        {
            await identity.DisposeAsync();
            BotFixture.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task PermanentFailure_IsKeptAsFailedWithTheReason()
    {
        await using var bot = await BotFixture.StartAsync();
        bot.Connector.FailNext(FakeConnectorFault.MessageWritesBlocked());

        await EnqueueAsync(bot.Host, bot.ServiceUrl, "nudge:blocked");

        var failed = await WaitForStatusAsync(bot.Host, "nudge:blocked", OutboxStatus.Failed);
        Assert.Contains("MessageWritesBlocked", failed.LastError, StringComparison.Ordinal);
        Assert.Empty(bot.Connector.Activities);
    }

    [Fact]
    public async Task TransientFailuresBeyondBudget_AreParkedAsFailed()
    {
        await using var bot = await BotFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Outbox:MaxAttempts"] = "2",
            ["Connector:MaxRetries"] = "0",
        });
        bot.Connector.FailNext(FakeConnectorFault.ServiceUnavailable(), times: 50);

        await EnqueueAsync(bot.Host, bot.ServiceUrl, "agenda:down");

        var failed = await WaitForStatusAsync(bot.Host, "agenda:down", OutboxStatus.Failed);
        Assert.Equal(2, failed.Attempts);
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_DeliverEachMessageOnce()
    {
        var identity = await FakeBotFrameworkIdentity.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var path = BotHost.NewDatabasePath();
        try
        {
            await using var first = new BotHost(connector, identity, path);
            await using var second = new BotHost(connector, identity, path);
            _ = first.Server;
            _ = second.Server;

            for (var i = 0; i < 20; i++)
            {
                await EnqueueAsync(i % 2 == 0 ? first : second, connector.ServiceUrl, $"bulk:{i}");
            }

            await connector.WaitForActivitiesAsync(20, TimeSpan.FromSeconds(30));
            await connector.WaitForQuietAsync();
            var texts = connector.Activities.Select(a => a.Text).ToList();
            Assert.Equal(20, texts.Count);
            Assert.Equal(20, texts.Distinct().Count());
        }
        finally
        {
            await identity.DisposeAsync();
            BotFixture.DeleteDatabase(path);
        }
    }

    private static Task<bool> EnqueueAsync(BotHost host, string serviceUrl, string key) =>
        host.WithScopeAsync(TestActivities.TenantId, async services =>
        {
            var writer = services.GetRequiredService<OutboxWriter>();
            var added = await writer.EnqueueAsync(
                new OutboxRequest(key, OutboxOperation.Send, serviceUrl, Activity.MessageWithText(key), ConversationId: Conversation),
                CancellationToken.None);
            await services.GetRequiredService<CxDbContext>().SaveChangesAsync();
            return added;
        });

    private static async Task<OutboxMessage> WaitForStatusAsync(BotHost host, string key, OutboxStatus status)
    {
        OutboxMessage? message = null;
        await Eventually.UntilAsync(async () => (message = await host.WithDbAsync(TestActivities.TenantId, db =>
            db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.IdempotencyKey == key))).Status == status, $"'{key}' to be {status}");
        return message!;
    }
}
