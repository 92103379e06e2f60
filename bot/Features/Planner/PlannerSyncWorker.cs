using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Kiota.Abstractions;

namespace CxReviewBot.Features.Planner;

/// <summary>
/// Keeps actions and Planner tasks in step: every <see cref="PlannerSyncOptions.PushPoll"/> it leases actions needing a
/// task or a push and handles them one by one; every <see cref="PlannerSyncOptions.SyncInterval"/> it pulls changes made
/// in Planner (<see cref="PlannerPull"/>). A failed action is retried after Graph's Retry-After or an exponential backoff.
/// </summary>
internal sealed class PlannerSyncWorker(
    IServiceScopeFactory scopes, PlannerSyncOptions options, TimeProvider time, ILogger<PlannerSyncWorker> logger) : BackgroundService
{
    private readonly string _instanceId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private DateTimeOffset _nextPull = DateTimeOffset.MinValue;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicPasses.RunWhileBusyAsync(PassAsync, token => Task.Delay(options.PushPoll, time, token), e => PlannerLog.PassFailed(logger, e), stoppingToken);

    private async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        // Pull before pushing: a push then starts from Planner's newest etag more often (fewer 412 round trips).
        if (time.GetUtcNow() >= _nextPull)
        {
            _nextPull = time.GetUtcNow() + options.SyncInterval;
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<PlannerPull>().RunAsync(cancellationToken);
        }
        return await PushDueAsync(cancellationToken);
    }

    /// <summary>One pass: leases what needs creating or pushing and handles it. Returns how many actions were handled.</summary>
    public async Task<int> PushDueAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<long> claimed;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
            claimed = await new PlannerClaims(db, options, _instanceId).ClaimAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
        }

        foreach (var actionId in claimed)
        {
            await PushOneAsync(actionId, cancellationToken);
        }

        return claimed.Count;
    }

    private async Task PushOneAsync(long actionId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
        var tenantId = await db.Set<PlannerTaskSync>().IgnoreQueryFilters().Where(s => s.ActionItemId == actionId).Select(s => s.TenantId).SingleAsync(cancellationToken);
        db.Tenant.Set(tenantId);
        var sync = await db.Set<PlannerTaskSync>().SingleAsync(s => s.ActionItemId == actionId, cancellationToken);
        try
        {
            var item = await db.Set<ActionItem>().SingleAsync(a => a.Id == actionId, cancellationToken);
            var review = await PlannerMirror.ReviewAsync(db, item.ReviewId, cancellationToken);
            var (ownerBefore, ownerNameBefore) = (item.OwnerTeamsUserId, item.OwnerName);
            var settled = await scope.ServiceProvider.GetRequiredService<PlannerPush>().RunAsync(item, sync, review, cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            await PlannerAssignees.NotifyNewOwnerAsync(
                scope.ServiceProvider.GetRequiredService<ActionNotices>(), item, review, ownerBefore, ownerNameBefore, now, cancellationToken);
            sync.Attempts = settled ? 0 : sync.Attempts + 1;
            sync.NextAttemptUtc = settled ? now : now + options.Backoff(sync.Attempts);
            sync.LastError = settled ? sync.LastError : "The task changed in Planner again while pushing; will retry.";
            sync.LeaseOwner = null;
            sync.LeaseUntilUtc = null;
            await db.SaveChangesAsync(cancellationToken);
            await PlannerMirror.CopyAsync(db, sync, now, cancellationToken);
        }
        catch (Exception e) when (e is ApiException or HttpRequestException or DbUpdateException or InvalidOperationException or AggregateException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await RecordFailureAsync(db, sync, e, cancellationToken);
        }
    }

    private async Task RecordFailureAsync(CxDbContext db, PlannerTaskSync sync, Exception e, CancellationToken cancellationToken)
    {
        var attempts = sync.Attempts + 1;
        var delay = RetryAfter(e) ?? options.Backoff(attempts);
        PlannerLog.Failed(logger, e, sync.ActionItemId, attempts, delay);
        var next = time.GetUtcNow().UtcDateTime + delay;
        var error = e.Message.Length <= 500 ? e.Message : e.Message[..500];
        await db.Set<PlannerTaskSync>().IgnoreQueryFilters().Where(s => s.ActionItemId == sync.ActionItemId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Attempts, attempts)
                .SetProperty(s => s.NextAttemptUtc, next)
                .SetProperty(s => s.LastError, error)
                .SetProperty(s => s.LeaseOwner, (string?)null)
                .SetProperty(s => s.LeaseUntilUtc, (DateTime?)null), cancellationToken);
    }

    /// <summary>
    /// Graph's Retry-After on a 429/503 the SDK gave up retrying (its retry handler throws an AggregateException of
    /// every attempt's ApiException; the last one counts).
    /// </summary>
    private static TimeSpan? RetryAfter(Exception e) =>
        (e is AggregateException aggregate ? aggregate.InnerExceptions.LastOrDefault() : e) is ApiException { ResponseStatusCode: 429 or 503 } api
        && api.ResponseHeaders.TryGetValue("Retry-After", out var values)
        && values.FirstOrDefault() is { } value
        && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(Math.Max(1, seconds))
            : null;
}
