using CxReviewBot.Hosting;

namespace CxReviewBot.Protocol.Routing;

/// <summary>Forgets de-duplication records once Teams can no longer re-deliver them.</summary>
internal sealed class InboundHousekeeping(IServiceScopeFactory scopes, TimeProvider time, ILogger<InboundHousekeeping> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicPasses.RunAsync(Interval, time, PurgeAsync, e => RoutingLog.HousekeepingFailed(logger, e), stoppingToken);

    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var deduplicator = scope.ServiceProvider.GetRequiredService<InboundDeduplicator>();
        await deduplicator.PurgeOlderThanAsync(time.GetUtcNow().UtcDateTime - InboundDeduplicator.Retention, cancellationToken);
    }
}
