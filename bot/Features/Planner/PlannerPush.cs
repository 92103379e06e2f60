using CxReviewBot.Data;
using CxReviewBot.Features.Actions;
using CxReviewBot.Graph;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Planner;

/// <summary>
/// Creates the Planner task of one leased action, or pushes its local changes with <c>If-Match</c>. Before creating,
/// the intent (<see cref="PlannerTaskSync.CreateStartedAtUtc"/> and the values sent) is committed; a retry that finds
/// an intent but no task id looks in the plan for a task this app created with that title and assignee since then,
/// not linked to another action, and adopts it instead of creating a duplicate.
/// </summary>
internal sealed class PlannerPush(CxDbContext db, IGraphGateway gateway, GraphOptions graph, TimeProvider time, IEnumerable<IActionOrigin> origins, ILogger<PlannerPush> logger)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Returns false when the push must be retried later (a second stale etag).</summary>
    public async Task<bool> RunAsync(ActionItem item, PlannerTaskSync sync, Review? review, CancellationToken cancellationToken)
    {
        var zone = review?.Zone ?? TimeZoneInfo.Utc;
        if (sync.TaskId is null && sync.CreateStartedAtUtc is null && item.Status != ActionItemStatus.Open)
        {
            // Closed before its task was made: nothing to track in Planner.
            sync.Detached = true;
            return true;
        }

        if (sync.TaskId is null)
        {
            await CreateAsync(item, sync, zone, cancellationToken);
            return true;
        }

        var changes = PlannerChanges.Of(item, sync, zone);
        if (changes.IsEmpty)
        {
            return true;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var result = await gateway.UpdatePlannerTaskAsync(sync.TaskId, changes, sync.ETag ?? "", cancellationToken);
        PlannerLog.Pushed(logger, item.Id, sync.TaskId, result.Outcome);
        switch (result.Outcome)
        {
            case PlannerUpdateOutcome.NotFound:
                sync.Detached = true;
                sync.LastError = "The Planner task was deleted.";
                db.Add(new ActionEvent { ActionItemId = item.Id, AtUtc = now, Kind = ActionEventKind.PlannerSync, ByName = PlannerRemote.By, Text = "Planner task deleted; tracked here only" });
                PlannerLog.Detached(logger, item.Id, sync.TaskId);
                return true;
            case PlannerUpdateOutcome.Conflict when result.Current is { IsComplete: true } current:
                // Completion wins: the task was finished in Planner, so the action closes instead of reopening the task.
                PlannerRemote.Apply(db, item, sync, current, review, changes with { PercentComplete = null }, now);
                return true;
            case PlannerUpdateOutcome.Conflict:
                sync.ETag = result.ETag ?? sync.ETag;
                return false;
            default:
                PlannerChanges.Accept(item, sync);
                if (result.Current is not null)
                {
                    PlannerRemote.Apply(db, item, sync, result.Current, review, changes, now);
                }

                sync.ETag = result.ETag ?? sync.ETag;
                return true;
        }
    }

    private async Task CreateAsync(ActionItem item, PlannerTaskSync sync, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        if (sync.BucketId is null && await TouchpointAsync(item, cancellationToken) is { } touchpoint && item.ReviewId is { } reviewId)
        {
            sync.BucketId = await new PlannerBuckets(db, gateway).EnsureAsync(reviewId, sync.PlanId, touchpoint, cancellationToken);
        }

        var adopted = sync.CreateStartedAtUtc is { } started ? await FindCreatedAsync(sync, started, cancellationToken) : null;
        if (adopted is not null)
        {
            PlannerLog.Adopted(logger, item.Id, adopted.Id);
            sync.TaskId = adopted.Id;
            sync.ETag = adopted.ETag;
            return;
        }

        sync.CreateStartedAtUtc = time.GetUtcNow().UtcDateTime;
        PlannerChanges.Accept(item, sync);
        sync.SyncedComplete = false;
        await db.SaveChangesAsync(cancellationToken);

        var created = await gateway.CreatePlannerTaskAsync(
            sync.PlanId, sync.BucketId, sync.SyncedTitle, sync.SyncedAssigneeId, PlannerDates.ToPlanner(sync.SyncedDueDate, zone), cancellationToken);
        sync.TaskId = created.Id;
        sync.ETag = created.ETag;
        PlannerLog.Created(logger, created.Id, item.Id);
    }

    private async Task<PlannerTaskSnapshot?> FindCreatedAsync(PlannerTaskSync sync, DateTime started, CancellationToken cancellationToken)
    {
        var linked = (await db.Set<PlannerTaskSync>().IgnoreQueryFilters()
            .Where(s => s.PlanId == sync.PlanId && s.TaskId != null).Select(s => s.TaskId!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var since = new DateTimeOffset(started, TimeSpan.Zero) - ClockSkew;
        return (await gateway.GetPlanTasksAsync(sync.PlanId, cancellationToken))
            .Where(t => t.Title == sync.SyncedTitle && !linked.Contains(t.Id))
            .Where(t => sync.SyncedAssigneeId is null ? t.AssigneeIds.Count == 0 : t.AssigneeIds.Contains(sync.SyncedAssigneeId, StringComparer.Ordinal))
            .Where(t => t.CreatedUtc is null || t.CreatedUtc >= since)
            .Where(t => string.IsNullOrEmpty(graph.ClientId) || t.CreatedByAppId is null || t.CreatedByAppId == graph.ClientId)
            .OrderBy(t => t.CreatedUtc)
            .FirstOrDefault();
    }

    private async Task<string?> TouchpointAsync(ActionItem item, CancellationToken cancellationToken) =>
        (await origins.FindAsync(item, cancellationToken))?.TouchpointId is { } touchpointId
            ? await db.Set<Metrics.Touchpoint>().Where(t => t.Id == touchpointId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
}
