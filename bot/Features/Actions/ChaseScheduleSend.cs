namespace CxReviewBot.Features.Actions;

/// <summary>The next chaser message to send and when (UTC, inside the recipient's working hours).</summary>
internal sealed record ChaseScheduleSend(ChaseScheduleKind Kind, DateTimeOffset AtUtc);
