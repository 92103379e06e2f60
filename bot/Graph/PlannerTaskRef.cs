namespace CxReviewBot.Graph;

internal sealed record PlannerTaskRef(string Id, string ETag);
