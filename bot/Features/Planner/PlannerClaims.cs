using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Planner;

/// <summary>
/// Finds and leases actions whose Planner side needs work: open actions of reviews with a plan that have no task yet,
/// and tasks whose local fields differ from those last agreed with Planner. A sync row is leased by a conditional
/// UPDATE (or by inserting it, the key being the action), so two instances never work on the same action at once,
/// and a lease left by a crash expires.
/// </summary>
internal sealed class PlannerClaims(CxDbContext db, PlannerSyncOptions options, string instanceId)
{
    public async Task<IReadOnlyList<long>> ClaimAsync(DateTime now, CancellationToken cancellationToken)
    {
        var claimed = new List<long>();
        foreach (var (actionId, tenantId, planId) in await NewAsync(cancellationToken))
        {
            if (await InsertAsync(actionId, tenantId, planId, now, cancellationToken))
            {
                claimed.Add(actionId);
            }
        }

        foreach (var actionId in await DueAsync(now, cancellationToken))
        {
            var leased = await db.Set<PlannerTaskSync>().IgnoreQueryFilters()
                .Where(s => s.ActionItemId == actionId && (s.LeaseUntilUtc == null || s.LeaseUntilUtc < now))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(s => s.LeaseOwner, instanceId)
                    .SetProperty(s => s.LeaseUntilUtc, now + options.Lease), cancellationToken);
            if (leased == 1)
            {
                claimed.Add(actionId);
            }
        }

        return claimed;
    }

    private async Task<List<(long ActionId, string TenantId, string PlanId)>> NewAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from a in db.Set<ActionItem>().IgnoreQueryFilters()
            join l in db.Set<PlannerLink>().IgnoreQueryFilters() on a.ReviewId equals l.ReviewId
            where l.PlanId != null && a.Status == ActionItemStatus.Open
                && !db.Set<PlannerTaskSync>().IgnoreQueryFilters().Any(s => s.ActionItemId == a.Id)
            orderby a.Id
            select new { a.Id, a.TenantId, l.PlanId })
            .Take(options.BatchSize).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.TenantId, r.PlanId!)).ToList();
    }

    private Task<List<long>> DueAsync(DateTime now, CancellationToken cancellationToken) => (
        from s in db.Set<PlannerTaskSync>().IgnoreQueryFilters()
        join a in db.Set<ActionItem>().IgnoreQueryFilters() on s.ActionItemId equals a.Id
        where !s.Detached && s.NextAttemptUtc <= now && (s.LeaseUntilUtc == null || s.LeaseUntilUtc < now)
            && (s.TaskId == null
                || (a.Status != ActionItemStatus.Cancelled
                    && (a.Title != s.SyncedTitle || a.DueDate != s.SyncedDueDate || a.OwnerAadObjectId != s.SyncedAssigneeId
                        || (a.Status == ActionItemStatus.Done) != s.SyncedComplete)))
        orderby s.NextAttemptUtc
        select s.ActionItemId)
        .Take(options.BatchSize).ToListAsync(cancellationToken);

    private async Task<bool> InsertAsync(long actionId, string tenantId, string planId, DateTime now, CancellationToken cancellationToken)
    {
        var sync = new PlannerTaskSync
        {
            ActionItemId = actionId,
            TenantId = tenantId,
            PlanId = planId,
            NextAttemptUtc = now,
            LeaseOwner = instanceId,
            LeaseUntilUtc = now + options.Lease,
        };
        db.Add(sync);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted it first; it holds the lease.
            return false;
        }
        finally
        {
            db.Entry(sync).State = EntityState.Detached;
        }
    }
}
