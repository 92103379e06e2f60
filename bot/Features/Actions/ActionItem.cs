using CxReviewBot.Data;
namespace CxReviewBot.Features.Actions;

/// <summary>
/// A task from a decision (or a check-in): owner, due date, status, its Planner task, and the chaser's state
/// (what was sent when, snooze, the next moment it is due to be chased and who holds the lease on it).
/// </summary>
internal sealed class ActionItem : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public long? ReviewId { get; set; }
    public long? DecisionId { get; set; }
    public string Title { get; set; } = "";
    public string OwnerTeamsUserId { get; set; } = "";
    public string? OwnerAadObjectId { get; set; }
    public string OwnerName { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public ActionItemStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }

    public DateTime? LastReminderUtc { get; set; }
    public DateTime? LastNudgeUtc { get; set; }
    public DateTime? EscalatedUtc { get; set; }
    public DateTime? SnoozedUntilUtc { get; set; }

    /// <summary>When the chaser next has something to send; null when nothing is due (done, cancelled).</summary>
    public DateTime? NextChaseUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }

    public string? PlannerTaskId { get; set; }
    public string? PlannerETag { get; set; }
    public string? PlannerPlanId { get; set; }
    public string? PlannerBucketId { get; set; }
    public DateTime? PlannerSyncedAtUtc { get; set; }

    /// <summary>Bumped on every change; concurrent updates (card button vs Planner sync) fail instead of overwriting.</summary>
    public int Version { get; set; }
}
