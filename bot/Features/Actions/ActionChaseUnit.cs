using CxReviewBot.Cards.Actions;
using CxReviewBot.Data;
using CxReviewBot.People;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Actions;

/// <summary>
/// Chases one claimed action: decides what is due, and in one SaveChanges records the event, the sent-at stamp, the
/// next chase time and the outbox message(s), and gives the lease back. A crash before that commit leaves the lease
/// to expire and the next claimer redoes the same decision; the outbox key (action, kind, occurrence) and the
/// action's version keep a late duplicate claimer from queueing the message twice.
/// </summary>
internal sealed class ActionChaseUnit(CxDbContext db, ChaseTiming timing, EscalationTargets targets, ActionNotices notices, TimeProvider time, ILogger<ActionChaseUnit> logger)
{
    /// <returns>How many messages were queued.</returns>
    public async Task<int> RunAsync(long id, string leaseToken, CancellationToken cancellationToken)
    {
        var item = await db.Set<ActionItem>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (item is null || item.LeaseOwner != leaseToken)
        {
            return 0;
        }

        var review = item.ReviewId is { } reviewId
            ? await db.Set<Review>().Include(r => r.Members).SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken)
            : null;
        var now = time.GetUtcNow();
        var next = await timing.NextAsync(item, review, now, cancellationToken);
        var queued = 0;
        var sent = next is not null && next.AtUtc <= now ? next.Kind : (ChaseScheduleKind?)null;
        if (sent is { } kind)
        {
            queued = await SendAsync(item, review, kind, now, cancellationToken);
            next = await timing.NextAsync(item, review, now, cancellationToken);
        }

        item.NextChaseUtc = next?.AtUtc.UtcDateTime;
        item.LeaseOwner = null;
        item.LeaseUntilUtc = null;
        item.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            // A card button or Planner sync changed the action (version), or another claimer already queued this
            // message (outbox key): nothing of this attempt is kept; the next pass decides again from the new state.
            ActionsLog.Conflict(logger, id);
            db.ChangeTracker.Clear();
            await ActionLeases.ReleaseAsync(db, id, leaseToken, cancellationToken);
            return 0;
        }

        if (sent is { } done)
        {
            ActionsLog.Sent(logger, id, done, queued);
        }

        return queued;
    }

    private async Task<int> SendAsync(ActionItem item, Review? review, ChaseScheduleKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.UtcDateTime;
        var due = ActionDates.Format(item.DueDate);
        switch (kind)
        {
            case ChaseScheduleKind.Reminder:
                item.LastReminderUtc = at;
                db.Add(new ActionEvent { ActionItemId = item.Id, AtUtc = at, Kind = ActionEventKind.Reminder, ByName = item.OwnerName });
                return await ToOwnerAsync(item, review, $"action:{item.Id}:reminder", $"Reminder: due {due}.", now, cancellationToken);
            case ChaseScheduleKind.Nudge:
                var nudges = await db.Set<ActionEvent>().CountAsync(e => e.ActionItemId == item.Id && e.Kind == ActionEventKind.Nudge, cancellationToken);
                item.LastNudgeUtc = at;
                db.Add(new ActionEvent { ActionItemId = item.Id, AtUtc = at, Kind = ActionEventKind.Nudge, ByName = item.OwnerName });
                return await ToOwnerAsync(item, review, $"action:{item.Id}:nudge:{nudges + 1}", $"Overdue: this action was due {due}.", now, cancellationToken);
            default:
                return await EscalateAsync(item, review, now, cancellationToken);
        }
    }

    private async Task<int> ToOwnerAsync(ActionItem item, Review? review, string key, string banner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await notices.QueueAsync(item, review, item.OwnerTeamsUserId, key, banner, showButtons: true, now, cancellationToken))
        {
            return 1;
        }

        ActionsLog.NoRoute(logger, item.Id, item.OwnerTeamsUserId);
        return 0;
    }

    private async Task<int> EscalateAsync(ActionItem item, Review? review, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var to = await targets.ResolveAsync(item.OwnerAadObjectId, review, cancellationToken);
        item.EscalatedUtc = now.UtcDateTime;
        db.Add(new ActionEvent
        {
            ActionItemId = item.Id,
            AtUtc = now.UtcDateTime,
            Kind = ActionEventKind.ManagerEscalation,
            Text = to.Count == 0 ? "No manager or CX lead to escalate to" : "To " + string.Join(", ", to.Select(t => t.IsManager ? $"{t.Name} (manager)" : $"{t.Name} (CX lead)")),
        });
        var queued = 0;
        foreach (var target in to)
        {
            var banner = Banner(item, review, target);
            queued += await notices.QueueAsync(item, review, target.TeamsUserId, $"action:{item.Id}:escalation:{target.TeamsUserId}", banner, showButtons: !target.IsManager, now, cancellationToken) ? 1 : 0;
        }

        return queued;
    }

    private static string Banner(ActionItem item, Review? review, EscalationTarget target)
    {
        var what = $"{item.OwnerName} has not finished \"{item.Title}\", due {ActionDates.Format(item.DueDate)}, overdue since {ActionDates.Format(item.DueDate.AddDays(1))}.";
        return target.IsManager
            ? $"Escalated to you as {item.OwnerName}'s manager: {what}"
            : $"Escalated to you as a CX lead of {review?.Name} (no manager found for {item.OwnerName}): {what}";
    }
}
