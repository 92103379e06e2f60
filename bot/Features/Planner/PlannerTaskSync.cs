using CxReviewBot.Data;
namespace CxReviewBot.Features.Planner;

/// <summary>
/// The Planner side of one action: its task and etag, the values last agreed with Planner (Synced*: a local field that
/// differs from them is a change to push, a remote one a change to pull), and the sync worker's lease and retry state.
/// <see cref="CreateStartedAtUtc"/> is stored before the task is created, so a retry after a crash looks for the task
/// first instead of creating a second one.
/// </summary>
internal sealed class PlannerTaskSync : ITenantOwned
{
    public long ActionItemId { get; set; }
    public string TenantId { get; set; } = "";
    public string PlanId { get; set; } = "";
    public string? BucketId { get; set; }
    public string? TaskId { get; set; }
    public string? ETag { get; set; }
    public DateTime? CreateStartedAtUtc { get; set; }

    public string SyncedTitle { get; set; } = "";
    public DateOnly SyncedDueDate { get; set; }
    public string? SyncedAssigneeId { get; set; }
    public bool SyncedComplete { get; set; }

    /// <summary>The task was deleted in Planner; the action is tracked in the bot only from then on.</summary>
    public bool Detached { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? PulledAtUtc { get; set; }
}
