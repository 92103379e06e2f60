namespace CxReviewBot.Graph;

/// <summary>
/// Fields to change on a Planner task; null = leave as is. <see cref="AssigneeId"/> is added and
/// <see cref="UnassignIds"/> removed (a reassignment sends both).
/// </summary>
internal sealed record PlannerTaskChanges(
    string? Title = null, int? PercentComplete = null, DateTimeOffset? DueUtc = null, string? AssigneeId = null, IReadOnlyList<string>? UnassignIds = null)
{
    public bool IsEmpty => Title is null && PercentComplete is null && DueUtc is null && AssigneeId is null && UnassignIds is not { Count: > 0 };

    public bool IsSatisfiedBy(PlannerTaskSnapshot task) =>
        (Title is null || Title == task.Title)
        && (PercentComplete is null || PercentComplete == task.PercentComplete)
        && (DueUtc is null || DueUtc == task.DueUtc)
        && (AssigneeId is null || task.AssigneeIds.Contains(AssigneeId, StringComparer.Ordinal))
        && !(UnassignIds ?? []).Any(id => task.AssigneeIds.Contains(id, StringComparer.Ordinal));

    /// <summary>
    /// After a 412: completion in Planner wins, so a task someone finished there is not re-opened by a stale bot update.
    /// Title and due date are last-writer-wins (the bot's values are applied with the fresh etag).
    /// </summary>
    public bool ConflictsWith(PlannerTaskSnapshot current) => current.IsComplete && PercentComplete is < 100;
}
