namespace CxReviewBot.Graph;

/// <summary><see cref="ETag"/> is the newest etag known; <see cref="Current"/> is the task as re-read after a 412, if it was.</summary>
internal sealed record PlannerUpdateResult(PlannerUpdateOutcome Outcome, string? ETag, PlannerTaskSnapshot? Current = null)
{
    public bool Succeeded => Outcome is PlannerUpdateOutcome.Updated or PlannerUpdateOutcome.UpdatedAfterRetry or PlannerUpdateOutcome.AlreadyApplied;
}
