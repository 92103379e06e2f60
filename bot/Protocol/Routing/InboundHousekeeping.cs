namespace CxReviewBot.Protocol.Routing;

/// <summary>Forgets de-duplication records once Teams can no longer re-deliver them.</summary>
internal sealed class InboundHousekeeping(IServiceScopeFactory scopes, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            using var scope = scopes.CreateScope();
            var deduplicator = scope.ServiceProvider.GetRequiredService<InboundDeduplicator>();
            await deduplicator.PurgeOlderThanAsync(time.GetUtcNow().UtcDateTime - InboundDeduplicator.Retention, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
