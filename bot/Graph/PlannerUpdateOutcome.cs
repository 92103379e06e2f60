namespace CxReviewBot.Graph;

internal enum PlannerUpdateOutcome
{
    /// <summary>Applied with the caller's etag.</summary>
    Updated,

    /// <summary>The etag was stale (412); re-read, no conflicting change, applied with the fresh etag.</summary>
    UpdatedAfterRetry,

    /// <summary>The etag was stale and the task already had the requested values; nothing sent.</summary>
    AlreadyApplied,

    /// <summary>The task changed in Planner in a way the update must not overwrite (see <see cref="PlannerTaskChanges.ConflictsWith"/>), or the retry was stale too.</summary>
    Conflict,

    NotFound,
}
