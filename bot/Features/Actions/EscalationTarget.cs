namespace CxReviewBot.Features.Actions;

/// <summary>Who an escalation goes to: the owner's manager, or (none found) one of the review's CX leads.</summary>
internal sealed record EscalationTarget(string TeamsUserId, string Name, string? AadObjectId, bool IsManager);
