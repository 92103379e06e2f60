namespace CxReviewBot.Graph;

/// <summary>A Planner task as last read; <see cref="ETag"/> is the <c>@odata.etag</c> to send as <c>If-Match</c>.</summary>
internal sealed record PlannerTaskSnapshot(
    string Id,
    string Title,
    int PercentComplete,
    DateTimeOffset? DueUtc,
    string ETag,
    IReadOnlyList<string> AssigneeIds,
    string? BucketId = null,
    DateTimeOffset? CreatedUtc = null,
    string? CreatedByAppId = null)
{
    public bool IsComplete => PercentComplete >= 100;
}
