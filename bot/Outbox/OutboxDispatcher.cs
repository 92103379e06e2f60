using CxReviewBot.Data;
using CxReviewBot.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Outbox;

/// <summary>
/// Delivers outbox rows. Rows are claimed one by one with a conditional UPDATE (status + lease), so several
/// instances on one database never deliver the same row at once, and a row whose claimer crashed is picked up again
/// once its lease expires. A pass delivers to several conversations at once (one "lane" each, in order within a
/// lane) because one send at a time is bound by round-trip latency, far below Teams' allowed rate; each row is still
/// claimed just before it is sent, so a lease never runs while the row waits its turn.
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

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Enabled
            ? PeriodicPasses.RunWhileBusyAsync(DispatchDueAsync, token => signal.WaitAsync(options.Value.PollInterval, token),
                e => OutboxLog.PassFailed(logger, e), stoppingToken)
            : Task.CompletedTask;

    /// <summary>One pass: claims and delivers what is due. Returns how many rows were handled.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        List<OutboxLane> lanes;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
            var candidates = await Due(db, time.GetUtcNow().UtcDateTime)
                .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
                .Select(m => new { m.Id, Lane = m.ConversationId ?? m.RecipientTeamsUserId ?? "" })
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
            lanes = candidates.GroupBy(c => c.Lane).Select(g => new OutboxLane(g.Select(c => c.Id).ToList())).ToList();
        }

        var handled = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelConversations), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(lanes, parallel, async (lane, token) =>
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
            foreach (var id in lane.MessageIds)
            {
                var message = await ClaimAsync(db, id, token);
                if (message is null)
                {
                    continue;
                }
                await delivery.DeliverAsync(db, message, _instanceId, token);
                Interlocked.Increment(ref handled);
            }
        });
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
