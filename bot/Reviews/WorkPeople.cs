namespace CxReviewBot.Reviews;

/// <summary>The people a piece of work (a decision, its action) belongs to, for <see cref="ReviewAccess.MayChange"/>.</summary>
internal sealed record WorkPeople(string? OwnerTeamsUserId, string? OwnerAadObjectId, string? OwnerName, string? RecordedByTeamsUserId = null, string? RecordedByName = null);
