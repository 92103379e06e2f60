namespace CxReviewBot.Graph;

internal sealed record PlannerBucketRef(string Id, string Name);
