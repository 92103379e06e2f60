using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Planner;

/// <summary>
/// Copies the Planner link onto the action's Planner* columns for readers of <see cref="ActionItem"/>. A plain UPDATE of
/// those columns only: they don't change what the action says, so they don't bump its <see cref="ActionItem.Version"/>
/// or collide with the chaser's writes.
/// </summary>
internal static class PlannerMirror
{
    public static Task CopyAsync(CxDbContext db, PlannerTaskSync sync, DateTime now, CancellationToken cancellationToken) =>
        db.Set<ActionItem>().IgnoreQueryFilters()
            .Where(a => a.Id == sync.ActionItemId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.PlannerTaskId, sync.TaskId)
                .SetProperty(a => a.PlannerETag, sync.ETag)
                .SetProperty(a => a.PlannerPlanId, sync.PlanId)
                .SetProperty(a => a.PlannerBucketId, sync.BucketId)
                .SetProperty(a => a.PlannerSyncedAtUtc, now), cancellationToken);

    /// <summary>The action's review with its members (its zone dates the task; only a member can own the action), or null.</summary>
    public static Task<Reviews.Review?> ReviewAsync(CxDbContext db, long? reviewId, CancellationToken cancellationToken) =>
        db.Set<Reviews.Review>().Include(r => r.Members).FirstOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
}
