namespace CxReviewBot.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public bool Enabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);
    public int BatchSize { get; set; } = 20;

    /// <summary>Conversations delivered to at the same time; messages to one conversation always go in order.</summary>
    public int MaxParallelConversations { get; set; } = 8;

    /// <summary>Delivery attempts before a message is parked as failed (kept, visible, retryable by hand).</summary>
    public int MaxAttempts { get; set; } = 8;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(15);
}
