using CxReviewBot.Data.Conversations;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CxReviewBot.IntegrationTests.Foundation;

public sealed class BackgroundLoopTests
{
    [Fact]
    public async Task FailedHousekeepingPass_IsLogged_AndTheHostAndTheLoopGoOn()
    {
        var identity = await FakeBotFrameworkIdentity.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var path = BotHost.NewDatabasePath();
        try
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
            await using (var migrate = new BotHost(connector, identity, path))
            {
                _ = migrate.Server;
            }
            // An expired record to purge, and a purge that fails the way a locked or full disk would.
            await TurnFailureTests.ExecuteAsync(path,
                $"INSERT INTO processed_activities (ConversationId, ActivityId, ReceivedAtUtc) VALUES ('a:1', 'old', '{time.GetUtcNow().UtcDateTime.AddDays(-3):yyyy-MM-dd HH:mm:ss}')",
                "CREATE TRIGGER fail_purge BEFORE DELETE ON processed_activities BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");

            var logs = new RecordingLoggerProvider();
            await using var host = new BotHost(connector, identity, path, services: services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
            });
            _ = host.Server;

            await Eventually.UntilAsync(() => logs.Entries.Any(e => e.Id.Id == 1311), "the failed purge to be logged");
            Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);

            await TurnFailureTests.ExecuteAsync(path, "DROP TRIGGER fail_purge");
            time.Advance(InboundHousekeeping.Interval);
            await Eventually.UntilAsync(async () => await host.WithDbAsync(TestActivities.TenantId,
                db => db.Set<ProcessedActivity>().AnyAsync()) == false, "the next pass to purge the expired record");
        }
        finally
        {
            await identity.DisposeAsync();
            BotFixture.DeleteDatabase(path);
        }
    }
}
