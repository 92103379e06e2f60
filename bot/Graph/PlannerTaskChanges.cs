namespace CxReviewBot.Graph;

/// <summary>Fields to change on a Planner task; null = leave as is.</summary>
internal sealed record PlannerTaskChanges(string? Title = null, int? PercentComplete = null, DateTimeOffset? DueUtc = null)
{
    public bool IsSatisfiedBy(PlannerTaskSnapshot task) =>
        (Title is null || Title == task.Title)
        && (PercentComplete is null || PercentComplete == task.PercentComplete)
        && (DueUtc is null || DueUtc == task.DueUtc);

    /// <summary>
    /// After a 412: completion in Planner wins, so a task someone finished there is not re-opened by a stale bot update.
    /// Title and due date are last-writer-wins (the bot's values are applied with the fresh etag).
    /// </summary>
    public bool ConflictsWith(PlannerTaskSnapshot current) => current.IsComplete && PercentComplete is < 100;
}
