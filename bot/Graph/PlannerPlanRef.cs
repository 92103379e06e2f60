namespace CxReviewBot.Graph;

/// <summary>A Planner plan; <see cref="GroupId"/> is the Microsoft 365 group that contains it, when Graph says so.</summary>
internal sealed record PlannerPlanRef(string Id, string Title, string? GroupId);
