using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Outbox;

/// <summary>What a feature asks the outbox to deliver.</summary>
internal sealed record OutboxRequest(
    string IdempotencyKey,
    OutboxOperation Operation,
    string ServiceUrl,
    Activity Activity,
    string? ConversationId = null,
    string? TargetActivityId = null,
    string? RecipientTeamsUserId = null);
