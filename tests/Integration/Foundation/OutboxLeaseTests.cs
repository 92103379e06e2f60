using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Connector;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Foundation;

/// <summary>The outbox as the one retry owner of its messages, and a delivery that never outlives its lease.</summary>
public sealed class OutboxLeaseTests
{
    private const string Conversation = "19:review@thread.tacv2";

    [Fact]
    public async Task SlowConnectorPastTheLease_TwoDispatchers_PostOnce()
    {
        var identity = await FakeBotFrameworkIdentity.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var path = BotHost.NewDatabasePath();
        // Real time on purpose: what matters is how long a send really lasts against the lease other instances see
        // expire (a fake clock jumped past the lease would expire it under a send that has not taken long at all).
        var settings = new Dictionary<string, string?> { ["Outbox:Lease"] = "00:00:03", ["Outbox:DeliveryTimeout"] = "00:00:01" };
        try
        {
            await using var first = new BotHost(connector, identity, path, settings);
            await using var second = new BotHost(connector, identity, path, settings);
            _ = first.Server;
            _ = second.Server;
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            connector.HoldResponses = release.Task;

            await EnqueueAsync(first, connector.ServiceUrl, "agenda:slow");
            await Eventually.UntilAsync(() => connector.HeldRequests == 1, "one dispatcher to be sending");
            // The connector hangs past the lease: once it has expired the other dispatcher may claim the row.
            await Eventually.UntilAsync(() => connector.Requests.Any(r => r.Status == 499) || connector.HeldRequests == 2,
                "the first send to be given up, or a second one to start beside it");
            connector.HoldResponses = null;
            release.SetResult();

            await connector.WaitForActivitiesAsync(1);
            await Eventually.UntilAsync(async () => (await MessageAsync(first, "agenda:slow")).Status == OutboxStatus.Sent, "the row to be marked sent");
            await connector.WaitForQuietAsync();
            Assert.Single(connector.Activities);
        }
        finally
        {
            await identity.DisposeAsync();
            BotFixture.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task AlwaysFailingConnector_GetsOneHttpAttemptPerOutboxAttempt()
    {
        await using var bot = await BotFixture.StartAsync(new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3" });
        bot.Connector.FailNext(FakeConnectorFault.ServiceUnavailable(), times: 1000);

        await EnqueueAsync(bot.Host, bot.ServiceUrl, "agenda:down");

        await Eventually.UntilAsync(async () => (await MessageAsync(bot.Host, "agenda:down")).Status == OutboxStatus.Failed, "the message to be parked as failed");
        await bot.Connector.WaitForQuietAsync();
        Assert.Equal(3, bot.Connector.Requests.Count(r => r.Operation == FakeConnectorOperation.SendToConversation));
        Assert.Equal(3, (await MessageAsync(bot.Host, "agenda:down")).Attempts);
    }

    [Fact]
    public async Task ThrottledDelivery_IsRetriedNoEarlierThanRetryAfter()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotFixture.StartAsync(services: s => s.AddSingleton<TimeProvider>(time));
        bot.Connector.FailNext(FakeConnectorFault.TooManyRequests(retryAfterSeconds: 20));

        await EnqueueAsync(bot.Host, bot.ServiceUrl, "agenda:throttled");
        await Eventually.UntilAsync(async () => (await MessageAsync(bot.Host, "agenda:throttled")).Attempts == 1
            && (await MessageAsync(bot.Host, "agenda:throttled")).Status == OutboxStatus.Pending, "the throttled attempt to be rescheduled");
        var next = (await MessageAsync(bot.Host, "agenda:throttled")).NextAttemptAtUtc;

        Assert.True(next >= time.GetUtcNow().UtcDateTime.AddSeconds(20), $"next attempt {next:o} is before Retry-After");
        time.Advance(TimeSpan.FromSeconds(21));
        Assert.Single(await bot.Connector.WaitForActivitiesAsync(1));
    }

    [Fact]
    public void DeliveryTimeoutNotShorterThanTheLease_IsRefusedAtStart()
    {
        Assert.False(new OutboxOptions { Lease = TimeSpan.FromSeconds(30), DeliveryTimeout = TimeSpan.FromSeconds(30) }.IsValid());
        Assert.True(new OutboxOptions().IsValid());
        Assert.True(new OutboxOptions().DeliveryTimeout < new OutboxOptions().Lease);
    }

    [Fact]
    public async Task NoSingleton_HoldsAnHttpClient()
    {
        IServiceCollection? registrations = null;
        await using var bot = await BotFixture.StartAsync(services: s => registrations = s);
        _ = bot.Host.Services;

        var singletons = registrations!.Where(d => d.Lifetime == ServiceLifetime.Singleton && !d.IsKeyedService
            && d.ImplementationType?.Assembly == typeof(OutboxDelivery).Assembly).ToList();
        var holders = singletons.Where(d => d.ImplementationType!.GetConstructors().SelectMany(c => c.GetParameters())
            .Any(p => p.ParameterType == typeof(HttpClient) || p.ParameterType == typeof(IConnectorClient) || p.ParameterType == typeof(ConnectorClient)))
            .Select(d => d.ImplementationType!.Name).ToList();

        Assert.Contains(singletons, d => d.ImplementationType == typeof(OutboxDelivery));
        Assert.Empty(holders);
    }

    private static Task<bool> EnqueueAsync(BotHost host, string serviceUrl, string key) =>
        host.WithScopeAsync(TestActivities.TenantId, async services =>
        {
            var added = await services.GetRequiredService<OutboxWriter>().EnqueueAsync(
                new OutboxRequest(key, OutboxOperation.Send, serviceUrl, Activity.MessageWithText(key), ConversationId: Conversation),
                CancellationToken.None);
            await services.GetRequiredService<CxReviewBot.Data.CxDbContext>().SaveChangesAsync();
            return added;
        });

    private static Task<OutboxMessage> MessageAsync(BotHost host, string key) =>
        host.WithDbAsync(TestActivities.TenantId, db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.IdempotencyKey == key));
}
