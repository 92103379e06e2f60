namespace CxReviewBot.Data.Conversations;

/// <summary>
/// Inbound de-duplication: Teams re-delivers slow or failed activities with the same id, so each
/// (conversation, activity id) is handled once; an invoke's answer is kept so a re-delivery gets the same reply.
/// </summary>
internal sealed class ProcessedActivity
{
    public long Id { get; set; }
    public string ConversationId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string? InvokeResponseJson { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
}
