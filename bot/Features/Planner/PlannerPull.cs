using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Graph;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Planner;

/// <summary>
/// Reads the tasks of open, already-pushed actions through <c>$batch</c> (the gateway sends 20 per request and re-sends
/// inner 429s after their Retry-After) and applies those whose etag moved. Actions with local changes not yet pushed are
/// left to the push, which merges after its own re-read. Each action is saved on its own; one changed concurrently
/// (its <see cref="ActionItem.Version"/> moved) is skipped and read again next time.
/// </summary>
internal sealed class PlannerPull(
    CxDbContext db, IServiceScopeFactory scopes, IGraphGateway gateway, PlannerSyncOptions options, TimeProvider time, ILogger<PlannerPull> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await (
            from s in db.Set<PlannerTaskSync>().IgnoreQueryFilters()
            join a in db.Set<ActionItem>().IgnoreQueryFilters() on s.ActionItemId equals a.Id
            where s.TaskId != null && !s.Detached && a.Status == ActionItemStatus.Open
                && (s.LeaseUntilUtc == null || s.LeaseUntilUtc < now)
                && a.Title == s.SyncedTitle && a.DueDate == s.SyncedDueDate && a.OwnerAadObjectId == s.SyncedAssigneeId && !s.SyncedComplete
            orderby s.ActionItemId
            select new { s.ActionItemId, s.TenantId, TaskId = s.TaskId!, s.ETag })
            .ToListAsync(cancellationToken);

        var applied = 0;
        foreach (var chunk in rows.Chunk(options.PullChunk))
        {
            var tasks = await gateway.GetTasksAsync(chunk.Select(r => r.TaskId).ToList(), cancellationToken);
            foreach (var row in chunk)
            {
                if (tasks.TryGetValue(row.TaskId, out var task) && task.ETag != row.ETag
                    && await ApplyAsync(row.ActionItemId, row.TenantId, task, cancellationToken))
                {
                    applied++;
                }
            }
        }

        return applied;
    }

    private async Task<bool> ApplyAsync(long actionId, string tenantId, PlannerTaskSnapshot task, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var tenantDb = scope.ServiceProvider.GetRequiredService<CxDbContext>();
        tenantDb.Tenant.Set(tenantId);
        var item = await tenantDb.Set<ActionItem>().SingleAsync(a => a.Id == actionId, cancellationToken);
        var sync = await tenantDb.Set<PlannerTaskSync>().SingleAsync(s => s.ActionItemId == actionId, cancellationToken);
        var review = await PlannerMirror.ReviewAsync(tenantDb, item.ReviewId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var (ownerBefore, ownerNameBefore) = (item.OwnerTeamsUserId, item.OwnerName);
        var changed = PlannerRemote.Apply(tenantDb, item, sync, task, review, pushed: null, now);
        await PlannerAssignees.NotifyNewOwnerAsync(
            scope.ServiceProvider.GetRequiredService<ActionNotices>(), item, review, ownerBefore, ownerNameBefore, now, cancellationToken);
        try
        {
            await tenantDb.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            PlannerLog.Concurrent(logger, actionId);
            return false;
        }

        await PlannerMirror.CopyAsync(tenantDb, sync, now, cancellationToken);
        if (changed.Count > 0)
        {
            PlannerLog.Pulled(logger, actionId, task.Id, string.Join("; ", changed));
        }

        return changed.Count > 0;
    }
}
