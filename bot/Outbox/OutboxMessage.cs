using CxReviewBot.Data;

namespace CxReviewBot.Outbox;

/// <summary>One logical outbound message, written in the same transaction as the change that caused it.</summary>
internal sealed class OutboxMessage : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>Names the logical message (e.g. <c>decision:42:owner-notice</c>); a second enqueue is ignored.</summary>
    public string IdempotencyKey { get; set; } = "";
    public OutboxOperation Operation { get; set; }
    public string ServiceUrl { get; set; } = "";
    public string? ConversationId { get; set; }
    public string? TargetActivityId { get; set; }
    public string? RecipientTeamsUserId { get; set; }
    public string ActivityJson { get; set; } = "";

    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAtUtc { get; set; }
    public string? LastError { get; set; }
    public string? SentActivityId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
}
