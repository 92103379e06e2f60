using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Outbox;

/// <summary>
/// Delivers outbox rows. Rows are claimed one by one with a conditional UPDATE (status + lease), so several
/// instances on one database never deliver the same row at once, and a row whose claimer crashed is picked up again
/// once its lease expires.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxDelivery delivery,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly string _instanceId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                delivered = await DispatchDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                OutboxLog.PassFailed(logger, e);
            }
            if (delivered == 0)
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>One pass: claims and delivers what is due. Returns how many rows were handled.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var candidates = await Due(db, now)
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        var handled = 0;
        foreach (var id in candidates)
        {
            var message = await ClaimAsync(db, id, cancellationToken);
            if (message is null)
            {
                continue;
            }
            await delivery.DeliverAsync(db, message, _instanceId, cancellationToken);
            handled++;
        }
        return handled;
    }

    private async Task<OutboxMessage?> ClaimAsync(CxDbContext db, long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var leaseUntil = now + options.Value.Lease;
        var claimed = await Due(db, now)
            .Where(m => m.Id == id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.LeaseOwner, _instanceId)
                .SetProperty(m => m.LeaseExpiresAtUtc, leaseUntil)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }
        var message = await db.Set<OutboxMessage>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(m => m.Id == id, cancellationToken);
        if (message.Attempts > 1 && message.LastError is null)
        {
            OutboxLog.Reclaimed(logger, id);
        }
        return message;
    }

    private static IQueryable<OutboxMessage> Due(CxDbContext db, DateTime now) =>
        db.Set<OutboxMessage>().IgnoreQueryFilters().Where(m =>
            (m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now)
            || (m.Status == OutboxStatus.Sending && m.LeaseExpiresAtUtc < now));
}
